package check

import "testing"

// TestIsBracketByte holds isBracketByte to the maps it stands before: a
// byte is a bracket exactly when it is a key of closers or openers, and
// every key is ASCII, so that a loop over a paragraph's bytes meets each
// bracket at the offset a loop over its runes does.
func TestIsBracketByte(t *testing.T) {
	for c := 0; c < 256; c++ {
		_, open := closers()[rune(c)]
		_, shut := openers()[rune(c)]
		if isBracketByte(byte(c)) != (open || shut) {
			t.Errorf("isBracketByte(%q) = %v, the maps say %v", rune(c), isBracketByte(byte(c)), open || shut)
		}
	}
	for _, m := range []map[rune]rune{closers(), openers()} {
		for r := range m {
			if r >= 0x80 {
				t.Errorf("bracket %q is not ASCII", r)
			}
		}
	}
}
