package check

import (
	"strings"
	"testing"
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
		wantAt = strings.LastIndex(s[:i], wantBefore)
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
