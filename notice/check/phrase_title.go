package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
)

// titleSlip reports a tên loại written with a mark lost or wrong
// ("THÔNG BAO" for "THÔNG BÁO", "QUYÊT ĐỊNH", "BAO CÁO"): the reader
// takes it for the tên loại (cite.TitleSlip), and the type it names is
// the notice's; the slip is the words' own, said as phrase-typo says a
// term's in the prose ("Thông bao số ...").
func titleSlip(p *Pass) {
	v := p.View
	if v.Title == nil {
		return
	}
	t := strings.TrimSpace(v.Title.Text)
	_, right, ok := cite.TitleSlip(t)
	if !ok {
		bareTitle(p, t) // phrase_title_bare.go: "THONG BAO"
		return
	}
	p.ReportAt(v.Title.PosAt(strings.Index(v.Title.Text, t)), diag.Msg("%q: có phải viết nhầm %q?", "%q: a slip for %q?", t, right),
		diag.Msg("viết %q", "write %q", right))
}
