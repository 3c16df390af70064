package check

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// issuerCodeNoSoRe is a document's type name right before a number whose
// ký hiệu is the issuer's code alone, with no "số" between ("Công văn
// 36/PGDĐT ngày 06/02/2020", "công văn 143/GDĐT"): the citations reader
// takes such a number only after "số", so citationSo does not meet it.
var issuerCodeNoSoRe = lazyre.Build(func() string {
	var names []string
	for _, n := range cite.TypeNames() {
		names = append(names, regexp.QuoteMeta(n))
	}
	return `(?i:(?:^|[\s(])(` + strings.Join(names, "|") + `))\s+(\d{1,5}/\p{Lu}[&\p{Lu}]*)(?:[\s,.;:)]|$)`
})

// issuerCodeNoSo reports, for citation-missing-so, a document cited by
// its type and a number whose ký hiệu is its issuer's code alone with no
// "số" before the number.
func issuerCodeNoSo(p *Pass) {
	if p.View.FromTOML {
		return
	}
	for _, seg := range withSegs(p.View.Body) {
		if seg.Role == RoleCell || !digitSlashUpper(seg.Text) {
			continue
		}
		for _, m := range issuerCodeNoSoRe().FindAllStringSubmatchIndex(seg.Text, -1) {
			kind, num := seg.Text[m[2]:m[3]], seg.Text[m[4]:m[5]]
			if quoted(seg.Text, m[4]) {
				continue
			}
			p.Report(seg, m[4], diag.Msg("\"%s %s\" thiếu chữ \"số\"", "\"%s %s\" lacks \"số\"", kind, num),
				diag.Msg("viết \"%s số %s\"", "write \"%s số %s\"", kind, num))
		}
	}
}

// digitSlashUpper reports whether s holds a digit, "/" and a capital
// (\p{Lu}) in a row, as every match of issuerCodeNoSoRe does (its
// number, "36/P"): the expression, a list of type names in any case, is
// run by the slow matcher from every byte, and most texts with a "/"
// hold only dates and codes after "số".
func digitSlashUpper(s string) bool {
	return digitMark(s, '/', upperFirst)
}

// upperFirst reports whether s opens with a capital.
func upperFirst(s string) bool {
	if c := s[0]; c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.Is(unicode.Lu, r)
}
