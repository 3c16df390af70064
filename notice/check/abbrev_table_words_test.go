package check

import (
	"slices"
	"testing"
)

// TestAbbrevWordsOnFirstUse holds each entry's full forms' words, folded
// on first use, to fullWords of each form as the table once folded them
// when read; an entry let stand has none.
func TestAbbrevWordsOnFirstUse(t *testing.T) {
	for k, e := range readAbbrevs(abbrevData) {
		got := e.fullFormWords()
		if e.keep && got != nil {
			t.Errorf("%s: let stand, but words %q", k, got)
		}
		if len(got) != len(e.full) {
			t.Fatalf("%s: %d forms, %d words", k, len(e.full), len(got))
		}
		for i, f := range e.full {
			if want := fullWords(f); !slices.Equal(got[i], want) {
				t.Errorf("%s: words of %q = %q, want %q", k, f, got[i], want)
			}
		}
	}
	if (abbrevEntry{}).fullFormWords() != nil {
		t.Error("an entry not in the table has words")
	}
}
