package check

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
)

func init() {
	register(&Rule{ID: "subject-ve", Only: []DocType{CongVan}, Severity: diag.Warning, Ref: diag.RefSubject, Run: subjectVe,
		Title: diag.Msg("trích yếu của công văn bắt đầu bằng \"V/v\"", "a Công văn's trích yếu starts with \"V/v\""),
		Help:  diag.Msg("viết \"V/v ...\" thay cho \"Về: ...\"", "write \"V/v ...\" for \"Về: ...\"")})
}

// subjectVe reports a Công văn whose trích yếu starts with "Về:", or
// "Về" and a word in small letters ("Về thực hiện chế độ ..."): the
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
	lead := "Về:"
	if after, colon := strings.CutPrefix(strings.TrimLeft(rest, " "), ":"); colon {
		rest = after
	} else if aboutWord(t) {
		lead = "Về"
		if after, ok := strings.CutPrefix(strings.TrimSpace(rest), "việc "); ok {
			rest = after // "Về việc X" is "V/v X"
		}
	} else {
		return
	}
	rest = strings.TrimSpace(rest)
	p.Report(s, indexLit(s.Text, "Về"), diag.Msg("trích yếu của công văn bắt đầu bằng \"%s\"", "the Công văn's trích yếu starts with \"%s\"", lead),
		diag.Msg("viết %q", "write %q", "V/v "+rest))
}

// aboutWord reports whether t opens "Về" and a word in small letters, a
// Công văn's trích yếu with "Về" for "V/v" ("Về thực hiện chế độ ...").
func aboutWord(t string) bool {
	rest, ok := strings.CutPrefix(t, "Về ")
	if !ok {
		return false
	}
	c, _ := utf8.DecodeRuneInString(strings.TrimLeft(rest, " "))
	return unicode.IsLower(c)
}
