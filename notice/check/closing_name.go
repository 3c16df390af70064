package check

import (
	"strings"
	"unicode"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/plain"
)

// signedByName reports whether the body's last paragraph is the issuer's
// name standing alone under the body's close, as a company's notice
// without titles signs itself ("Công ty xin thông báo để bà con nông dân
// ... phù hợp." then "Công ty TNHH MTV Khai thác thuỷ lợi Tây Ninh"): a
// line with no mark at its end that starts with the name of a body, the
// name the body wrote before (its letters' case aside), under a paragraph
// that ends a sentence. The body then closes on the paragraph above.
func signedByName(ps []plain.Para) bool {
	n := len(ps) - 1
	if n < 1 || ps[n].Marker != "" || ps[n-1].Marker != "" {
		return false
	}
	t := strings.TrimSpace(ps[n].Text)
	r := []rune(t)
	if len(r) == 0 || len(r) > 120 || !isLetter(r[len(r)-1]) && !unicode.IsDigit(r[len(r)-1]) {
		return false
	}
	if !companyHead(t) && !bodyHead(t) && !issuerHead(t) {
		return false
	}
	prev := strings.TrimSpace(ps[n-1].Text)
	if !strings.HasSuffix(prev, ".") && !strings.HasSuffix(prev, "!") {
		return false
	}
	name := cite.Fold(strings.ToLower(t))
	for _, p := range ps[:n-1] {
		if strings.Contains(cite.Fold(strings.ToLower(p.Text)), name) {
			return true
		}
	}
	return false
}
