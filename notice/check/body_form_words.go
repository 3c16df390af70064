package check

import (
	"strings"
	"unicode"
)

// bodyFormWords returns the words (strings.Fields) of a body's three
// forms, b, roleless = withoutRole(b) and placeless, its withoutPlace,
// from one split of b: roleless is b less a role at its start, parted
// from the rest by a space, so its words are the last of b's; placeless
// is roleless up to a space before a level word, so its words are the
// first of roleless's. The words of the short parts between them, the
// role and the place, are counted.
func bodyFormWords(b, roleless, placeless string) [3][]string {
	words := strings.Fields(b)
	rw := words[fieldCount(b[:len(b)-len(roleless)]):]
	return [3][]string{words, rw, rw[:len(rw)-fieldCount(roleless[len(placeless):])]}
}

// fieldCount is len(strings.Fields(s)), nothing kept: the runs of runes
// that are not spaces (unicode.IsSpace).
func fieldCount(s string) int {
	n, in := 0, false
	for _, r := range s {
		sp := unicode.IsSpace(r)
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}
