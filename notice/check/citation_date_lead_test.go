package check

import "testing"

// leadDateCases are sentence heads leadDateRe matches, and some it
// nearly does.
var leadDateCases = []string{
	"Ngày 23/12/2015, Thủ tướng Chính phủ có ", "Ngày 05/12/2011 Bộ Y tế đã ban hành ", "Triển khai Nghị định, ngày 17 tháng 6 năm 2025 Bộ trưởng Bộ Nội vụ đã ký\t",
	"Ngày 1/2/2020 Sở ký", "ngày 1/2/2020, UBND có\n ", "Ngày 1/2/2020 Sở ban hành\v", "Ngày 1/2/2020 Sở kýx", "Ngày 1/2/2020 sở có ",
}

// TestMayLeadDate holds mayLeadDate to leadDateRe: every text the
// expression matches passes it, on each head of every line of testdata
// the expression can match (one that ends with "có", "hành" or "ký").
func TestMayLeadDate(t *testing.T) {
	for _, s := range append(proseTexts(t), leadDateCases...) {
		for _, w := range wordsWithOffsets(s) {
			if w.text == "có" || w.text == "hành" || w.text == "ký" {
				sameLeadDate(t, s[:w.end])
				sameLeadDate(t, s[:w.end]+" ")
			}
		}
		sameLeadDate(t, s)
	}
}

func sameLeadDate(t *testing.T, s string) {
	t.Helper()
	if leadDateRe().MatchString(s) && !mayLeadDate(s) {
		t.Fatalf("leadDateRe matches %q, which mayLeadDate turns away", s)
	}
}

// FuzzMayLeadDate holds mayLeadDate to leadDateRe on any text.
func FuzzMayLeadDate(f *testing.F) {
	for _, s := range leadDateCases {
		f.Add(s)
	}
	f.Fuzz(sameLeadDate)
}
