package check

import (
	"strings"
	"testing"
)

// markSets are the sets holdsMark is asked of, and a few more.
var markSets = []string{"()[]", "(", ".,;:", "0123456789", "\"", " ", "\x00\x7f", "@#$%^&*"}

// holdsMarkSeeds are texts whose ASCII bytes sit beside broken and
// unfinished runes, where a scan could swallow them.
var holdsMarkSeeds = []string{"", "(", "a(b", "\xe1(", "\xe1\xbb(", "\xc3(", "\xc3", "ệ)", "\xf0\x9f(", "x\xff[y", "Điều 3.", "a,,b", "\u00a0;"}

// TestHoldsMark holds holdsMark to strings.ContainsAny for every line of
// the prose of testdata.
func TestHoldsMark(t *testing.T) {
	for _, s := range append(proseTexts(t), holdsMarkSeeds...) {
		checkHoldsMark(t, s)
	}
}

func FuzzHoldsMark(f *testing.F) {
	for _, s := range holdsMarkSeeds {
		f.Add(s)
	}
	f.Fuzz(checkHoldsMark)
}

func checkHoldsMark(t *testing.T, s string) {
	v := &View{}
	for _, chars := range markSets {
		if got, want := v.holdsMark(s, asciiMarks(chars)), strings.ContainsAny(s, chars); got != want {
			t.Fatalf("holdsMark(%q, %q) = %v, want %v", s, chars, got, want)
		}
	}
}
