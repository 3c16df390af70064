package check

import (
	"strings"
	"testing"
)

// TestDashGap holds dashGap to the test it stands for on the gaps
// between the words of every line of testdata and on a few cases.
func TestDashGap(t *testing.T) {
	gaps := []string{"", " ", "-", " - ", "–", " – ", "—", "--", "- –", " -a", "\xe2\x80", "\xe2", "−", " \t- ", "- ", "——"}
	for _, s := range proseTexts(t) {
		ws := wordsWithOffsets(s)
		for i := 1; i < len(ws); i++ {
			gaps = append(gaps, s[ws[i-1].end:ws[i].off])
		}
	}
	for _, g := range gaps {
		sameDashGap(t, g)
	}
}

func sameDashGap(t *testing.T, gap string) {
	t.Helper()
	want := strings.Trim(gap, " -–—") == "" && strings.Count(gap, "-")+strings.Count(gap, "–")+strings.Count(gap, "—") == 1
	if got := dashGap(gap); got != want {
		t.Fatalf("dashGap(%q) = %v, want %v", gap, got, want)
	}
}

// FuzzDashGap holds dashGap to the test it stands for on any text.
func FuzzDashGap(f *testing.F) {
	f.Add(" – ")
	f.Add("-\xe2\x80")
	f.Fuzz(sameDashGap)
}
