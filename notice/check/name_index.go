package check

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/cite"
)

// nameIndex walks the names windowGroups reads: runs of two to
// maxNameWords words that start with a capitalised word and are parted by
// spaces only.
type nameIndex struct {
	segs  []*Seg
	words [][]wordAt
	loose [][]uint64 // a hash of each word's loose form; 0 until worked out
}

// nameAt is words i to i+n of segment seg.
type nameAt struct{ seg, i, n int }

func newNameIndex(v *View, segs []*Seg) *nameIndex {
	x := &nameIndex{segs: segs, words: make([][]wordAt, len(segs)), loose: make([][]uint64, len(segs))}
	for k, s := range segs {
		x.words[k] = v.words(s.Text)
	}
	return x
}

// each calls fn for each name with a hash of its loose key.
func (x *nameIndex) each(fn func(at nameAt, h uint64)) {
	for k, s := range x.segs {
		ws := x.words[k]
		for i := range ws {
			if !titleCase(ws[i].text) {
				continue
			}
			h := uint64(fnvOffset)
			for n := 1; n <= maxNameWords && i+n <= len(ws); n++ {
				if n > 1 && !spaced(s.Text, ws[i+n-2].end, ws[i+n-1].off) {
					break
				}
				h = (h ^ x.looseHash(k, i+n-1)) * fnvPrime
				if n >= minNameWords {
					fn(nameAt{k, i, n}, h)
				}
			}
		}
	}
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func (x *nameIndex) looseHash(seg, i int) uint64 {
	if x.loose[seg] == nil {
		x.loose[seg] = make([]uint64, len(x.words[seg]))
	}
	h := &x.loose[seg][i]
	if *h == 0 {
		*h = looseHash(x.words[seg][i].text) | 1 // never 0
	}
	return *h
}

// sameWords reports whether two names are the same words as written.
func (x *nameIndex) sameWords(a, b nameAt) bool {
	if a.n != b.n {
		return false
	}
	wa, wb := x.words[a.seg][a.i:a.i+a.n], x.words[b.seg][b.i:b.i+b.n]
	for k := range wa {
		if wa[k].text != wb[k].text {
			return false
		}
	}
	return true
}

// key is the name's words in some form, each followed by a space.
func (x *nameIndex) key(at nameAt, form func(string) string) string {
	var b strings.Builder
	for _, w := range x.words[at.seg][at.i : at.i+at.n] {
		b.WriteString(form(w.text))
		b.WriteByte(' ')
	}
	return b.String()
}

func exactForm(w string) string { return w }

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
	for _, w := range x.words[at.seg][at.i : at.i+at.n] {
		h = (h ^ lowerWordHash(w.text)) * fnvPrime
	}
	return h
}

// addCuts adds the lower hash of each name made of at with one inner word
// left out, as missingWord cuts it (the two words at each end kept).
func (x *nameIndex) addCuts(at nameAt, cuts map[uint64]bool) {
	ws := x.words[at.seg][at.i : at.i+at.n]
	for i := 2; i < len(ws)-2; i++ {
		h := uint64(fnvOffset)
		for k, w := range ws {
			if k != i {
				h = (h ^ lowerWordHash(w.text)) * fnvPrime
			}
		}
		cuts[h] = true
	}
}

// mayStartWithBody reports whether the name's first word may start the
// name of a body or an owner (startsWithOrg, startsWithOwner): it is "các"
// or the first word of one of their heads.
func (x *nameIndex) mayStartWithBody(at nameAt) bool {
	w := strings.ToLower(x.words[at.seg][at.i].text)
	if w == "các" {
		return true
	}
	if _, ok := ownerHeadIndex()[w]; ok {
		return true
	}
	_, ok := orgHeadIndex()[cite.Fold(w)]
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
