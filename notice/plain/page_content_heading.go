package plain

import (
	"strings"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// contentHeadingRe is a site's heading over the text of a document it
// serves, after its own title and lead: "Nội dung công văn 2136/SGDDT-VP",
// "Toàn văn Thông báo số 12/TB-UBND", "Nội dung văn bản:". The whole line.
var contentHeadingRe = lazyre.New(`(?i)^(?:nội dung|toàn văn)\s+(?:của\s+)?(?:công văn|văn bản|thông báo|quyết định|kế hoạch|chỉ thị|hướng dẫn|tờ trình|giấy mời|thư mời)(?:\s+(?:số\s*:?\s*)?\d[^\s,;]*)?\s*:?$`)

// contentLines is how many lines of text a site's title, subtitle and
// lead hold at most above its heading over the document.
const contentLines = 5

// contentHeading marks a site's heading over the document it serves
// (contentHeadingRe), standing right over the document's "Kính gửi:" or
// its first "Căn cứ", and every line of text above it (the site's title,
// subtitle and lead) as the page's. A notice never heads its own Kính gửi
// so; a text with a header's line, a row of cells, a tên loại or a
// trích yếu above the heading is left as it is read.
func contentHeading(out []line) {
	var above []int
	for i, l := range out {
		if l.cells == nil && (strings.TrimSpace(l.text) == "" || l.page) {
			continue
		}
		if l.cells != nil || len(above) > contentLines {
			return
		}
		t := strings.TrimSpace(l.text)
		if contentHeadingRe().MatchString(t) {
			j := nextText(out, i+1)
			if len(above) == 0 || j < 0 || out[j].cells != nil || !openingUnderTitleRe().MatchString(out[j].text) {
				return
			}
			for _, k := range append(above, i) {
				out[k].page = true
			}
			return
		}
		if headerShaped(t) || isTitle(t) || aboutRe().MatchString(t) || addresseeRe().MatchString(t) {
			return
		}
		above = append(above, i)
	}
}
