package cite

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The readers find dates, document numbers and type names with scanners
// that look for what each must start with (a digit, a "/" or "-" after
// digits, the first letter of a type name) and read from there, instead
// of running an expression over the whole text: an unanchored search
// backtracks from every position of the text. Each gives what its
// expression gives, match for match: the tests hold them to it.

// findDates is anyDateRe().FindAllStringSubmatchIndex(s, -1).
func findDates(s string) [][]int {
	var out [][]int
	for p := 0; p < len(s); p++ {
		if !isDigitByte(s[p]) {
			continue
		}
		if m, ok := dateAt(s, p); ok {
			out = append(out, heapDate(m))
			p = m[1] - 1 // a date is never empty
		}
	}
	return out
}

// heapDate returns a date's offsets as a slice of their own: slicing m in
// findDates would move every dateAt's array to the heap, one for each
// figure of the text, a date or not.
func heapDate(m [14]int) []int {
	c := new([14]int)
	*c = m
	return c[:]
}

// dateAt matches dateRe at offset p of s as the expression does (both
// alternatives read one way only: a run of digits, of spaces, is taken
// whole or the match fails), giving the offsets of the match and of its
// six groups.
func dateAt(s string, p int) (m [14]int, ok bool) {
	for k := range m {
		m[k] = -1
	}
	// "09/01/2023", spaces allowed around the slashes.
	d1 := digits(s, p, 2)
	if d1 == p {
		return m, false
	}
	if q := spaces(s, d1); q < len(s) && s[q] == '/' {
		d2s := spaces(s, q+1)
		if d2 := digits(s, d2s, 2); d2 > d2s {
			if r := spaces(s, d2); r < len(s) && s[r] == '/' {
				ys := spaces(s, r+1)
				if y := digits(s, ys, 4); y-ys == 4 {
					m[0], m[1] = p, y
					m[2], m[3], m[4], m[5], m[6], m[7] = p, d1, d2s, d2, ys, y
					return m, true
				}
			}
		}
		return m, false
	}
	// "05 tháng 01 năm 2020".
	q := spaces(s, d1)
	if q == d1 {
		return m, false
	}
	q = foldLiteral(s, q, "tháng")
	if q < 0 {
		return m, false
	}
	ms := spaces(s, q)
	if ms == q {
		return m, false
	}
	me := digits(s, ms, 2)
	if me == ms {
		return m, false
	}
	q = spaces(s, me)
	if q == me {
		return m, false
	}
	if q = foldLiteral(s, q, "năm"); q < 0 {
		return m, false
	}
	ys := spaces(s, q)
	if ys == q {
		return m, false
	}
	if y := digits(s, ys, 4); y-ys == 4 {
		m[0], m[1] = p, y
		m[8], m[9], m[10], m[11], m[12], m[13] = p, d1, ms, me, ys, y
		return m, true
	}
	return m, false
}

func isDigitByte(c byte) bool { return '0' <= c && c <= '9' }

// digits returns the end of the run of up to n ASCII digits (\d) at i.
func digits(s string, i, n int) int {
	j := i
	for j < len(s) && j-i < n && isDigitByte(s[j]) {
		j++
	}
	return j
}

// spaces returns the end of the run of [\s\x{00A0}] at i: \s is
// [\t\n\f\r ].
func spaces(s string, i int) int {
	for i < len(s) {
		switch {
		case s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\f' || s[i] == '\r':
			i++
		case s[i] == 0xC2 && i+1 < len(s) && s[i+1] == 0xA0:
			i += 2
		default:
			return i
		}
	}
	return i
}

// foldLiteral matches lit at offset i of s as (?i) does, rune by rune up
// to simple case folding, and returns the offset after it, or -1.
func foldLiteral(s string, i int, lit string) int {
	for _, l := range lit {
		if i >= len(s) {
			return -1
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !foldEq(r, l) {
			return -1
		}
		i += n
	}
	return i
}

// foldEq reports whether r is l or in l's orbit of simple case folding,
// as a literal rune of a (?i) expression matches.
func foldEq(r, l rune) bool {
	if r == l {
		return true
	}
	if r < utf8.RuneSelf && l < utf8.RuneSelf {
		return 'a' <= r|0x20 && r|0x20 <= 'z' && r|0x20 == l|0x20
	}
	if fr, fl := foldTab(r), foldTab(l); fr >= 0 && fl >= 0 {
		return fr == fl
	}
	for f := unicode.SimpleFold(l); f != l; f = unicode.SimpleFold(f) {
		if r == f {
			return true
		}
	}
	return false
}

// findNumbers is numberRe().FindAllStringIndex(s, -1). Every match is
// one to six digits then "/" or "-" (before "/" the digits may take one
// Latin letter, a running number put between two: "168a/QĐ-UBND"): the scanner goes from one such mark
// to the next and reads a number (numberAt) from the first digit that
// can start one before it (all starts in one run of digits read the same
// from the mark on), on the text up to where the expression must stop
// (numberWindow).
func findNumbers(s string) [][]int {
	var out [][]int
	for pos := 0; pos < len(s); {
		j := strings.IndexAny(s[pos:], "/-")
		if j < 0 {
			break
		}
		j += pos
		d := j // the end of the digits: before the mark, or before a letter after them ("168a/QĐ-UBND")
		if s[j] == '/' && j-2 >= pos && isASCIILetter(s[j-1]) && isDigitByte(s[j-2]) {
			d = j - 1
		}
		q := d
		for q > pos && isDigitByte(s[q-1]) {
			q--
		}
		if q == d {
			pos = j + 1
			continue
		}
		p := max(q, d-6)
		if end := numberAt(s[:numberWindow(s, j)], j); end >= 0 {
			out = append(out, []int{p, end})
			pos = end
			continue
		}
		pos = j + 1
	}
	return out
}

// numberAt is where numberRe's match, anchored at p, ends (-1 for none), for
// the digits from p to j, one to six, before "/" or "-" at j. numberPattern
// has two branches: after "/", an optional "/2020"-like year, then a code
// that starts with a letter or "&", runs on in letters, digits and "&",
// and in "-" each followed by one of those ("QĐ-UBND"); after "-", letters,
// "/", a letter, then letters and digits ("13-NQ/TU"). Neither can end
// the digits earlier (a digit would have to read as "/" or "-") nor
// read fewer letters, so the greedy reading is the match.
func numberAt(s string, j int) int {
	if s[j] == '-' {
		i := letters(s, j+1, false)
		if i == j+1 || i >= len(s) || s[i] != '/' {
			return -1
		}
		if r, _ := utf8.DecodeRuneInString(s[i+1:]); i+1 >= len(s) || !unicode.IsLetter(r) {
			return -1
		}
		i = letters(s, i+1, true)
		for i+1 < len(s) && s[i] == '-' && letters(s, i+1, true) > i+1 {
			i = letters(s, i+1, true) // "01-KH/TBTT-PV"
		}
		return i
	}
	i := j + 1
	if k := digits(s, i, 4); k-i == 4 && k < len(s) && s[k] == '/' {
		i = k + 1
	}
	if r, _ := utf8.DecodeRuneInString(s[i:]); i >= len(s) || r != '&' && !unicode.IsLetter(r) {
		return -1
	}
	for {
		i = codeChars(s, i)
		if i+1 >= len(s) || s[i] != '-' || codeChars(s, i+1) == i+1 {
			return i
		}
		i++
	}
}

// codeChars returns the end of the run of [\p{L}\d&] at i.
func codeChars(s string, i int) int { return codeSpan(s, i, false) }

// codeSpan returns the end of the run of [\p{L}\d&] at i, and of "-" too
// when dash is set.
func codeSpan(s string, i int, dash bool) int {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if isDigitByte(c) || c == '&' || dash && c == '-' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
				i++
				continue
			}
			return i
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			return i
		}
		i += n
	}
	return i
}

// numberWindow is where numberRe must stop reading a number whose digits
// end at j, before "/" or "-": the first character past j that no path of
// the expression can read, so that the expression reads the same on the
// text cut there. After "/": an optional "/2020"-like year, then a code
// of [\p{L}\d&] and "-" that must start with a letter or "&" (else the
// expression fails there). After "-": letters, "/", then a letter and
// letters or digits, and more such groups after "-".
func numberWindow(s string, j int) int {
	if s[j] == '-' {
		i := letters(s, j+1, false)
		if i == j+1 || i >= len(s) || s[i] != '/' {
			return i
		}
		return codeRun(s, i+1) // letters and digits, and "-" before more
	}
	i := j + 1
	if k := digits(s, i, 4); k-i == 4 && k < len(s) && s[k] == '/' {
		i = k + 1
	}
	if i < len(s) && s[i] == '&' {
		return codeRun(s, i)
	}
	if r, _ := utf8.DecodeRuneInString(s[i:]); i >= len(s) || !unicode.IsLetter(r) {
		return i
	}
	return codeRun(s, i)
}

// letters returns the end of the run of letters (and digits, with
// digits) at i.
func letters(s string, i int, digits bool) int {
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) && !(digits && r >= '0' && r <= '9') {
			return i
		}
		i += n
	}
	return i
}

// codeRun returns the end of the run of [\p{L}\d&-] at i.
func codeRun(s string, i int) int { return codeSpan(s, i, true) }

// typeNameAt is the offset of the first type name in s, as
// typeRe().FindStringIndex(s) gives it (only where it starts), or -1.
func typeNameAt(s string) int {
	names := foldedTypeNames()
	for i := 0; i < len(s); {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		if names.starts(r) {
			for _, name := range names.byFirst[foldMin(r)] {
				if foldLiteral(s, i, name) >= 0 {
					return i
				}
			}
		}
		i += n
	}
	return -1
}

// typeNameSet are the type names, and the first letters they can start
// with, each as the least rune of its orbit of case folding.
type typeNameSet struct {
	list  []string
	first map[rune]bool
	// byFirst are the names of list by their first letter's least rune
	// (in list's order): a name can match only where the text's rune
	// folds to the same, so that typeNameAt tries a handful of names at
	// a letter, not all of them.
	byFirst map[rune][]string
	// firstTab is first for the runes of the table of foldTab.
	firstTab [foldTabSize]bool
}

var foldedTypeNames = sync.OnceValue(func() *typeNameSet {
	t := &typeNameSet{list: TypeNames(), first: map[rune]bool{}, byFirst: map[rune][]string{}}
	for _, name := range t.list {
		r, _ := utf8.DecodeRuneInString(name)
		t.first[foldMin(r)] = true
		t.byFirst[foldMin(r)] = append(t.byFirst[foldMin(r)], name)
	}
	for r := rune(0); r < foldTabEnd; r++ {
		if i := foldTabIndex(r); i >= 0 {
			t.firstTab[i] = t.first[foldMin(r)]
		}
	}
	return t
})

// starts reports whether a type name may start with r: first[foldMin(r)].
func (t *typeNameSet) starts(r rune) bool {
	if i := foldTabIndex(r); i >= 0 {
		return t.firstTab[i]
	}
	return t.first[foldMin(r)]
}

// foldMin is the least rune of r's orbit of simple case folding: two
// runes match each other under (?i) when their foldMin are equal.
func foldMin(r rune) rune {
	if f := foldTab(r); f >= 0 {
		return f
	}
	return orbitMin(r)
}

// foldTabSize is the size of the table of foldTab: ASCII, Latin-1, Latin
// Extended-A and -B, Latin Extended Additional.
const (
	foldTabSize = 0x250 + 0x100
	foldTabEnd  = 0x1F00
)

// foldTabIndex is r's place in the table of foldTab, or -1.
func foldTabIndex(r rune) int {
	switch {
	case r >= 0 && r < 0x250:
		return int(r)
	case r >= 0x1E00 && r < foldTabEnd:
		return int(r - 0x1E00 + 0x250)
	}
	return -1
}

// foldTab is foldMin of a rune of the letters Vietnamese is written
// with, from a generated table; -1 for any other rune.
func foldTab(r rune) rune {
	if i := foldTabIndex(r); i >= 0 {
		return foldMins()[i]
	}
	return -1
}

func foldMins() *[foldTabSize]rune { return &foldMinTable }

// FoldTab is, for a letter Vietnamese is written with (the ranges of the
// generated table: Latin to U+024F, Latin Extended Additional), the least
// rune of its orbit of simple case folding; -1 for any other rune. Two
// such letters are one under strings.EqualFold when their FoldTab are equal.
func FoldTab(r rune) rune { return foldTab(r) }

// FoldMin is the least rune of r's orbit of simple case folding, from the
// table where it has one.
func FoldMin(r rune) rune { return foldMin(r) }

// buildFoldMins is the table of foldTab, generated into tables_gen.go
// (TestTablesGenerated) so that no process builds it (0.7M instructions
// a process).
func buildFoldMins() *[foldTabSize]rune {
	var t [foldTabSize]rune
	for r := rune(0); r < foldTabEnd; r++ {
		if i := foldTabIndex(r); i >= 0 {
			t[i] = orbitMin(r)
		}
	}
	return &t
}

// orbitMin is foldMin the long way, walking the orbit.
func orbitMin(r rune) rune {
	least := r
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		least = min(least, f)
	}
	return least
}
