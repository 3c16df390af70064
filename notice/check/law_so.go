package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// lawNameRe is a law's kind and name right before its number, with no
// "số" between: "Luật lao động 10/2012/QH13", "Bộ luật Dân sự
// 91/2015/QH13". The name is words with no figure and no mark.
var lawNameRe = lazyre.New(`(?:^|[\s(])((?:Bộ\s+luật|Luật)(?:\s+[^\s\d;,.:()/]+){1,8})\s+$`)

// lawNoSo reports a law cited by its name and number with no "số"
// between them ("Luật lao động 10/2012/QH13" for "Luật Lao động số
// 10/2012/QH13"): the reader takes no kind there, the name standing
// between the kind and the number.
func lawNoSo(p *Pass, c cited) {
	if c.HasSo || c.Type != "" || c.Number.Family != cite.Legal || c.Off > len(c.seg.Text) {
		return
	}
	m := lawNameRe().FindStringSubmatchIndex(c.seg.Text[:c.Off])
	if m == nil {
		return
	}
	name := c.seg.Text[m[2]:m[3]]
	for _, w := range strings.Fields(name) {
		if w == "số" || w == "Số" {
			return
		}
	}
	p.Report(c.seg, m[2], diag.Msg("\"%s %s\" thiếu chữ \"số\"", "\"%s %s\" lacks \"số\"", name, c.Number.Raw),
		diag.Msg("viết \"%s số %s\"", "write \"%s số %s\"", name, c.Number.Raw))
}
