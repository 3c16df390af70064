package check

import "strings"

// indexLit is strings.Index(s, lit), found from the byte of lit that
// Vietnamese text holds least often: strings.Index looks for lit's first
// byte, and the first bytes of most literals a rule scans for ("n" of
// "nhân dân", the 0xE1 that opens most accented syllables: "ết") stand
// nearly everywhere in a notice, so that it verifies at byte after byte.
// The leftmost match is returned, as strings.Index returns it.
func indexLit(s, lit string) int {
	n := len(lit)
	switch {
	case n == 0:
		return 0
	case n == 1:
		return strings.IndexByte(s, lit[0])
	case n > len(s):
		return -1
	}
	r, rank := 0, byteRank[lit[0]] // the rarest byte of lit, and its rank
	for i := 1; i < n; i++ {
		if k := byteRank[lit[i]]; k < rank {
			r, rank = i, k
		}
	}
	c, last := lit[r], len(s)-n+r // the byte, and the last place it may stand
	for i := r; i <= last; i++ {
		j := strings.IndexByte(s[i:last+1], c)
		if j < 0 {
			return -1
		}
		i += j
		if s[i-r:i-r+n] == lit {
			return i - r
		}
	}
	return -1
}

// containsLit is strings.Contains(s, lit), by indexLit.
func containsLit(s, lit string) bool { return indexLit(s, lit) >= 0 }
