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
}

// nameAt is words i to i+n of segment seg.
type nameAt struct{ seg, i, n int }

func newNameIndex(w *spellWalk) *nameIndex {
	x := &nameIndex{v: w.v, segs: w.segs, words: make([][]wordAt, len(w.segs)), idx: w.idx, titles: w.titles}
	for k, ix := range w.idx {
		x.words[k] = ix.words
	}
	return x
}

// each calls fn for each name with a hash of its loose key.
func (x *nameIndex) each(fn func(at nameAt, h uint64)) {
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
				fn(nameAt{c.k, i, n}, h)
			}
		}
	}
}

// hashedName is a name with a hash of its loose key.
type hashedName struct {
	at nameAt
	h  uint64
}

// all is the names each walks, in its order: walked once for the two
// passes of windowGroups.
func (x *nameIndex) all() []hashedName {
	out := make([]hashedName, 0, x.count())
	x.each(func(at nameAt, h uint64) { out = append(out, hashedName{at, h}) })
	return out
}

// count is how many names each walks.
func (x *nameIndex) count() int {
	n := 0
	for _, c := range x.titles {
		ix, i := x.idx[c.k], c.i
		k := i + 1 // the words after the first that the names take
		for k < len(ix.lex) && k-i < maxNameWords && ix.spaced[k] {
			k++
		}
		n += max(0, k-i-(minNameWords-1))
	}
	return n
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
// fifth of what a Go map of uint64 costs a name (some 700 a notice).
type hashTable struct {
	slots []hashEntry
	n     int
}

// hashEntry is a hash filed, with the first name that had it and
// whether a name written otherwise had it too.
type hashEntry struct {
	key     uint64
	used    bool
	twoWays bool
	first   nameAt
}

// newHashTable returns a table for about n hashes.
func newHashTable(n int) *hashTable {
	size := 64
	for size < 2*n {
		size *= 2
	}
	return &hashTable{slots: make([]hashEntry, size)}
}

// find returns the slot of key, or the empty slot where it would go.
func (t *hashTable) find(key uint64) *hashEntry {
	mask := uint64(len(t.slots) - 1)
	i := (key ^ key>>29) & mask
	for t.slots[i].used && t.slots[i].key != key {
		i = (i + 1) & mask
	}
	return &t.slots[i]
}

// entry returns the entry of key, made if it is new (fresh).
func (t *hashTable) entry(key uint64) (e *hashEntry, fresh bool) {
	if e = t.find(key); e.used {
		return e, false
	}
	if 2*(t.n+1) > len(t.slots) {
		old := t.slots
		t.slots = make([]hashEntry, 2*len(old))
		for _, o := range old {
			if o.used {
				*t.find(o.key) = o
			}
		}
		e = t.find(key)
	}
	t.n++
	e.key, e.used = key, true
	return e, true
}

// has reports whether key is filed.
func (t *hashTable) has(key uint64) bool { return t.find(key).used }

// twoWays reports whether key is filed and a name written otherwise had
// it too.
func (t *hashTable) twoWays(key uint64) bool { e := t.find(key); return e.used && e.twoWays }
