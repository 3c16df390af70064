package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
)

// signerNameEnd reports the signer's name closed by a period ("Nguyễn Văn
// An."): the name ends the signature as the decree sets it, in no mark
// (Phụ lục I, Mục II, khoản 7, điểm đ; Phụ lục III, Mẫu 1.4). The line
// must be a name: after any title it keeps ("BSCKII. ", "NSƯT. "), two to
// six words, each a syllable with its first capital, the first a surname;
// a name in other letters (a people's "Ksor H'Ly"), a line of capitals or
// an abbreviation closing the line ("Nguyễn Văn A.") are left.
func signerNameEnd(p *Pass) {
	n := p.View.Name
	if n == nil || p.View.FromTOML {
		return
	}
	t := strings.TrimRight(n.Text, " \t")
	body, ok := strings.CutSuffix(t, ".")
	if !ok || strings.HasSuffix(body, ".") {
		return // "..." or none
	}
	title := signerTitleRe().FindString(body)
	words := strings.Fields(body[len(title):])
	if len(words) < 2 || len(words) > 6 || !surnames()[words[0]] {
		return
	}
	for _, w := range words {
		if len(w) < 2 || !vietSyllable(w) || w != nameCase([]string{w}) {
			return
		}
	}
	p.Report(n, len(body), diag.Msg("họ tên người ký %q có dấu chấm ở cuối; họ tên người ký không kèm dấu câu", "the signer's name %q ends in a period; the name takes no mark", t),
		diag.Msg("viết %q", "write %q", strings.TrimSpace(body)))
}
