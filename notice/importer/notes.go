package importer

import (
	"strconv"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/plain"
)

// footnotes maps the footnotes, each with its number as its id, so that
// the references the text makes ([^1]) find it.
func (im *importer) footnotes(ps []plain.Para) {
	seen := map[string]bool{}
	for i, p := range ps {
		id := p.Number
		if id == "" || seen[id] {
			id = "n" + strconv.Itoa(i+1)
			im.note(p.Line, diag.Msg("chú thích không có số riêng: ghi với nhãn %q", "a footnote without a number of its own: written with the id %q", id))
		}
		seen[id] = true
		im.d.Footnotes = append(im.d.Footnotes, footnote{ID: id, Text: im.in.text(p, p.Rest)})
	}
}
