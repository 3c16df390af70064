package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
)

// selfCase reports a Quyết định that names itself in small letters
// ("có trách nhiệm thi hành quyết định này"): the tên loại of a document
// named takes its capital, "Quyết định này" (Phụ lục II, as typeCase asks
// of a document cited). Only the decision's own tên loại before "này" is
// looked at, outside quotations.
func selfCase(p *Pass, seg *Seg) {
	if p.View.TypeCode != "QĐ" || seg.Role != RoleBody && seg.Role != RoleClosing {
		return
	}
	const self = "quyết định này"
	for from := 0; ; {
		i := strings.Index(seg.Text[from:], self)
		if i < 0 {
			return
		}
		at := from + i
		from = at + len(self)
		if at > 0 && seg.Text[at-1] != ' ' {
			continue
		}
		p.Report(seg, at, diag.Msg("\"quyết định này\" chỉ chính văn bản, viết hoa tên loại: \"Quyết định này\"", "\"quyết định này\" names the decision itself, so its type name takes a capital: \"Quyết định này\""),
			diag.Msg("viết \"Quyết định này\"", "write \"Quyết định này\""))
	}
}
