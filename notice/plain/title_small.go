package plain

import (
	"strings"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// smallTitle reports whether l, at the top of a text without a title in
// capitals, is a tên loại written in small letters on a line of its own
// ("Thông báo") with its trích yếu under it ("Về việc nghỉ lễ ..."), as a
// portal sets the title in sentence case: the tên loại, whose case
// element-format says.
func (r *reader) smallTitle(l line) bool {
	t := strings.TrimSpace(l.text)
	if len(r.paras) > 0 || isUpper(t) || !isTitle(strings.ToUpper(t)) {
		return false
	}
	for _, n := range r.lines[r.at+1:] {
		if n.cells != nil {
			return false
		}
		if n.text != "" {
			return aboutLineRe().MatchString(strings.TrimSpace(n.text))
		}
	}
	return false
}

// aboutLine starts a trích yếu under its tên loại: "Về việc ...", "V/v
// ...".
var aboutLineRe = lazyre.New(`^(?:Về việc|V/v)\s`)
