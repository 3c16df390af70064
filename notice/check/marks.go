package check

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// stripMarks removes Vietnamese diacritics and turns Đ into D: the text
// in NFD without its nonspacing marks. Rules call it for every word, so
// ASCII comes back as it is and the letters of Vietnamese and the marks
// around them go through a table built on first use; only a text with a
// rune outside it (another script, a combining mark written apart) takes
// the slow path through NFD, which gives the same result.
func stripMarks(s string) string {
	i := 0
	for i < len(s) && s[i] < utf8.RuneSelf {
		i++
	}
	if i == len(s) {
		return s
	}
	t := markless()
	b := make([]byte, i, len(s))
	copy(b, s[:i])
	for _, r := range s[i:] {
		m := rune(slowMark)
		if r < rune(len(t)) {
			m = t[r]
		}
		switch m {
		case slowMark:
			return stripMarksNFD(s)
		case noMark:
			continue
		}
		b = utf8.AppendRune(b, m)
	}
	return string(b)
}

// stripMarksNFD is stripMarks by its definition.
func stripMarksNFD(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(dBar(r))
	}
	return b.String()
}

func dBar(r rune) rune {
	switch r {
	case 'Đ':
		return 'D'
	case 'đ':
		return 'd'
	}
	return r
}

// The values of markless that are no rune.
const (
	noMark   = -1 // nothing is left of the rune: a mark on its own
	slowMark = -2 // the rune needs stripMarksNFD
)

// marklessRanges are the runes the table of markless covers: Latin with
// its letters with marks (Vietnamese's among them) and general
// punctuation.
var marklessRanges = [][2]rune{{0, 0x250}, {0x1E00, 0x1F00}, {0x2000, 0x2070}}

// markless maps each rune below U+2070 to what stripMarks makes of it: the
// letter without its marks ('ộ' -> 'o', 'Ư' -> 'U', 'Đ' -> 'D'), noMark,
// or slowMark for a rune outside marklessRanges, a rune that decomposes to
// more than one letter, or a rune that NFD may reorder with its
// neighbours (a combining mark).
func markless() []rune { return marklessTable[:] }

// buildMarkless is the table of markless, generated into
// class_tables_gen.go (TestClassTablesGenerated) so that no process
// builds it (0.6M instructions a process).
func buildMarkless() []rune {
	t := make([]rune, 0x2070)
	for r := range t {
		t[r] = slowMark
	}
	for _, rg := range marklessRanges {
		for r := rg[0]; r < rg[1]; r++ {
			t[r] = marklessOf(r)
		}
	}
	return t
}

// marklessOf is what stripMarks makes of r alone when r and its
// decomposition start with a starter, so that the NFD of a text of such
// runes is the decompositions of its runes one after the other.
func marklessOf(r rune) rune {
	var buf [utf8.UTFMax]byte
	s := string(utf8.AppendRune(buf[:0], r))
	p := norm.NFD.PropertiesString(s)
	if p.CCC() != 0 || p.LeadCCC() != 0 {
		return slowMark
	}
	if d := p.Decomposition(); d != nil {
		s = string(d)
	}
	out := rune(noMark)
	for _, c := range s {
		if unicode.Is(unicode.Mn, c) {
			continue
		}
		if out != noMark {
			return slowMark
		}
		out = dBar(c)
	}
	return out
}

// stripTone is s without its marks, in lower case.
func stripTone(s string) string { return strings.ToLower(stripMarks(s)) }

// baseOf is the lower-case base letter of a letter: 'Ộ' -> 'o', 'ư' ->
// 'u', 'Đ' -> 'd'; a letter that leaves nothing, ' '. Any other rune, and
// any rune from U+1F00 on, is itself.
func baseOf(r rune) rune {
	if r < 0 || r >= 0x1F00 || !isLetter(r) {
		return r
	}
	if r < utf8.RuneSelf {
		return unicode.ToLower(r)
	}
	var buf [utf8.UTFMax]byte
	s := stripMarks(string(utf8.AppendRune(buf[:0], r)))
	if s == "" {
		return ' '
	}
	first, _ := utf8.DecodeRuneInString(s)
	return unicode.ToLower(first)
}
