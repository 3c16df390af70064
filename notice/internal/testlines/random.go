package testlines

import (
	"math/rand/v2"
	"strings"
)

// Random returns n strings, each of up to parts pieces of alphabet joined,
// the same ones for the same seed: texts made of the bytes a scanner
// looks at, for tests that hold it to its reference.
func Random(alphabet []string, n, parts int, seed uint64) []string {
	rnd := rand.New(rand.NewPCG(seed, seed+1))
	out := make([]string, n)
	for i := range out {
		var b strings.Builder
		for range rnd.IntN(parts + 1) {
			b.WriteString(alphabet[rnd.IntN(len(alphabet))])
		}
		out[i] = b.String()
	}
	return out
}
