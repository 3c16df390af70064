package check

import "sync/atomic"

// packedBook is the phrase book as phrase_book_gen.go holds it: with no
// pointer in its tables, so that the garbage collector, which walks every
// pointer of the program's data at each collection, does not walk them.
// As a phraseBook, the tables were some 750 KB of string and slice
// headers (the near-misses alone 9,900 of 48 bytes), 3.5M instructions of
// the one collection a render makes. unpack makes the phraseBook once a
// process, in a few allocations: its ids and strings point into code and
// text; the near-misses are unpacked as they are met (slipCode).
//
// text holds every string of the book once. code is read in order, each
// table's elements made in one allocation from the count before them:
//
//	the count of all strings of tokens, wordPairs, phrases and exceptions
//	tokens:     n, then n strings
//	wordPairs:  n, then n strings
//	coverIDs:   n, the count of all lists; for each, -1 for none, or a
//	            count of lists, then the lists
//	phrases:    the count of phrases and exceptions; n, then for each a
//	            count of strings and the strings
//	exceptions: n, then as phrases
//
// where a string is its offset and length in text, and a list of ids its
// length, then the ids.
type packedBook struct {
	pairKeys []uint64
	text     string
	code     []int32
	// slipCode holds the near-misses of each pair from pairAt[i]: their
	// count, then for each its ids (a list), its phrase (a string), its
	// flags (1 edge, 2 listed, 4 term) and caps. They are unpacked a pair at a
	// time, on first use (phraseBook.slipsOf): a notice meets a few
	// hundred of the 3,500 pairs, and unpacking all 9,900 near-misses
	// cost every process 1.1M instructions.
	slipCode []int32
	pairAt   []int32
}

// bookReader reads the code of a packedBook.
type bookReader struct {
	code []int32
	text string
	i    int
}

func (r *bookReader) int() int {
	v := r.code[r.i]
	r.i++
	return int(v)
}

func (r *bookReader) str() string {
	off, n := int(r.code[r.i]), int(r.code[r.i+1])
	r.i += 2
	return r.text[off : off+n]
}

func (r *bookReader) ids() []int32 {
	n := int(r.code[r.i])
	l := r.code[r.i+1 : r.i+1+n : r.i+1+n]
	r.i += 1 + n
	return l
}

// strs reads a count and as many strings into pool, and returns them and
// the rest of pool.
func (r *bookReader) strs(pool []string) ([]string, []string) {
	n := r.int()
	l := pool[:n:n]
	for k := range l {
		l[k] = r.str()
	}
	return l, pool[n:]
}

// unpack makes the phrase book p packs, in one allocation for each kind
// of table.
func (p *packedBook) unpack() *phraseBook {
	r := &bookReader{code: p.code, text: p.text}
	b := &phraseBook{pairKeys: p.pairKeys}
	strPool := make([]string, r.int())
	b.tokens, strPool = r.strs(strPool)
	b.wordPairs, strPool = r.strs(strPool)
	b.packed, b.slipsMade = p, make([]atomic.Pointer[[]slip], len(p.pairKeys))
	b.coverIDs = make([][][]int32, r.int())
	idsPool := make([][]int32, r.int())
	for i := range b.coverIDs {
		n := r.int()
		if n < 0 {
			continue
		}
		l := idsPool[:n:n]
		idsPool = idsPool[n:]
		for k := range l {
			l[k] = r.ids()
		}
		b.coverIDs[i] = l
	}
	listPool := make([][]string, r.int())
	for _, t := range []*[][]string{&b.phrases, &b.exceptions} {
		n := r.int()
		*t, listPool = listPool[:n:n], listPool[n:]
		for k := range *t {
			(*t)[k], strPool = r.strs(strPool)
		}
	}
	if r.i != len(p.code) || len(strPool)+len(idsPool)+len(listPool) != 0 {
		panic("check: the packed phrase book does not add up")
	}
	return b
}

// slips unpacks the near-misses of the pair at pi.
func (p *packedBook) slips(pi int) []slip {
	r := &bookReader{code: p.slipCode, text: p.text, i: int(p.pairAt[pi])}
	l := make([]slip, r.int())
	for k := range l {
		s := &l[k]
		s.ids, s.phrase = r.ids(), r.str()
		f := r.int()
		s.edge, s.listed, s.term = f&1 != 0, f&2 != 0, f&4 != 0
		s.caps = uint32(r.int())
	}
	return l
}

// slipsOf returns the near-misses of the pair at pi (pairKeys): from
// builtSlips in a book readPhrases made, unpacked on first use in the
// book of phrase_book_gen.go. Two checks that meet the pair at once may
// both unpack it: the same near-misses, one of them kept.
func (b *phraseBook) slipsOf(pi int) []slip {
	if b.packed == nil {
		return b.builtSlips[pi]
	}
	made := &b.slipsMade[pi]
	if l := made.Load(); l != nil {
		return *l
	}
	l := b.packed.slips(pi)
	made.CompareAndSwap(nil, &l)
	return *made.Load()
}
