package check

import (
	"unicode"
	"unicode/utf8"
)

// Two characters are one under simple case folding (as strings.EqualFold
// and a (?i) expression compare them) when they share an orbit of
// unicode.SimpleFold. For the letters of Vietnamese the least character
// of each orbit is kept in a table made on first use.

// foldEqual reports whether a and b are one character under simple case
// folding.
func foldEqual(a, b rune) bool {
	if a == b {
		return true
	}
	if a < utf8.RuneSelf && b < utf8.RuneSelf {
		return 'a' <= a|0x20 && a|0x20 <= 'z' && a|0x20 == b|0x20
	}
	if fa, fb := foldRep(a), foldRep(b); fa >= 0 && fb >= 0 {
		return fa == fb
	}
	return foldOrbit(a, b)
}

// foldOrbit is foldEqual the long way: whether b is in the orbit of a
// under unicode.SimpleFold.
func foldOrbit(a, b rune) bool {
	if a == b {
		return true
	}
	for r := unicode.SimpleFold(a); r != a; r = unicode.SimpleFold(r) {
		if r == b {
			return true
		}
	}
	return false
}

// foldRep is, for a letter of Vietnamese (the ranges classOf keeps in a
// table), the least character of its orbit under unicode.SimpleFold: two
// of them fold to each other when they have one; -1 for any other rune.
func foldRep(r rune) rune {
	switch {
	case r < 0x250 && r >= 0:
		return foldReps()[r]
	case 0x1E00 <= r && r < 0x1F00:
		return foldReps()[r-0x1E00+0x250]
	}
	return -1
}

func foldReps() *[0x350]rune { return &foldRepTable }

// buildFoldReps is the table of foldRep, generated into
// class_tables_gen.go (TestClassTablesGenerated) so that no process
// builds it (0.36M instructions a process).
func buildFoldReps() *[0x350]rune {
	var t [0x350]rune
	for r := rune(0); r < 0x250; r++ {
		t[r] = orbitLeast(r)
	}
	for r := rune(0x1E00); r < 0x1F00; r++ {
		t[r-0x1E00+0x250] = orbitLeast(r)
	}
	return &t
}

// foldLeast is the least rune of r's orbit of simple case folding.
func foldLeast(r rune) rune {
	if f := foldRep(r); f >= 0 {
		return f
	}
	return orbitLeast(r)
}

// orbitLeast is foldLeast the long way, walking the orbit.
func orbitLeast(r rune) rune {
	least := r
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		least = min(least, f)
	}
	return least
}
