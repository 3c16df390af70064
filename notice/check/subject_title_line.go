package check

import (
	"strings"
	"sync"

	"github.com/thongbao/thongbao/notice/diag"
)

// urgencyMarks are the marks of urgency (độ khẩn) a text may type after
// the tên loại: a mark of its own, above the tên loại's place, not a
// trích yếu (Phụ lục I, Mục II, khoản 10).
var urgencyMarks = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"KHẨN": true, "THƯỢNG KHẨN": true, "HỎA TỐC": true, "HOẢ TỐC": true}
})

// subjectOnTitleLine reports a trích yếu typed on the line of the tên
// loại ("THÔNG BÁO NGHỈ HỌC DO MƯA LŨ", "THÔNG BÁO Về việc ..."): Mẫu 1.4
// sets the tên loại alone on its line and the trích yếu on the line under
// it. A mark of urgency run into the tên loại ("THÔNG BÁO KHẨN") is no
// trích yếu: the text then has none.
func subjectOnTitleLine(p *Pass) {
	v := p.View
	if v.Title == nil || v.Subject == nil {
		return
	}
	t, s := v.Title.PosAt(0), v.Subject.PosAt(0)
	if t.Line != s.Line || s.Col <= t.Col || headerOnLine(v.Header, t.Line) {
		return
	}
	if subj, who := strings.TrimSpace(v.Subject.Text), titleIssuer(v); who != "" && subj == who {
		return // the issuer's name alone on the tên loại's line: element-format's (type_name_issuer.go)
	}
	if subj := strings.TrimSpace(v.Subject.Text); urgencyMarks()[strings.ToUpper(subj)] {
		p.ReportAt(s, diag.Msg("\"%s\" viết liền sau tên loại là dấu độ khẩn, không phải trích yếu: thiếu trích yếu dưới tên loại", "\"%s\" after the type name is the mark of urgency, not a trích yếu: the trích yếu under the type name is missing", subj),
			diag.Msg("ghi dấu độ khẩn riêng, tên loại một dòng, trích yếu ở dòng dưới (Mẫu 1.4 Phụ lục III)", "write the urgency mark apart, the type name on its line and the trích yếu on the line under it (Mẫu 1.4 of Phụ lục III)"))
		return
	}
	p.ReportAt(s, diag.Msg("trích yếu viết liền trên dòng tên loại \"%s\"", "the trích yếu is written on the line of the type name \"%s\"", strings.TrimSpace(v.Title.Text)),
		diag.Msg("để tên loại một dòng riêng, trích yếu ở dòng dưới (Mẫu 1.4 Phụ lục III)", "set the type name on a line of its own and the trích yếu on the line under it (Mẫu 1.4 of Phụ lục III)"))
}

// headerOnLine reports whether a header element (the number, the place
// and date) stands on line n: a copy that ran the whole header into one
// line, the tên loại and trích yếu with it, whose line breaks are the
// copy's, not the document's.
func headerOnLine(header []Seg, n int) bool {
	for i := range header {
		if header[i].PosAt(0).Line == n {
			return true
		}
	}
	return false
}
