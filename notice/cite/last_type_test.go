package cite

import (
	"strings"
	"testing"
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
	got := lastIndexes(s, names)
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
