package plain

import (
	"strings"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// enactLineRe is a line a decision sets apart from what stands above it:
// its enacting verb alone ("QUYẾT ĐỊNH", "QUYẾT ĐỊNH:", "QUYẾT NGHỊ:") or
// an article's head ("Điều 1. Ban hành ...", "Điều 2: ...").
var enactLineRe = lazyre.New(`^(?:(?:QUYẾT ĐỊNH|QUYẾT NGHỊ|CHỈ THỊ)\s*:?\s*$|Điều\s+\d{1,3}\s*[.:]\s*\p{Lu})`)

// enactAnew reports whether l, in Blank text and right under the line
// before it, starts a paragraph of its own: the decision's verb or an
// article's head under a paragraph that ends a sentence or a clause
// (".", ";", ":"). A copy that lost the blank lines between a decision's
// grounds and articles writes so ("- Theo đề nghị ... Đà Nẵng." over
// "QUYẾT ĐỊNH" over "Điều 1: Ban hành ..."); a sentence wrapped by hand
// never breaks after its full stop into an article's head.
func (r *reader) enactAnew(l line) bool {
	if !enactLineRe().MatchString(strings.TrimSpace(l.text)) {
		return false
	}
	i := r.lastBody()
	if i < 0 {
		return false
	}
	p := strings.TrimSpace(r.paras[i].Text)
	return strings.HasSuffix(p, ".") || strings.HasSuffix(p, ";") || strings.HasSuffix(p, ":")
}
