package check

import (
	"strings"
	"testing"
	"unicode"
)

// TestFieldsNear holds fieldBefore and fieldAfter to strings.Fields at
// each end of each word of every line of testdata.
func TestFieldsNear(t *testing.T) {
	for _, s := range append(proseTexts(t), abbrevWordsCases...) {
		for _, w := range wordsWithOffsets(s) {
			sameFieldsNear(t, s, w.off)
			sameFieldsNear(t, s, w.end)
		}
		sameFieldsNear(t, s, 0)
		sameFieldsNear(t, s, len(s))
	}
}

func sameFieldsNear(t *testing.T, s string, i int) {
	t.Helper()
	before, after := strings.Fields(s[:i]), strings.Fields(s[i:])
	wantBefore, wantAt, wantAfter := "", -1, ""
	if len(before) > 0 {
		wantBefore = before[len(before)-1]
		wantAt = lastFieldStart(s[:i])
	}
	if len(after) > 0 {
		wantAfter = after[0]
	}
	if got, at := fieldBefore(s, i); got != wantBefore || at != wantAt {
		t.Fatalf("fieldBefore(%q, %d) = %q, %d; strings.Fields %q, %d", s, i, got, at, wantBefore, wantAt)
	}
	if got := fieldAfter(s, i); got != wantAfter {
		t.Fatalf("fieldAfter(%q, %d) = %q; strings.Fields %q", s, i, got, wantAfter)
	}
}

// lastFieldStart is where the last of strings.Fields(s) starts, read
// forward as strings.Fields reads: a search for the word's bytes may find
// them inside an earlier character ("\xe2" in "\xe2\u2000").
func lastFieldStart(s string) int {
	at, inField := -1, false
	for j, r := range s {
		space := unicode.IsSpace(r)
		if !space && !inField {
			at = j
		}
		inField = !space
	}
	return at
}

// FuzzFieldsNear holds fieldBefore and fieldAfter to strings.Fields at
// any place of any text.
func FuzzFieldsNear(f *testing.F) {
	for _, s := range abbrevWordsCases {
		f.Add(s, len(s)/2)
	}
	f.Fuzz(func(t *testing.T, s string, i int) {
		if i < 0 || i > len(s) {
			i = len(s) / 2
		}
		sameFieldsNear(t, s, i)
	})
}
