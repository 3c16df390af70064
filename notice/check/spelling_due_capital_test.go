package check

import (
	"strings"
	"testing"
)

// TestBodyKindsWords holds dueCapital's maxKindWords to bodyKinds: a
// kind of more words would never be looked up.
func TestBodyKindsWords(t *testing.T) {
	for k := range bodyKinds() {
		if n := len(strings.Fields(k)); n > maxKindWords {
			t.Errorf("bodyKinds: %q is %d words, maxKindWords %d", k, n, maxKindWords)
		}
	}
}
