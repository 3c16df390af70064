package source

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Normalize returns s in NFC with runs of white space folded to one space
// and the ends trimmed: a text field as the renderers use it.
func Normalize(s string) string {
	return NormalizeInspected(s, Inspect(s))
}

// foldSpaces writes s with each run of white space as one space, and none
// at the ends: NormalizeMap's folding, copying the text between spaces at
// once.
func foldSpaces(s string) string {
	return foldSpacesMap(s, nil, false)
}

// foldSpacesMap is foldSpaces that also writes, when f is not nil, the
// FoldMap of s (NewFoldMapNFC's) as it folds: the breaks are where it
// writes a space for a run of white space or skips one. narrow says s
// holds no white space beyond ASCII (its Facts' WideSpace is false), so
// that nextNarrowBreak finds where to stop.
func foldSpacesMap(s string, f *FoldMap, narrow bool) string {
	var out strings.Builder // grown once, not zeroed, not copied at the end
	out.Grow(len(s))
	pending := false // white space since the last text written
	run := 0         // where that white space starts
	delta := 0       // from - norm where the last break left it
	for i := 0; i < len(s); {
		var j, w int
		if narrow {
			j, w = nextNarrowBreak(s, i)
		} else {
			j, w = nextFoldBreak(s, i)
		}
		if j > i {
			if pending && out.Len() > 0 {
				if f != nil && run-out.Len() != delta {
					delta = run - out.Len()
					f.breaks = append(f.breaks, foldBreak{out.Len(), run})
				}
				out.WriteByte(' ')
			}
			if f != nil && i-out.Len() != delta {
				delta = i - out.Len()
				f.breaks = append(f.breaks, foldBreak{out.Len(), i})
			}
			out.WriteString(s[i:j])
			pending = false
		}
		if w == 0 {
			break
		}
		if !pending {
			run = j
		}
		pending = true
		i = j + w
	}
	if f != nil {
		f.s, f.n = s, out.Len()
	}
	return out.String()
}

// nextFoldBreak is where foldSpacesMap stops copying s from i on: the
// first white space at or after i that is not a single space between two
// words (a space at i, one before other white space, one that ends s), its
// offset and width, or len(s) and 0. A single space stays as it is, read
// in the same loop as the word's bytes.
func nextFoldBreak(s string, i int) (int, int) {
	for k := i; k < len(s); k++ {
		c := s[k]
		if !spaceStart[c] {
			continue
		}
		if c == ' ' && k > i && k+1 < len(s) && !spaceAt(s, k+1) {
			continue // a single space between two words
		}
		if c < utf8.RuneSelf {
			return k, 1
		}
		if w := spaceWidth(s, k); w > 0 {
			return k, w
		}
	}
	return len(s), 0
}

// nextNarrowBreak is nextFoldBreak of a text with no white space beyond
// ASCII: only the ASCII white space bytes are looked at, where
// nextFoldBreak asks spaceWidth of every lead byte a wide space shares
// with the Vietnamese letters (0xE1).
func nextNarrowBreak(s string, i int) (int, int) {
	for k := i; k < len(s); k++ {
		if !narrowSpace[s[k]] {
			continue
		}
		if s[k] == ' ' && k > i && k+1 < len(s) && !narrowSpace[s[k+1]] {
			continue // a single space between two words
		}
		return k, 1
	}
	return len(s), 0
}

// narrowSpace marks the ASCII white space bytes (unicode.IsSpace).
var narrowSpace = [256]bool{' ': true, '\t': true, '\n': true, '\v': true, '\f': true, '\r': true}

// spaceAt reports a white space character at s[k].
func spaceAt(s string, k int) bool {
	c := s[k]
	return spaceStart[c] && (c < utf8.RuneSelf || spaceWidth(s, k) > 0)
}

// nextSpace finds the first white space character (unicode.IsSpace) of s
// at or after i: its offset and width, or len(s) and 0. Only the lead
// bytes a white space character can start with are decoded.
func nextSpace(s string, i int) (int, int) {
	for ; i < len(s); i++ {
		c := s[i]
		if !spaceStart[c] {
			continue // no white space starts with this byte; a rune's continuation bytes are skipped in turn
		}
		if c < utf8.RuneSelf {
			return i, 1
		}
		if w := spaceWidth(s, i); w > 0 {
			return i, w
		}
	}
	return len(s), 0
}

// spaceWidth is the length of the white space character starting with the
// byte s[i] >= 0x80, or 0: its bytes are compared, not decoded, since 0xE1
// also starts every letter of Latin Extended Additional ("ạ", "ế"), which
// are most of a Vietnamese text's non-ASCII letters.
func spaceWidth(s string, i int) int {
	if i+1 >= len(s) {
		return 0
	}
	c1 := s[i+1]
	switch s[i] {
	case 0xC2: // U+0085, U+00A0
		if c1 == 0x85 || c1 == 0xA0 {
			return 2
		}
		return 0
	}
	if i+2 >= len(s) {
		return 0
	}
	c2 := s[i+2]
	switch s[i] {
	case 0xE1: // U+1680
		if c1 == 0x9A && c2 == 0x80 {
			return 3
		}
	case 0xE2: // U+2000-U+200A, U+2028, U+2029, U+202F, U+205F
		if c1 == 0x80 && (0x80 <= c2 && c2 <= 0x8A || c2 == 0xA8 || c2 == 0xA9 || c2 == 0xAF) || c1 == 0x81 && c2 == 0x9F {
			return 3
		}
	case 0xE3: // U+3000
		if c1 == 0x80 && c2 == 0x80 {
			return 3
		}
	}
	return 0
}

// IndexSpace is strings.IndexFunc(s, unicode.IsSpace), looking at the
// bytes a white space character starts with and decoding nothing.
func IndexSpace(s string) int {
	if i, w := nextSpace(s, 0); w > 0 {
		return i
	}
	return -1
}

// spaceStart marks the bytes a white space character may start with: the
// ASCII ones, and the lead bytes of U+0085 and U+00A0 (0xC2), U+1680
// (0xE1), U+2000-U+205F (0xE2) and U+3000 (0xE3).
var spaceStart = [256]bool{' ': true, '\t': true, '\n': true, '\v': true, '\f': true, '\r': true,
	0xC2: true, 0xE1: true, 0xE2: true, 0xE3: true}

// NormalizeMap is Normalize that can also say, for each byte of the result,
// which byte of s it came from.
func NormalizeMap(s string, wantMap bool) (string, []int) {
	nfc, m1 := toNFC(s, wantMap)
	out := make([]byte, 0, len(nfc))
	var m2 []int
	pending := -1 // offset of a white space run not yet written
	for i := 0; i < len(nfc); {
		r, w := rune(nfc[i]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(nfc[i:])
		}
		if unicode.IsSpace(r) {
			if pending < 0 && len(out) > 0 {
				pending = i
			}
			i += w
			continue
		}
		if pending >= 0 {
			out = append(out, ' ')
			m2 = appendMap(m2, wantMap, pending, 1)
			pending = -1
		}
		out = append(out, nfc[i:i+w]...)
		m2 = appendMap(m2, wantMap, i, w)
		i += w
	}
	if !wantMap {
		return string(out), nil
	}
	for i, k := range m2 {
		m2[i] = m1[k]
	}
	return string(out), m2
}

func appendMap(m []int, want bool, from, n int) []int {
	if !want {
		return m
	}
	for range n {
		m = append(m, from)
	}
	return m
}

// toNFC normalises s, optionally mapping each output byte to the start of
// the input segment it came from.
func toNFC(s string, wantMap bool) (string, []int) {
	if IsNFC(s) {
		return s, Identity(len(s), wantMap)
	}
	if !wantMap {
		return norm.NFC.String(s), nil
	}
	var it norm.Iter
	it.InitString(norm.NFC, s)
	var out []byte
	var m []int
	for !it.Done() {
		start := it.Pos()
		seg := it.Next()
		out = append(out, seg...)
		m = appendMap(m, true, start, len(seg))
	}
	return string(out), m
}

// IsNFC reports whether s is in NFC: norm.NFC.IsNormalString, which
// allocates, after its quick check, which does not and mostly decides, and
// before both a look at each rune in a table (nfcstable.go), which decides
// for Vietnamese text at a fraction of their cost.
func IsNFC(s string) bool {
	return allStable(s) || norm.NFC.QuickSpanString(s) == len(s) || norm.NFC.IsNormalString(s)
}

// allStable reports whether every rune of s is one a text in NFC may hold
// anywhere: in NFC on its own, of combining class 0, combining with
// nothing before it. Such a text is in NFC.
func allStable(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if r >= stableLimit || stableRunes[r/64]&(1<<(r%64)) == 0 {
			return false
		}
		i += w
	}
	return true
}

// BadRune reports whether r may not appear in a text field: control
// characters other than tab and newlines, and invisible format characters
// (zero-width spaces, bidirectional overrides, soft hyphens, BOMs).
func BadRune(r rune) bool {
	switch {
	case r == '\t' || r == '\n' || r == '\r':
		return false
	case r < 0x600:
		// Below U+0600 the controls are C0 and C1 and the one format
		// character is the soft hyphen: the letters of Vietnamese but the
		// ones of Latin Extended Additional are here.
		return r < 0x20 || r >= 0x7F && r <= 0x9F || r == 0xAD
	case r >= 0x1E00 && r < 0x1F00:
		return false // Latin Extended Additional: letters only
	}
	return unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || r == utf8.RuneError
}

// FirstBad returns the offset of the first rune of s that BadRune
// refuses, and the rune; -1 when there is none. ASCII is looked at byte by
// byte, without decoding.
func FirstBad(s string) (int, rune) {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F {
				return i, rune(c)
			}
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if BadRune(r) {
			return i, r
		}
		i += w
	}
	return -1, 0
}

// Identity is the map of a text to itself, when want is set.
func Identity(n int, want bool) []int {
	if !want {
		return nil
	}
	m := make([]int, n)
	for i := range m {
		m[i] = i
	}
	return m
}
