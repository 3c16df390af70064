package check

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// nameIndex walks the names windowGroups reads: runs of two to
// maxNameWords words that start with a capitalised word and are parted by
// spaces only.
type nameIndex struct {
	v      *View
	segs   []*Seg
	words  [][]wordAt
	idx    []*textIndex // the view's index of each segment's text
	titles []spellWord  // the capitalised words, where names start
	// scratch is where all and the tables write, kept with the view's
	// lexicon from notice to notice.
	scratch *nameScratch
}

// nameScratch is what windowGroups writes over for each notice: the
// names walked and the two hash tables. It goes with the view's lexicon
// (lexicon.names), as the index slabs do, so that a worker's notices
// after the first allocate none of it, and a table is not cleared whole
// for each notice: its generation tells this notice's entries.
type nameScratch struct {
	names      []hashedName
	seen, cuts hashTable
}

// nameScratch returns the scratch of the view's lexicon, or a new one
// when the view holds none.
func (v *View) nameScratch() *nameScratch {
	if v.lexemes == nil {
		return &nameScratch{}
	}
	return &v.lexemes.names
}

// nameAt is words i to i+n of segment seg.
type nameAt struct{ seg, i, n int }

func newNameIndex(w *spellWalk) *nameIndex {
	x := &nameIndex{v: w.v, segs: w.segs, words: make([][]wordAt, len(w.segs)), idx: w.idx, titles: w.titles, scratch: w.v.nameScratch()}
	for k, ix := range w.idx {
		x.words[k] = ix.words
	}
	return x
}

// hashedName is a name with a hash of its loose key.
type hashedName struct {
	at nameAt
	h  uint64
}

// all is the names windowGroups reads, each with a hash of its loose
// key, in one walk from each capitalised word: walked once for its two
// passes, into the scratch's slice (valid until the next walk).
func (x *nameIndex) all() []hashedName {
	out := x.scratch.names[:0]
	for _, c := range x.titles {
		ix, i := x.idx[c.k], c.i
		lex := ix.lex
		h := uint64(fnvOffset)
		for n := 1; n <= maxNameWords && i+n <= len(lex); n++ {
			if n > 1 && !ix.spaced[i+n-1] {
				break
			}
			h = (h ^ lex[i+n-1].looseH()) * fnvPrime
			if n >= minNameWords {
				out = append(out, hashedName{nameAt{c.k, i, n}, h})
			}
		}
	}
	x.scratch.names = out
	return out
}

// tables returns the scratch's two hash tables emptied: seen for about
// n hashes, cuts for a few.
func (x *nameIndex) tables(n int) (seen, cuts *hashTable) {
	return x.scratch.seen.reset(n), x.scratch.cuts.reset(0)
}

// bodyStart returns mayStartWithBody, worked out once for each first
// word however many names and walks ask it.
func (x *nameIndex) bodyStart() func(at nameAt) bool {
	known := make([][]int8, len(x.idx)) // 0 not worked out, 1 yes, 2 no
	return func(at nameAt) bool {
		if known[at.seg] == nil {
			known[at.seg] = make([]int8, len(x.idx[at.seg].lex))
		}
		k := &known[at.seg][at.i]
		if *k == 0 {
			*k = 2
			if x.mayStartWithBody(at) {
				*k = 1
			}
		}
		return *k == 1
	}
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// sameWords reports whether two names are the same words as written.
func (x *nameIndex) sameWords(a, b nameAt) bool {
	if a.n != b.n {
		return false
	}
	wa, wb := x.idx[a.seg].lex[a.i:a.i+a.n], x.idx[b.seg].lex[b.i:b.i+b.n]
	for k := range wa {
		if wa[k] != wb[k] { // one lexeme a text
			return false
		}
	}
	return true
}

// key is the name's words in some form, each followed by a space.
func (x *nameIndex) key(at nameAt, form func(*lexeme) string) string {
	ws := x.idx[at.seg].lex[at.i : at.i+at.n]
	n := 0
	for _, w := range ws {
		n += len(form(w)) + 1
	}
	var b strings.Builder
	b.Grow(n)
	for _, w := range ws {
		b.WriteString(form(w))
		b.WriteByte(' ')
	}
	return b.String()
}

// The forms of key, from a word's lexeme.
func (x *lexeme) exactForm() string { return x.text }

// looseForm folds case, marks and i/y: the spellings of one name share
// it.
func looseForm(w string) string { return strings.ReplaceAll(stripTone(w), "y", "i") }

// looseHash is a hash of the runes of looseForm(w), worked out without
// building it when every rune of w is in the table of stripMarks.
func looseHash(w string) uint64 {
	t := markless()
	h := uint64(fnvOffset)
	for _, r := range w {
		m := rune(slowMark)
		if r >= 0 && r < rune(len(t)) {
			m = t[r]
		}
		switch m {
		case slowMark:
			return looseHashOf(looseForm(w))
		case noMark:
			continue
		}
		h = (h ^ uint64(looseRune(m))) * fnvPrime
	}
	return h
}

// looseHashOf is looseHash of a string already in loose form.
func looseHashOf(s string) uint64 {
	h := uint64(fnvOffset)
	for _, r := range s {
		h = (h ^ uint64(r)) * fnvPrime
	}
	return h
}

// looseRune is a rune without marks in lower case, y as i.
func looseRune(r rune) rune {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
	} else {
		r = unicode.ToLower(r)
	}
	if r == 'y' {
		return 'i'
	}
	return r
}

// lowerHash is a hash of the name's words in lower case: of the runes of
// names.key(at, strings.ToLower) but its spaces, combined word by word as
// the loose hash is.
func (x *nameIndex) lowerHash(at nameAt) uint64 {
	h := uint64(fnvOffset)
	for _, w := range x.idx[at.seg].lex[at.i : at.i+at.n] {
		h = (h ^ w.lowerH()) * fnvPrime
	}
	return h
}

// addCuts adds the lower hash of each name made of at with one inner word
// left out, as missingWord cuts it (the two words at each end kept).
func (x *nameIndex) addCuts(at nameAt, cuts *hashTable) {
	ws := x.idx[at.seg].lex[at.i : at.i+at.n]
	for i := 2; i < len(ws)-2; i++ {
		h := uint64(fnvOffset)
		for k, w := range ws {
			if k != i {
				h = (h ^ w.lowerH()) * fnvPrime
			}
		}
		cuts.entry(h)
	}
}

// mayStartWithBody reports whether the name's first word may start the
// name of a body or an owner (startsWithOrg, startsWithOwner): it is "các"
// or the first word of one of their heads.
func (x *nameIndex) mayStartWithBody(at nameAt) bool {
	w := x.idx[at.seg].lex[at.i].lowered()
	if w == "các" {
		return true
	}
	if _, ok := ownerHeadIndex()[w]; ok {
		return true
	}
	_, ok := orgHeadIndex()[x.v.fold(w)]
	return ok
}

// lowerWordHash is a hash of the runes of strings.ToLower(w).
func lowerWordHash(w string) uint64 {
	h := uint64(fnvOffset)
	for _, r := range w {
		h = (h ^ uint64(unicode.ToLower(r))) * fnvPrime
	}
	return h
}

// hashTable files the names windowGroups walks by a hash of their words:
// open addressing, a power of two long and at most half full, for a
// fifth of what a Go map of uint64 costs a name (some 700 a notice). An
// entry is filed when it holds the table's generation: reset empties the
// table by a new one, not by clearing its slots.
type hashTable struct {
	slots []hashEntry
	n     int
	gen   uint32 // 1 or more once reset; a slot of 0 was never filed
}

// hashEntry is a hash filed, with the first name that had it and
// whether a name written otherwise had it too.
type hashEntry struct {
	key     uint64
	gen     uint32 // the table's generation when filed
	twoWays bool
	first   nameAt
	group   int32 // windowGroups' first group of the hash (nameGroups), 1 + its place, or 0
}

// reset empties the table for about n hashes: a table too short is made
// anew, one long enough is kept, its slots of earlier generations read as
// empty.
func (t *hashTable) reset(n int) *hashTable {
	size := 64
	for size < 2*n {
		size *= 2
	}
	if len(t.slots) < size {
		t.slots, t.gen = make([]hashEntry, size), 0
	}
	if t.gen++; t.gen == 0 { // the generations wrapped: clear the slots once
		clear(t.slots)
		t.gen = 1
	}
	t.n = 0
	return t
}

// find returns the slot of key, or the empty slot where it would go.
func (t *hashTable) find(key uint64) *hashEntry {
	mask := uint64(len(t.slots) - 1)
	i := (key ^ key>>29) & mask
	for t.slots[i].gen == t.gen && t.slots[i].key != key {
		i = (i + 1) & mask
	}
	return &t.slots[i]
}

// entry returns the entry of key, made if it is new (fresh).
func (t *hashTable) entry(key uint64) (e *hashEntry, fresh bool) {
	if e = t.find(key); e.gen == t.gen {
		return e, false
	}
	if 2*(t.n+1) > len(t.slots) {
		old := t.slots
		t.slots = make([]hashEntry, 2*len(old))
		for _, o := range old {
			if o.gen == t.gen {
				*t.find(o.key) = o
			}
		}
		e = t.find(key)
	}
	t.n++
	*e = hashEntry{key: key, gen: t.gen} // a slot of an earlier generation holds its entry
	return e, true
}

// has reports whether key is filed.
func (t *hashTable) has(key uint64) bool { return t.find(key).gen == t.gen }
