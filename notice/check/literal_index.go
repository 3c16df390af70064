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
	r := 0 // the rarest byte of lit
	for i := 1; i < n; i++ {
		if byteRank[lit[i]] < byteRank[lit[r]] {
			r = i
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

// byteRank is how often each byte stands in the notices checked, on a
// scale of 0 (never) to 255 (a space; the lead byte 0xE1 of most accented
// syllables): 16 log2(1 + occurrences per million) over the bytes of the
// dev corpus texts and the seeds (s54c). Only the order matters, and only
// to speed: a wrong rank costs time, never a match.
var byteRank = [256]uint8{
	0, 0, 0, 0, 0, 0, 0, 0, 0, 82, 219, 0, 61, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	255, 78, 165, 116, 0, 88, 118, 63, 163, 167, 155, 114, 207, 203, 202, 198,
	210, 203, 211, 180, 175, 177, 170, 169, 167, 168, 177, 170, 98, 136, 102, 44,
	74, 164, 190, 200, 175, 112, 101, 179, 200, 170, 58, 172, 168, 164, 204, 147,
	175, 173, 136, 168, 212, 169, 177, 91, 156, 147, 44, 123, 62, 123, 55, 124,
	33, 216, 194, 237, 194, 180, 117, 234, 248, 233, 69, 194, 193, 206, 253, 213,
	209, 186, 206, 199, 238, 221, 207, 103, 175, 209, 53, 76, 188, 76, 0, 0,
	162, 186, 143, 201, 44, 135, 137, 199, 118, 175, 136, 193, 113, 173, 37, 120,
	191, 222, 124, 169, 131, 174, 41, 119, 141, 191, 96, 175, 123, 183, 107, 168,
	213, 222, 186, 202, 120, 191, 151, 194, 142, 190, 187, 161, 168, 198, 87, 163,
	203, 185, 158, 175, 192, 110, 62, 146, 51, 147, 230, 252, 14, 164, 126, 194,
	0, 0, 64, 245, 226, 108, 211, 0, 0, 0, 0, 0, 33, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 255, 150, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
}
