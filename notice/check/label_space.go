package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// gluedLabelRe is a numbered point whose label's period the first word
// follows with no space: "1.Về", "2.1.Đối với" (a word: a capital, then
// a small letter; "1.A" and "2.TB" are codes), or a heading in capitals:
// "1.ĐỐI TƯỢNG TUYỂN SINH" (two words in capitals); so is a point's
// letter or number before its bracket ("c)Thả rông", "2)Các hộ") and a
// Điều's number ("Điều 5.Vi phạm"), as a law quoted is written.
var gluedLabelRe = lazyre.New(`^(?:\d{1,2}(?:\.\d{1,2})*\.|[a-zđ]\)|\d{1,2}\)|Điều \d{1,3}\.)(?:\p{Lu}\p{Ll}|\p{Lu}{2,} \p{Lu}{2,})`)

// labelSpace reports a numbered point's label glued to its first word
// (Phụ lục I writes "1. Về ...", one space after the period, and "a) Về
// ...", one after the bracket).
func labelSpace(p *Pass, seg *Seg) {
	if seg.Role == RoleCell || seg.Role == RoleSubject {
		return
	}
	if !mayGlueLabel(seg.Text) {
		return
	}
	if m := gluedLabelRe().FindStringIndex(seg.Text); m != nil {
		at := strings.LastIndexAny(seg.Text[:m[1]], ".)") + 1
		if isDigitAt(seg.Text, 0) {
			p.Report(seg, at, diag.Msg("thiếu dấu cách sau số thứ tự %q", "a space is missing after the number %q", seg.Text[:at]))
		} else {
			p.Report(seg, at, diag.Msg("thiếu dấu cách sau %q", "a space is missing after %q", seg.Text[:at]))
		}
	}
}

// mayGlueLabel reports whether s may open as gluedLabelRe matches: a
// label of digits and periods, or of digits or a letter and a bracket,
// with no space after it, or "Điều " or "đ)". The expression, which costs
// more to compile than most texts of a notice to read, is compiled only
// in a process that meets such a text.
func mayGlueLabel(s string) bool {
	if strings.HasPrefix(s, "Điều ") || strings.HasPrefix(s, "đ)") {
		return true
	}
	i := 0
	for i < len(s) && (isDigitAt(s, i) || s[i] == '.') {
		i++
	}
	if i == 0 {
		return len(s) > 2 && 'a' <= s[0] && s[0] <= 'z' && s[1] == ')'
	}
	if i < len(s) && s[i] == ')' {
		i++
	}
	return i < len(s) && s[i] != ' ' && (s[i-1] == '.' || s[i-1] == ')')
}

// doubledSlash reports a slash written twice between figures, as in a
// date ("30/4//2017"); a web address's "//" follows a colon.
func doubledSlash(p *Pass) {
	for _, seg := range p.View.textSegs() {
		if !p.View.holds(seg.Text, litSlashes) {
			continue
		}
		for off := 0; ; {
			i := indexLit(seg.Text[off:], "//")
			if i < 0 {
				break
			}
			i += off
			if i > 0 && isDigitAt(seg.Text, i-1) && isDigitAt(seg.Text, i+2) {
				p.Report(seg, i, diag.Msg("dấu câu lặp %q", "doubled punctuation %q", "//"))
			}
			off = i + 2
		}
	}
}

func isDigitAt(s string, i int) bool { return i < len(s) && '0' <= s[i] && s[i] <= '9' }

var litSlashes = newLiteral("//")
