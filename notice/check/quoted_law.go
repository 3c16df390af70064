package check

import (
	"strings"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// quotedLaw follows the stretch of a notice's body that quotes a law's
// articles as lines of its own: it opens at the heading of a Điều
// ("Điều 5.Vi phạm quy định về trật tự công cộng") or at a lead that
// cites one and says what it provides ("Khoản 1 Điều 5 Nghị định số
// 167/2013/NĐ-CP quy định:"), and holds over the khoản and the points
// quoted under it; the notice's own text takes over at its next line
// that opens with a word or a dash. The points quoted keep the law's own
// letters: a clerk quoting points c) and e) writes c) and e).
type quotedLaw struct {
	open bool
	// last is the index of the last point quoted (cite.LetterIndex), 0
	// when none; prose: a paragraph of prose stands after it.
	last  int
	prose bool
}

// at reads seg in the body's order and tells whether its marker is the
// law's quoted, not the notice's. A paragraph under a point quoted ("a)
// Đối với hồ sơ giấy" then "Khi nộp lưu tài liệu phải lập ...", Nghị
// định 30/2020/NĐ-CP, Điều 30) holds the quotation open for a point that
// comes later in the alphabet ("b) Đối với hồ sơ điện tử"); any other
// line of prose, or a point that does not follow, is the notice's own.
func (l *quotedLaw) at(seg *Seg) bool {
	t := strings.TrimSpace(seg.Text)
	m := strings.TrimSpace(seg.Marker)
	switch {
	case articleHead(t) || citesProvision(t):
		l.open, l.last, l.prose = true, 0, false
		return false
	case !l.open:
		return false
	case isLetterMarker(m):
		idx := cite.LetterIndex(strings.TrimSuffix(m, ")"))
		if l.prose && idx <= l.last {
			l.open, l.last, l.prose = false, 0, false
			return false
		}
		l.last, l.prose = idx, false
		return true
	case m != "" && !isDashMarker(m), m == "" && startsWithDigit(t):
		l.last, l.prose = 0, false
		return false // a khoản quoted ("1.", "1 Phạt ...")
	case m == "" && l.last > 0 && !l.prose:
		l.prose = true
		return false
	}
	l.open, l.last, l.prose = false, 0, false
	return false
}

// citesProvision tells whether t is a lead that cites a Điều and says
// what it provides, ending with a colon ("Điều 7 Nghị định số
// 167/2013/NĐ-CP quy định:"). The expression ends the text at its colon
// and holds "quy" (no other letters fold to q, u and y), so a text
// without both is not tried: the expression, unanchored and case-folded,
// cost a long text's body more than any rule.
func citesProvision(t string) bool {
	return strings.HasSuffix(t, ":") && hasQuyFold(t) && provisionLeadRe().MatchString(t)
}

// hasQuyFold reports whether s holds "quy" in any case.
func hasQuyFold(s string) bool {
	for i := 0; i+2 < len(s); i++ {
		if s[i]|0x20 == 'q' && s[i+1]|0x20 == 'u' && s[i+2]|0x20 == 'y' {
			return true
		}
	}
	return false
}

var provisionLeadRe = lazyre.New(`(?i)(?:^|\s)điều\s+\d{1,3}[a-zđ]?(?:\s|,).*\squy\s+định(?:\s+như\s+sau)?\s*:$`)

func isLetterMarker(m string) bool {
	r, n := utf8.DecodeRuneInString(m)
	return n > 0 && isLowerRune(r) && m[n:] == ")"
}

func isDashMarker(m string) bool { return isDash(m) }

func startsWithDigit(t string) bool { return t != "" && t[0] >= '0' && t[0] <= '9' }
