package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
)

func init() {
	register(&Rule{ID: "title-punct", Severity: diag.Warning, Ref: diag.RefSubject, Run: titlePunct,
		Title: diag.Msg("tên loại văn bản đứng một mình trên dòng, không có dấu câu sau nó", "the tên loại stands alone on its line, with no stop after it"),
		Help:  diag.Msg("viết \"THÔNG BÁO\", bỏ dấu câu sau tên loại", "write \"THÔNG BÁO\", with no stop after it")})
}

// titlePunct reports a tên loại with a stop typed after it ("THÔNG
// BÁO:"): the reader takes the line for the tên loại all the same.
func titlePunct(p *Pass) {
	t := p.View.Title
	if t == nil || p.View.FromTOML {
		return
	}
	typ, mark, ok := cite.TitleMark(strings.ToUpper(t.Text))
	if !ok {
		return
	}
	name := strings.ToUpper(typ.Name)
	p.Report(t, strings.LastIndex(t.Text, mark), diag.Msg("tên loại %q có dấu %q sau nó", "the tên loại %q has %q after it", strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(t.Text), mark)), mark),
		diag.Msg("viết %q, không có dấu %q", "write %q, with no %q", name, mark))
}
