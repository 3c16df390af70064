package plain

import (
	"strings"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// downloadOfferRe is a page's offer of the notice's own file, a line of
// the page over the notice it pasted: "Vui lòng tải văn bản đầy đủ tại
// đây: 2021_05_13 Thong bao kiem tra lai- ren luyen ...", "Tải file đính
// kèm tại đây (doc)", "Xem toàn văn tại đây". It opens with the verb
// (perhaps after "Vui lòng"), names the file in a few words and says
// where, "tại đây" or "ở đây"; what follows is the link's text, a file's
// name as the site stores it.
var downloadOfferRe = lazyre.New(`(?i)^(?:(?:xin )?vui lòng |mời |quý vị (?:vui lòng )?)?(?:tải|tải về|tải xuống|download|xem)(?: \S+){0,4} (?:tại|ở) đây(?:\s*[:(].*|\s*\.{0,3})$`)

// downloadOffer marks a page's offer of the notice's file among the
// text's first lines (downloadOfferRe) as the page's: never a line of
// the notice's header, whose file name is no text of the notice.
func downloadOffer(out []line) {
	for _, i := range topIndexes(out, topLines) {
		t := strings.TrimSpace(out[i].text)
		if (strings.Contains(t, "tại đây") || strings.Contains(t, "ở đây")) && downloadOfferRe().MatchString(t) {
			out[i].page = true
		}
	}
}
