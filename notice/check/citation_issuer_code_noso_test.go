package check

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDigitSlashUpperNecessary holds digitSlashUpper, the look before
// issuerCodeNoSoRe, to the expression: every line of every corpus text
// and seed, and made-up lines, that the expression matches passes it.
func TestDigitSlashUpperNecessary(t *testing.T) {
	lines := []string{"Công văn 36/PGDĐT ngày 06/02/2020", "công văn 143/ĐGDĐT", "Tờ trình 1/Ủ", "Công văn 1/AB Công văn 2/CD", "/A", "1/", "Quyết định 12/qđ"}
	paths, _ := filepath.Glob("../../testdata/corpus/*/*.txt")
	seeds, _ := filepath.Glob("../../testdata/seeds/*.toml")
	for _, p := range append(paths, seeds...) {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, strings.Split(string(src), "\n")...)
	}
	matched := 0
	for _, s := range lines {
		if issuerCodeNoSoRe().MatchString(s) {
			matched++
			if !digitSlashUpper(s) {
				t.Errorf("digitSlashUpper(%q) = false; the expression matches it", s)
			}
		}
	}
	if matched == 0 {
		t.Fatal("no line matched: the test proves nothing")
	}
}
