package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
)

// signerRankCase finds a rank of the armed forces before the signer's
// name written with a capital on its second word ("Trung Tá Nguyễn Mạnh
// Cường", "Thiếu Úy"): a rank is a common noun, its first word alone takes
// the capital at the head of the line ("Trung tá"), as the decree's name
// line writes a name's capitals and no other (Phụ lục I, Mục II, khoản 7,
// điểm đ). The rank is read only before a name of two words or more, the
// first of them a capital; a line in capitals ("TRUNG TÁ ...") is
// signerNameCase's.
func signerRankCase(p *Pass) {
	n := p.View.Name
	if n == nil || p.View.FromTOML {
		return
	}
	text := n.Text
	if m := signerTitleRe().FindString(text); m != "" {
		text = text[len(m):]
	}
	words := strings.Fields(text)
	if len(words) < 4 || !rankFirst()[words[0]] {
		return
	}
	second := strings.ToLower(words[1])
	if words[1] == second || words[1] == strings.ToUpper(words[1]) || !rankWords()[second] {
		return
	}
	if !isUpperRune(firstRune(words[2])) || words[2] == strings.ToUpper(words[2]) {
		return
	}
	rank := words[0] + " " + words[1]
	p.Report(n, 0, diag.Msg("cấp bậc %q trước họ tên người ký viết hoa chữ %q; cấp bậc là danh từ chung, chỉ viết hoa chữ đầu dòng", "the rank %q before the signer's name capitalises %q; a rank is a common noun, only the line's first letter is a capital", rank, words[1]),
		diag.Msg("viết %q", "write %q", words[0]+" "+second+" "+strings.Join(words[2:], " ")))
}

// signerRankMark finds a rank of the armed forces before the signer's name
// written with a period after it ("Đại tá. Phạm Văn Lực"): a rank is no
// abbreviation, and the name line takes the rank, a space and the name,
// no mark between them (Phụ lục I, Mục II, khoản 7, điểm đ). Read as
// signerRankCase reads a rank: before a name of two words or more, the
// first of them a capital.
func signerRankMark(p *Pass) {
	n := p.View.Name
	if n == nil || p.View.FromTOML {
		return
	}
	words := strings.Fields(n.Text)
	if len(words) < 4 || !rankFirst()[words[0]] || !strings.HasSuffix(words[1], ".") {
		return
	}
	second := strings.TrimSuffix(words[1], ".")
	if !rankWords()[strings.ToLower(second)] || !isUpperRune(firstRune(words[2])) || words[2] == strings.ToUpper(words[2]) {
		return
	}
	rank := words[0] + " " + second
	p.Report(n, strings.Index(n.Text, words[1])+len(second), diag.Msg("cấp bậc %q trước họ tên người ký có dấu chấm; cấp bậc viết liền trước họ tên, cách một dấu cách", "the rank %q before the signer's name takes a period; the rank stands before the name with one space", rank),
		diag.Msg("viết %q", "write %q", rank+" "+strings.Join(words[2:], " ")))
}
