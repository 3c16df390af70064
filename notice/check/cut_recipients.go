package check

import (
	"strings"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
)

// recipientsCut reports whether the text ends inside its Nơi nhận: its
// last line is a recipient that ends with ";" or a word ("- Chủ tịch, các
// PCT UBND tỉnh;", "- Thư"), so the list goes on, and no Lưu line,
// signature or name stands in the text. A copy the search service cut
// there lost the rest of the list, the Lưu line and the signature.
func recipientsCut(v *View) (*Seg, bool) {
	n := len(v.Recips)
	if v.FromTOML || n == 0 || len(v.Signer) > 0 || v.Name != nil || v.Archive != nil || len(v.Appendix) > 0 {
		return nil, false
	}
	last := &v.Recips[n-1]
	if last.PosAt(0).Line > v.lastLine || last.PosAt(len(last.Text)).Line < v.lastLine {
		return nil, false
	}
	t := strings.TrimRight(last.Text, " \t")
	r, _ := utf8.DecodeLastRuneInString(t)
	return last, r == ';' || isLetter(r)
}

// inCutRecipients reports whether pos falls on the last recipient of a
// Nơi nhận the copy was cut inside: no rule says what the list, its Lưu
// line or that recipient lacks there; required says the signature is
// not in the copy.
func inCutRecipients(v *View, pos diag.Pos) bool {
	s, ok := recipientsCut(v)
	if !ok {
		return false
	}
	at := s.PosAt(0)
	return pos.Path == at.Path && pos.Line >= at.Line
}
