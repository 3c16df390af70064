package cite

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestLastIndexes holds lastIndexes to strings.LastIndex of each type
// name, on every text of testdata in lower case and a few cases.
func TestLastIndexes(t *testing.T) {
	texts := append(scanTexts(t), "theo nghị định nghị định số", "quyết địnhquyết định", "luậtluật", "")
	for _, s := range texts {
		sameLastIndexes(t, strings.ToLower(s))
	}
}

func sameLastIndexes(t *testing.T, s string) {
	t.Helper()
	names := lowerTypeNames()
	got := lastIndexes([]byte(s), names, nil)
	for k, n := range names {
		if want := strings.LastIndex(s, n); got[k] != want {
			t.Fatalf("lastIndexes(%q)[%q] = %d, LastIndex %d", s, n, got[k], want)
		}
	}
}

// FuzzLastIndexes holds lastIndexes to strings.LastIndex on any text.
func FuzzLastIndexes(f *testing.F) {
	f.Add("căn cứ nghị định số 30/2020/nđ-cp")
	f.Fuzz(sameLastIndexes)
}

// lastTypeBefore is lastType as it was written before it lowered the
// window without allocating: strings.ToLower, then LastIndex of each
// name.
func lastTypeBefore(s string, at int) (start, end int) {
	from := max(0, at-typeWindow)
	for from > 0 && !utf8.RuneStart(s[from]) {
		from--
	}
	window := s[from:at]
	lower := strings.ToLower(window)
	if len(lower) != len(window) {
		lower = window
	}
	start, end = -1, -1
	for _, name := range lowerTypeNames() {
		i := strings.LastIndex(lower, name)
		if i < 0 || i > 0 && letterBefore([]byte(lower), i) || letterAt([]byte(lower), i+len(name)) {
			continue
		}
		if e := i + len(name); e > end || e == end && i < start {
			start, end = i, e
		}
	}
	if start < 0 {
		return -1, -1
	}
	return from + start, from + end
}

// sameLastType holds lastType to lastTypeBefore at every byte of a
// short text, and at the first numbers of a long one (where the
// citations ask).
func sameLastType(t *testing.T, s string) {
	t.Helper()
	numbers := 0
	for at := 0; at <= len(s); at++ {
		if len(s) > 80 {
			if at == len(s) || !isDigitByte(s[at]) || at > 0 && isDigitByte(s[at-1]) {
				continue
			}
			if numbers++; numbers > 4 {
				return
			}
		}
		s1, e1 := lastType(s, at)
		s0, e0 := lastTypeBefore(s, at)
		if s1 != s0 || e1 != e0 {
			t.Fatalf("lastType(%q, %d) = %d, %d; before %d, %d", s, at, s1, e1, s0, e0)
		}
	}
}

// TestLastType holds lastType to lastTypeBefore on every text of
// testdata and a few cases.
func TestLastType(t *testing.T) {
	texts := append(scanTexts(t), "Theo NGHỊ ĐỊNH số 1", "Quyết ĐịnhQuyết định số", "İİİİ Luật số", "\xffLuật \u212a số", "Ⱥ Ⱥ Nghị quyết số 2")
	for _, s := range texts {
		sameLastType(t, s)
	}
}

func FuzzLastType(f *testing.F) {
	f.Add("Căn cứ Nghị định số 30/2020/NĐ-CP")
	f.Add("İ Quyết định số 1")
	f.Fuzz(sameLastType)
}
