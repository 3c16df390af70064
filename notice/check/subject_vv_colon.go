package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
)

func init() {
	register(&Rule{ID: "subject-vv-colon", Only: []DocType{CongVan}, Severity: diag.Warning, Ref: diag.RefSubject, Run: subjectVVColon,
		Title: diag.Msg("sau \"V/v\" không có dấu hai chấm", "no colon after \"V/v\""),
		Help:  diag.Msg("viết \"V/v\" rồi đến nội dung: \"V/v nâng bậc lương năm 2019\"", "write \"V/v\" then the subject: \"V/v nâng bậc lương năm 2019\"")})
}

// subjectVVColon reports a Công văn's trích yếu written "V/v: ...": the
// decree writes "V/v" then the subject, with no colon between (Mẫu 1.5,
// "V/v nâng bậc lương năm 2019").
func subjectVVColon(p *Pass) {
	s, t, ok := vvSubject(p)
	if !ok {
		return
	}
	rest, ok := strings.CutPrefix(strings.TrimLeft(t[3:], " "), ":")
	if !ok {
		return
	}
	rest = strings.TrimSpace(rest)
	at := strings.Index(s.Text, t[:3])
	p.Report(s, at, diag.Msg("sau \"V/v\" có dấu hai chấm", "a colon after \"V/v\""),
		diag.Msg("viết %q", "write %q", t[:3]+" "+rest))
}

// vvSubject is the trích yếu of the view and its text without surrounding
// spaces (nor the brackets round it) when that text starts with "V/v" (any
// case); ok is false otherwise.
func vvSubject(p *Pass) (s *Seg, t string, ok bool) {
	s = p.View.Subject
	if s == nil {
		return nil, "", false
	}
	t = strings.TrimSpace(s.Text)
	if b, ok := strings.CutPrefix(t, "("); ok {
		// "(V/v Tổ chức ...)": the trích yếu in brackets under the tên
		// loại (subject-brackets says them); its closing bracket goes too,
		// so that no fix writes one bracket alone
		t = strings.TrimRight(strings.TrimSuffix(strings.TrimLeft(b, " "), ")"), " ")
	}
	if len(t) < 3 || !strings.EqualFold(t[:3], "V/v") {
		return nil, "", false
	}
	return s, t, true
}
