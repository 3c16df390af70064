package source

import (
	"sort"
	"unicode/utf8"
)

// A FoldMap is the map NormalizeMap gives of a valid UTF-8 text in NFC,
// kept as the few places where the offset between the normalised text and
// the text changes (white space other than one space, at the start or in
// a run): a text as typed has few of them, where NormalizeMap allocates
// an int a byte.
type FoldMap struct {
	s      string
	n      int // the length of the normalised text
	breaks []foldBreak
}

// foldBreak says that byte norm of the normalised text, and those after
// it up to the next break, come from byte from of the text and those
// after it.
type foldBreak struct{ norm, from int }

// NewFoldMap returns the map of s, and false when s is not valid UTF-8 in
// NFC: NormalizeMap must then be asked.
func NewFoldMap(s string) (FoldMap, bool) {
	if !utf8.ValidString(s) || !IsNFC(s) {
		return FoldMap{}, false
	}
	return NewFoldMapNFC(s), true
}

// NewFoldMapNFC is NewFoldMap of a text its caller knows to be valid UTF-8
// in NFC (a loaded text whose source.Facts say Stable), without reading it
// for that again.
func NewFoldMapNFC(s string) FoldMap {
	f := FoldMap{s: s}
	delta := 0    // from - norm where the last break left it
	pending := -1 // offset of a white space run not yet written
	at := func(norm, from int) {
		if from-norm != delta {
			f.breaks = append(f.breaks, foldBreak{norm, from})
			delta = from - norm
		}
	}
	for i := 0; i < len(s); {
		j, w := nextSpace(s, i)
		if j > i {
			if pending >= 0 {
				at(f.n, pending) // the one space the run is written as
				f.n++
				pending = -1
			}
			at(f.n, i)
			f.n += j - i
		}
		if w == 0 {
			break
		}
		if pending < 0 && f.n > 0 {
			pending = j
		}
		i = j + w
	}
	return f
}

// Text is the text the map was made of.
func (f *FoldMap) Text() string { return f.s }

// Len is the length of the normalised text.
func (f *FoldMap) Len() int { return f.n }

// At is the byte of the text byte k of the normalised text comes from
// (the first byte of its character), for 0 <= k < f.Len().
func (f *FoldMap) At(k int) int {
	from := k
	if i := sort.Search(len(f.breaks), func(i int) bool { return f.breaks[i].norm > k }); i > 0 {
		b := f.breaks[i-1]
		from = b.from + k - b.norm
	}
	for from > 0 && !utf8.RuneStart(f.s[from]) {
		from--
	}
	return from
}
