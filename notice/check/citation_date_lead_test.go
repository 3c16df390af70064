package check

import (
	"strings"
	"testing"
)

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

// TestDateSentenceEndsStopped holds leadDatedStopped's look (the text
// before the citation's sentence ends with a full stop) to dateSentenceRe
// on every line of testdata and the text before each of its stops, with
// the spaces after them trimmed as the rule trims them.
func TestDateSentenceEndsStopped(t *testing.T) {
	texts := []string{"Ngày 11/03/2022.", "ngày 1 tháng 2 năm 2020 .", "Ngày 11/03/2022.\t", "x. Ngày 11/03/2022 \n."}
	for _, s := range proseTexts(t) {
		texts = append(texts, s)
		for i := range len(s) {
			if s[i] == '.' {
				texts = append(texts, s[:i+1], s[:i+1]+" ")
			}
		}
	}
	found := 0
	for _, s := range texts {
		s = strings.TrimRight(s, " ")
		if dateSentenceRe().MatchString(s) {
			found++
			if !strings.HasSuffix(s, ".") {
				t.Errorf("dateSentenceRe matches %q, which does not end with a stop", s)
			}
		}
	}
	if found < 20 {
		t.Errorf("dateSentenceRe matches %d texts, want 20 at least: the lines were not read", found)
	}
}
