package check

import (
	"regexp"
	"strings"
	"sync"
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
	for _, seg := range p.View.bodySegs() {
		if seg.Role == RoleCell || !digitSlashUpper(seg.Text) {
			continue
		}
		for _, m := range issuerCodeNoSoMatches(seg.Text, nil) {
			kind, num := seg.Text[m[2]:m[3]], seg.Text[m[4]:m[5]]
			if quoted(seg.Text, m[4]) || inSpacedCode(p.View, seg, m[4]) {
				continue // a code typed with a space ("08/NQ -TW") the citations read whole: citationSo says it
			}
			p.Report(seg, m[4], diag.Msg("\"%s %s\" thiếu chữ \"số\"", "\"%s %s\" lacks \"số\"", kind, num),
				diag.Msg("viết \"%s số %s\"", "write \"%s số %s\"", kind, num))
		}
	}
}

// issuerCodeNoSoMatches is issuerCodeNoSoRe().FindAllStringSubmatchIndex(s,
// -1), the expression run only on a window before each code it may end in
// (s57 measured the expression, too large for the backtracker, run by the
// slow matcher over every text holding a code after "số"). Every match
// holds a type name, white space, one to five digits right after it, "/",
// a capital, the code's run of capitals and "&", and one character or the
// text's end. So its number ends at a "/" with one to five digits and white
// space before it and a capital after it; its name ends where that white
// space starts (no name ends in white space); its start is at most the
// longest name's runes (each at most utf8.UTFMax bytes, whatever case it is
// typed in) and one byte before that, at the text's start or at white space
// or "(" (no name opens with either); it ends at the code's closing
// character, or at the text's end, which the window ends with. A window
// starts at the first such place from the end of the match before it, as
// FindAll goes on from there (a match's closing space is not the next one's
// opening), so "^" in a window is the text's start or meets no name. seen,
// when not nil, is given each window (TestLooksTurnTextAway).
func issuerCodeNoSoMatches(s string, seen func(string)) [][]int {
	var out [][]int
	pos := 0 // where FindAll goes on from: the end of the last match
	for q := 0; q < len(s); {
		j := strings.IndexByte(s[q:], '/')
		if j < 0 {
			break
		}
		slash := q + j
		q = slash + 1
		d := slash // the number's start
		for d > 0 && slash-d <= 5 && isDigit(s[d-1]) {
			d--
		}
		if d == slash || slash-d > 5 || d == 0 || !asciiSpace(s[d-1]) {
			continue
		}
		r, n := utf8.DecodeRuneInString(s[slash+1:])
		if !unicode.Is(unicode.Lu, r) {
			continue
		}
		e := slash + 1 + n // the end of the code's capitals and "&"
		for e < len(s) {
			r, n := utf8.DecodeRuneInString(s[e:])
			if r != '&' && !unicode.Is(unicode.Lu, r) {
				break
			}
			e += n
		}
		end := len(s)
		if e < len(s) {
			_, n := utf8.DecodeRuneInString(s[e:])
			end = e + n
		}
		w := d // where the name ends
		for w > 0 && asciiSpace(s[w-1]) {
			w--
		}
		a := max(w-issuerCodeNameRunes()*utf8.UTFMax-1, pos, 0)
		for a > 0 && a < w && !asciiSpace(s[a]) && s[a] != '(' {
			a++
		}
		if a >= w {
			continue
		}
		if seen != nil {
			seen(s[a:end])
		}
		m := issuerCodeNoSoRe().FindStringSubmatchIndex(s[a:end])
		if m == nil {
			continue
		}
		for k := range m {
			if m[k] >= 0 {
				m[k] += a
			}
		}
		out = append(out, m)
		pos = m[1]
	}
	return out
}

// issuerCodeNameRunes is the length in runes of the longest type name of
// issuerCodeNoSoRe.
var issuerCodeNameRunes = sync.OnceValue(func() int {
	n := 0
	for _, name := range cite.TypeNames() {
		n = max(n, utf8.RuneCountInString(name))
	}
	return n
})

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
