package check

import "github.com/thongbao/thongbao/notice/diag"

// joinedLoan is the way to write a borrowed word typed as one word with
// no Vietnamese spelling: "virut" is neither the foreign "virus" nor the
// Vietnamese "vi rút", each of whose syllables is spelt as a Vietnamese
// one, as the Bộ Y tế writes it; "" for any other word. Only words whose
// Vietnamese form is settled are listed.
func joinedLoan(w string) string {
	switch w {
	case "virut", "virút":
		return "vi rút"
	case "vacxin", "vắcxin", "vacxine":
		return "vắc xin"
	case "ôtô":
		return "ô tô"
	}
	return ""
}

// reportLoan says a borrowed word typed as one word, at byte off of seg.
func reportLoan(p *Pass, seg *Seg, off int, w, fix string) {
	p.Report(seg, off, diag.Msg("%q chưa đúng chính tả tiếng Việt, viết là %q", "%q is not Vietnamese spelling: write %q", w, fix),
		diag.Msg("viết %q", "write %q", fix))
}
