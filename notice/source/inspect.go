package source

import (
	"bytes"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/unicode/norm"
)

// Facts are what a text field's loader asks of its string before it keeps
// it, found in one pass (Inspect) where asking each question apart reads
// the string five times: its length, whether it is in NFC, whether its
// white space is already folded, and its first forbidden character.
type Facts struct {
	Runes  int  // utf8.RuneCountInString
	Stable bool // every rune stable under NFC (allStable): the text is in NFC
	Folded bool // folded: white space only as single spaces between words
	// Newlines: not Folded, but would be with each newline a space: its
	// only other white space is single newlines between words, so that
	// the folded text is s with each newline written as a space, of the
	// same length.
	Newlines bool
	// WideSpace: a white space character beyond ASCII (U+00A0, U+3000,
	// ...); without one the fold looks at the ASCII bytes alone.
	WideSpace bool
	Bad       int  // FirstBad's offset, or -1
	BadRune   rune // FirstBad's rune
}

// asciiClass sorts the ASCII bytes for Inspect: 0 for the bytes of words.
var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := range utf8.RuneSelf {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F {
			t[c] |= classBad
		}
		if c == ' ' || '\t' <= c && c <= '\r' {
			t[c] |= classSpace
		}
	}
	return t
}()

const (
	classSpace = 1 << iota // white space (unicode.IsSpace)
	classBad               // BadRune
)

// Inspect reads s once for its Facts: a run of an ASCII word's bytes
// by wordRun, a space and a Vietnamese letter (plainLead) in the loop,
// anything else by inspectASCII and inspectRune.
func Inspect(s string) Facts {
	f := Facts{Stable: true, Folded: true, Bad: -1}
	space := true  // after white space, or at the start: a space here is not folded
	lines := false // a single newline between words, which Folded leaves to Newlines
	for i := 0; i < len(s); {
		if j := wordRun(s, i); j > i {
			f.Runes += j - i
			space = false
			if i = j; i == len(s) {
				break
			}
		}
		c := s[i]
		f.Runes++
		if c == ' ' {
			if space {
				f.Folded = false
			}
			space = true
			i++
			continue
		}
		if c < utf8.RuneSelf {
			inspectASCII(&f, c, i, &space, &lines)
			i++
			continue
		}
		if w := plainLead(s, i); w > 0 {
			space = false // a plain letter or sign: most of a Vietnamese text
			i += w
			continue
		}
		i += inspectRune(&f, s, i, &space)
	}
	if space && s != "" {
		f.Folded = false
	}
	f.Newlines = lines && f.Folded
	f.Folded = f.Folded && !lines
	return f
}

// wordRun is the end of the run of ASCII bytes of words (0x21-0x7E:
// neither white space nor BadRune) at s[i:].
func wordRun(s string, i int) int {
	for i < len(s) && s[i]-0x21 < 0x7F-0x21 {
		i++
	}
	return i
}

// inspectASCII takes an ASCII byte other than a word's or a space at
// offset i into f.
func inspectASCII(f *Facts, c byte, i int, space, lines *bool) {
	cl := asciiClass[c]
	if cl&classBad != 0 && f.Bad < 0 {
		f.Bad, f.BadRune = i, rune(c)
	}
	if cl&classSpace == 0 {
		*space = false
		return
	}
	switch {
	case *space:
		f.Folded = false
	case c == '\n':
		*lines = true
	default: // tab, vertical tab, form feed, carriage return
		f.Folded = false
	}
	*space = true
}

// plainLead is the width of the rune at s[i] (not ASCII) when it is
// well formed in two or three bytes and every rune of its block of 64
// is plain (plainRunes), told by its first two bytes; else 0.
func plainLead(s string, i int) int {
	c := s[i]
	switch {
	case c >= 0xC2 && c < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
		if plainRunes[c&0x1F] == 1<<64-1 {
			return 2
		}
	case c >= 0xE1 && c < 0xE0|stableLimit>>12 && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80:
		if plainRunes[int(c&0x0F)<<6|int(s[i+1]&0x3F)] == 1<<64-1 {
			return 3
		}
	}
	return 0
}

// inspectRune takes the rune at s[i] (not ASCII) into f and gives its
// width: utf8.DecodeRuneInString(s[i:]), the letters' two- and
// three-byte forms read here, the rest (and anything broken) by utf8.
func inspectRune(f *Facts, s string, i int, space *bool) int {
	c := s[i]
	var r rune
	var w int
	switch {
	case c >= 0xE1 && c < 0xED && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80:
		r, w = rune(c&0x0F)<<12|rune(s[i+1]&0x3F)<<6|rune(s[i+2]&0x3F), 3
	case c >= 0xC2 && c < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
		r, w = rune(c&0x1F)<<6|rune(s[i+1]&0x3F), 2
	default:
		r, w = utf8.DecodeRuneInString(s[i:])
	}
	if r < stableLimit && plainRunes[r/64]&(1<<(r%64)) != 0 {
		*space = false
		return w
	}
	if r >= stableLimit || stableRunes[r/64]&(1<<(r%64)) == 0 {
		f.Stable = false
	}
	if f.Bad < 0 && BadRune(r) {
		f.Bad, f.BadRune = i, r
	}
	if r == 0x85 || r == 0xA0 || r == 0x1680 || r >= 0x2000 && unicode.IsSpace(r) {
		f.Folded, f.WideSpace = false, true
		*space = true
	} else {
		*space = false
	}
	return w
}

// NormalizeFoldMap is NormalizeInspected that also gives, for a string
// whose Facts say Stable (valid UTF-8 in NFC), its FoldMap
// (NewFoldMapNFC's), made as the string is folded; ok is false, and the
// map empty, for any other string.
func NormalizeFoldMap(s string, f Facts) (norm string, m FoldMap, ok bool) {
	switch {
	case !f.Stable:
		return NormalizeInspected(s, f), FoldMap{}, false
	case f.Folded:
		return s, FoldMap{s: s, n: len(s)}, true
	case f.Newlines:
		return newlinesAsSpaces(s), FoldMap{s: s, n: len(s)}, true
	}
	norm = foldSpacesMap(s, &m, !f.WideSpace)
	return norm, m, true
}

// NormalizeInspected is Normalize(s) for a string whose Facts are f.
func NormalizeInspected(s string, f Facts) string {
	nfc := f.Stable || norm.NFC.QuickSpanString(s) == len(s) || norm.NFC.IsNormalString(s)
	if nfc && f.Folded {
		return s // the common case: nothing to do, nothing to allocate
	}
	if nfc && f.Newlines {
		return newlinesAsSpaces(s)
	}
	if !nfc {
		return foldSpaces(norm.NFC.String(s))
	}
	return foldSpacesMap(s, nil, !f.WideSpace)
}

// newlinesAsSpaces is foldSpaces of a text whose Facts say Newlines: s
// with each newline written as a space, found by strings.IndexByte where
// foldSpaces reads every byte for white space.
func newlinesAsSpaces(s string) string {
	b := []byte(s)
	for i := 0; ; {
		j := bytes.IndexByte(b[i:], '\n')
		if j < 0 {
			break
		}
		b[i+j] = ' '
		i += j + 1
	}
	return unsafe.String(unsafe.SliceData(b), len(b)) // b is not written again
}
