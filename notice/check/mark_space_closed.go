package check

import (
	"strings"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
)

// gluedAfterBracket reports a sentence glued to the full stop after a
// closing bracket: "(https://sotuphap.quangninh.gov.vn).Việc lựa chọn"
// (x96). afterMark reads a stop after a word; a bracket closes the
// sentence here, its content an address, a code or words. The bracket is
// opened in the same paragraph and the next sentence opens with a word
// in a capital then small letters ("Việc", "Trong"), so a code ("(a).B")
// or a file's name is left.
func gluedAfterBracket(p *Pass, seg *Seg) {
	text := seg.Text
	for i := strings.Index(text, ")."); i >= 0; {
		at := i + 2
		if strings.LastIndexByte(text[:i], '(') >= 0 && sentenceWord(text[at:]) {
			_, n := utf8.DecodeRuneInString(text[at:])
			p.Report(seg, at, diag.Msg("thiếu dấu cách sau dấu %q trong %q", "a space is missing after %q in %q", ".", ")."+text[at:at+n]),
				diag.Msg("thêm dấu cách sau dấu %q", "add a space after %q", "."))
		}
		k := strings.Index(text[at:], ").")
		if k < 0 {
			return
		}
		i = at + k
	}
}

// sentenceWord reports whether s opens with a word of a capital and then
// small letters, two letters at least.
func sentenceWord(s string) bool {
	r1, n := utf8.DecodeRuneInString(s)
	r2, _ := utf8.DecodeRuneInString(s[n:])
	return isUpperRune(r1) && isLowerRune(r2) && isLetter(r2)
}
