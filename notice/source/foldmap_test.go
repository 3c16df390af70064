package source

import "testing"

// foldMapCases are texts with white space of every kind where a FoldMap
// has breaks or none.
var foldMapCases = []string{
	"", " ", "a", "một hai", " một", "một ", "một  hai", "một\thai", "một\nhai\n\nba",
	"\u00a0x\u00a0 y\u3000z", "a\u2028\u2029b", "  \n ", "x \n", "ba\u0300", "Vie\u0302\u0323t", "a\xffb",
}

// checkFoldMap holds a FoldMap of s to NormalizeMap's map at every byte.
func checkFoldMap(t *testing.T, s string) {
	f, ok := NewFoldMap(s)
	norm, m := NormalizeMap(s, true)
	if !ok {
		if IsNFC(s) && validUTF8(s) {
			t.Fatalf("%q: no FoldMap", s)
		}
		return
	}
	if f.Len() != len(norm) {
		t.Fatalf("%q: Len() = %d, want %d", s, f.Len(), len(norm))
	}
	for k := range m {
		if got := f.At(k); got != m[k] {
			t.Fatalf("%q: At(%d) = %d, want %d", s, k, got, m[k])
		}
	}
}

func validUTF8(s string) bool {
	for _, r := range s {
		if r == 0xFFFD {
			return false
		}
	}
	return true
}

// TestFoldMap checks FoldMap against NormalizeMap on the cases above.
func TestFoldMap(t *testing.T) {
	for _, s := range foldMapCases {
		checkFoldMap(t, s)
	}
}

// FuzzFoldMap checks FoldMap against NormalizeMap on any text.
func FuzzFoldMap(f *testing.F) {
	for _, s := range foldMapCases {
		f.Add(s)
	}
	f.Fuzz(checkFoldMap)
}
