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

// checkHoldsMark gives its view's lexicon back when done, as a check
// does: a view that kept it made each call take a new one, its slabs
// (200 kB) and all, and the fuzz target ran a few thousand inputs a
// second where it now runs many times more.
func checkHoldsMark(t *testing.T, s string) {
	v := &View{}
	defer v.releaseLexicon()
	for _, chars := range markSets {
		if got, want := v.holdsMark(s, asciiMarks(chars)), strings.ContainsAny(s, chars); got != want {
			t.Fatalf("holdsMark(%q, %q) = %v, want %v", s, chars, got, want)
		}
	}
}

// TestHoldsMarkCheapPerInput: checkHoldsMark, FuzzHoldsMark's body, asks
// one view per input and gives its lexicon back, so that an input costs
// its index, not a new lexicon and its slabs (25 allocations, 229 kB).
func TestHoldsMarkCheapPerInput(t *testing.T) {
	checkHoldsMark(t, "Điều 3. a(b")
	if n := testing.AllocsPerRun(50, func() { checkHoldsMark(t, "Điều 3. a(b x\xff[y") }); n > 10 {
		t.Errorf("checkHoldsMark: %v allocations an input, want at most 10", n)
	}
}
