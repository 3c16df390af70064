package check

import (
	"strings"
	"sync/atomic"
	"unsafe"
)

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
	// the place of its rarest byte from rarestCache (rarest in the tests),
	// written out: a call would cost as much as the look-up. An entry that
	// matches gives a place below n even for a literal too long or too high
	// to have been written (its key wraps): its length is n below 256, and
	// the place is below 256 anyway.
	p, m := uint64(uintptr(unsafe.Pointer(unsafe.StringData(lit)))), uint64(n)
	slot := &rarestCache[(p^m)*0x9E3779B97F4A7C15>>(64-9)]
	e := slot.Load()
	r := int(e & 0xFF)
	if e&^0xFF != p<<16|m<<8 {
		r = rarestMiss(lit, slot)
	}
	return indexLitAt(s, lit, r)
}

// indexLitAt is indexLit from byte r of lit, 0 <= r < len(lit) <= len(s):
// the leftmost match whichever byte r is, since every match holds lit[r]
// at its start plus r.
func indexLitAt(s, lit string, r int) int {
	n := len(lit)
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

// rarestOf is the place of lit's rarest byte (byteRank), the first of
// the rarest; lit holds a byte.
func rarestOf(lit string) int {
	r, rank := 0, byteRank[lit[0]] // the rarest byte of lit, and its rank
	for i := 1; i < len(lit); i++ {
		if k := byteRank[lit[i]]; k < rank {
			r, rank = i, k
		}
	}
	return r
}

// rarestCache holds rarestOf of the literals asked lately, each entry the
// address of the literal's bytes (below 1<<48) shifted past its length
// and its rarest byte's place, both below 256: most literals are
// constants, asked again and again, whose rarest byte a notice would
// otherwise find on every call. An entry is read and written whole and
// is only ever a hint: checks run side by side may overwrite it, and a
// literal built at run time may leave its address to another of the same
// length, but any place below the length finds what indexLitAt finds.
var rarestCache [512]atomic.Uint64

// rarestMiss is rarestOf(lit), written into its slot of rarestCache when
// the literal's address and length fit an entry.
func rarestMiss(lit string, slot *atomic.Uint64) int {
	r := rarestOf(lit)
	p, n := uint64(uintptr(unsafe.Pointer(unsafe.StringData(lit)))), uint64(len(lit))
	if n < 256 && p < 1<<48 {
		slot.Store(p<<16 | n<<8 | uint64(r))
	}
	return r
}

// containsLit is strings.Contains(s, lit), by indexLit.
func containsLit(s, lit string) bool { return indexLit(s, lit) >= 0 }
