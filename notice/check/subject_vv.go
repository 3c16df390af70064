package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
)

func init() {
	register(&Rule{ID: "subject-vv", Only: []DocType{ThongBao}, Severity: diag.Warning, Ref: diag.RefSubject, Run: subjectVV,
		Title: diag.Msg("trích yếu của thông báo không viết \"V/v\"", "a Thông báo's trích yếu has no \"V/v\""),
		Help:  diag.Msg("bỏ \"V/v\", hoặc viết \"Về việc ...\"", "drop \"V/v\", or write \"Về việc ...\"")})
}

// subjectVV reports a Thông báo whose trích yếu starts with "V/v": under
// the tên loại the trích yếu is written out (Mẫu 1.4); "V/v" is the
// trích yếu of a Công văn under its number (Mẫu 1.5).
func subjectVV(p *Pass) {
	s := p.View.Subject
	if s == nil || p.View.FromTOML || p.View.Title == nil {
		return
	}
	t := strings.TrimLeft(strings.TrimSpace(s.Text), "(“\"'") // "(V/v ...)", "“V/v ...”": the brackets or quotes a page put around it
	if !isVV(t) {
		return
	}
	p.Report(s, strings.Index(s.Text, t[:3]), diag.Msg("trích yếu của thông báo bắt đầu bằng \"V/v\", cách viết trích yếu của công văn", "the Thông báo's trích yếu starts with \"V/v\", as a Công văn's does"))
}
