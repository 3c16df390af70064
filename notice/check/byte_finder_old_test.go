package check

import "strings"

// byteFinder finds in turn the places of a text that hold one of a few
// bytes, each looked for with strings.IndexByte (which reads many bytes
// at a time) and kept until the walk passes it: a rule that stops at
// every "." "," ";" reads the text once for each mark, not byte by byte.
type byteFinder struct {
	s     string
	bytes [4]byte
	at    [4]int // the next place of each byte at or after the last asked; len(s) when none
	n     int
}

// newByteFinder returns a finder of up to four bytes in s.
func newByteFinder(s string, bs ...byte) byteFinder {
	f := byteFinder{s: s, n: len(bs)}
	for k, b := range bs {
		f.bytes[k], f.at[k] = b, -1
	}
	return f
}

// next returns the first place at or after i that holds one of the
// bytes, or -1. The places asked must not go back.
func (f *byteFinder) next(i int) int {
	best := len(f.s)
	for k := 0; k < f.n; k++ {
		if f.at[k] < i && f.at[k] < len(f.s) {
			f.at[k] = len(f.s)
			if i < len(f.s) {
				if j := strings.IndexByte(f.s[i:], f.bytes[k]); j >= 0 {
					f.at[k] = i + j
				}
			}
		}
		best = min(best, f.at[k])
	}
	if best == len(f.s) {
		return -1
	}
	return best
}
