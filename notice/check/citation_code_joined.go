package check

import (
	"strings"
	"sync"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
)

// joinedCodeRe is a document cited by its tên loại and a number whose ký
// hiệu is one run of capitals with no hyphen: "Thông báo số
// 5015/TBLĐTBXH", "Quyết định số 12/QĐUBND". The reader of citations
// takes no such number (a ký hiệu joins its type and issuer by "-").
// It is tried only where one of the three names starts (a startExpr): run
// over a whole text, the regexp package tried its alternation from every
// byte.
var joinedCodeRe = sync.OnceValue(func() *startExpr {
	x := joinedCodeStarts.expr(`(Thông báo|Quyết định|Kế hoạch)\s+số\s+\d+/((?:\p{Lu}|Đ)+)(?:[^\d/\-\p{L}]|$)`)
	x.at = typeThenNumber
	return x
})

// joinedCodeStarts are the words the literals of its expression start in.
var joinedCodeStarts = newLitStarts("Thông báo", "Quyết định", "Kế hoạch")

// citationJoinedCode reports, for citation-code-typo, a cited document's
// ký hiệu that runs its type's code into the issuer's with no hyphen
// ("5015/TBLĐTBXH" for "5015/TB-LĐTBXH"): the code of the tên loại
// written before it (Phụ lục III), then four capitals or more, the
// issuer's. A company's paper, cited "của Công ty ...", numbers as it
// likes and is left alone.
func citationJoinedCode(p *Pass) {
	for _, seg := range p.View.textSegs() {
		if !p.View.holds(seg.Text, litSo) || !strings.Contains(seg.Text, "/") {
			continue
		}
		for _, m := range joinedCodeRe().findAllIn(p.View, seg.Text) {
			typ, code := seg.Text[m[2]:m[3]], seg.Text[m[4]:m[5]]
			if outsideDecree(clauseIssuer(seg.Text[m[5]:])) {
				continue
			}
			for _, k := range cite.CodesFor(typ, cite.Admin) {
				rest, ok := strings.CutPrefix(code, k)
				if !ok || len([]rune(rest)) < 4 {
					continue
				}
				p.Report(seg, m[4], diag.Msg("ký hiệu %q viết liền mã loại %q với mã cơ quan %q, thiếu gạch nối", "the code %q runs the type's code %q into the issuer's %q with no hyphen", code, k, rest),
					diag.Msg("viết %q", "write %q", k+"-"+rest))
				break
			}
		}
	}
}

// clauseIssuer is what follows the first "của " of s within its clause,
// "" when none.
func clauseIssuer(s string) string {
	if i := strings.IndexAny(s, ";."); i >= 0 {
		s = s[:i]
	}
	_, after, ok := strings.Cut(s, "của ")
	if !ok {
		return ""
	}
	return after
}

// typeThenNumber: a tên loại, "số" between spaces and a figure, what
// every match of joinedCodeRe starts with.
func typeThenNumber(s string) bool {
	for _, l := range [...]string{"Thông báo", "Quyết định", "Kế hoạch"} {
		rest, ok := strings.CutPrefix(s, l)
		if !ok {
			continue
		}
		if rest, ok = cutReSpaces(rest); !ok {
			continue
		}
		if rest, ok = strings.CutPrefix(rest, "số"); !ok {
			continue
		}
		if rest, ok = cutReSpaces(rest); ok && rest != "" && isDigit(rest[0]) {
			return true
		}
	}
	return false
}

// cutReSpaces is s without the run of \s it starts with, false when it
// starts with none.
func cutReSpaces(s string) (string, bool) {
	i := 0
	for i < len(s) && reSpace(s[i]) {
		i++
	}
	return s[i:], i > 0
}
