package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
)

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
	case "photo", "foto":
		return "phô tô"
	}
	return ""
}

// copyLoan is the fix for a borrowed word after "bản" ("bản photo công
// chứng"): a copy of a paper is a "bản sao", the word the law on
// certifying copies uses (Nghị định 23/2015/NĐ-CP); "" when the word
// before is not "bản" or the word is no loan for a copy.
func copyLoan(before, w string) string {
	if joinedLoan(w) != "phô tô" || !strings.EqualFold(before, "bản") {
		return ""
	}
	if before == "Bản" {
		return "Bản sao"
	}
	return "bản sao"
}

// reportCopyLoan says "bản photo" at byte off of seg, the fix "bản sao".
func reportCopyLoan(p *Pass, seg *Seg, off int, before, w, fix string) {
	p.Report(seg, off, diag.Msg("%q: %q là từ nước ngoài, chưa phải chữ tiếng Việt; giấy tờ sao lại viết là %q", "%q: %q is a foreign word, not Vietnamese; a copy of a paper is written %q", before+" "+w, w, fix),
		diag.Msg("viết %q", "write %q", fix))
}

// reportLoan says a borrowed word typed as one word, or spelt the foreign
// way, at byte off of seg.
func reportLoan(p *Pass, seg *Seg, off int, w, fix string) {
	p.Report(seg, off, diag.Msg("%q chưa đúng chính tả tiếng Việt, viết là %q", "%q is not Vietnamese spelling: write %q", w, fix),
		diag.Msg("viết %q", "write %q", fix))
}
