package check

import "testing"

// TestVariantSwap holds the dictionary variants apart from slips: "cám ơn"
// for "cảm ơn" is the other spelling; "cám" before another word, and
// another mark on "cảm", are not.
func TestVariantSwap(t *testing.T) {
	toks := phraseTokens("trân trọng cảm ơn")
	for _, c := range []struct {
		w    string
		want bool
	}{{"cám", true}, {"cạm", false}, {"căm", false}} {
		if got := variantSwap(toks, 2, c.w); got != c.want {
			t.Errorf("variantSwap(%q) = %v, want %v", c.w, got, c.want)
		}
	}
	if variantSwap(phraseTokens("trân trọng cảm xúc"), 2, "cám") {
		t.Error(`"cám xúc" taken for a variant`)
	}
}
