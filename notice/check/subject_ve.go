package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
)

func init() {
	register(&Rule{ID: "subject-ve", Only: []DocType{CongVan}, Severity: diag.Warning, Ref: diag.RefSubject, Run: subjectVe,
		Title: diag.Msg("trích yếu của công văn bắt đầu bằng \"V/v\"", "a Công văn's trích yếu starts with \"V/v\""),
		Help:  diag.Msg("viết \"V/v ...\" thay cho \"Về: ...\"", "write \"V/v ...\" for \"Về: ...\"")})
}

// subjectVe reports a Công văn whose trích yếu starts with "Về:": the
// decree writes a Công văn's trích yếu after "V/v" (Mẫu 1.5, "V/v nâng
// bậc lương năm 2019").
func subjectVe(p *Pass) {
	s := p.View.Subject
	if s == nil || p.View.FromTOML {
		return
	}
	t := strings.TrimSpace(s.Text)
	rest, ok := strings.CutPrefix(t, "Về")
	if !ok {
		return
	}
	rest, ok = strings.CutPrefix(strings.TrimLeft(rest, " "), ":")
	if !ok {
		return
	}
	rest = strings.TrimSpace(rest)
	p.Report(s, strings.Index(s.Text, "Về"), diag.Msg("trích yếu của công văn bắt đầu bằng \"Về:\"", "the Công văn's trích yếu starts with \"Về:\""),
		diag.Msg("viết %q", "write %q", "V/v "+rest))
}
