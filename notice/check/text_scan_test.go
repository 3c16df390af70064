package check

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestScanTextAsBefore holds scanText to its loop as it stood at
// c170cf08 (scanTextAsBefore, one loop over every byte, where each
// run of letters now has a loop of its own, letterRunEnd): the same
// words, tokens, offsets of marks, validity and marks, on every text
// file of testdata (the held-out sets left out), each whole and line by
// line, and on made texts of every kind of rune at every edge, scanned
// into scratch slices that hold a text before as the index's do.
func TestScanTextAsBefore(t *testing.T) {
	var sc scanScratch
	texts, bytes := 0, 0
	for _, s := range scanTestTexts(t) {
		sc.same(t, s)
		texts, bytes = texts+1, bytes+len(s)
	}
	if texts < 100000 || bytes < 20<<20 {
		t.Fatalf("%d texts of %d bytes scanned: too few", texts, bytes)
	}
}

// scanScratch holds the slices both scans append to, kept from text
// to text.
type scanScratch struct {
	words, oldWords []wordAt
	toks, oldToks   []token
	offs, oldOffs   []int32
}

// same scans s both ways and fails the test where they differ.
func (sc *scanScratch) same(t *testing.T, s string) {
	t.Helper()
	var valid, oldValid bool
	var marks, oldMarks [2]uint64
	sc.words, sc.toks, sc.offs, valid, marks = scanText(s, sc.words[:0], sc.toks[:0], sc.offs[:0])
	sc.oldWords, sc.oldToks, sc.oldOffs, oldValid, oldMarks = scanTextAsBefore(s, sc.oldWords[:0], sc.oldToks[:0], sc.oldOffs[:0])
	if k := firstDiff(sc.words, sc.oldWords); k >= 0 {
		t.Fatalf("scanText(%.80q): word %d of %d %v, before %d %v", s, k, len(sc.words), elemAt(sc.words, k), len(sc.oldWords), elemAt(sc.oldWords, k))
	}
	if k := firstDiff(sc.toks, sc.oldToks); k >= 0 {
		t.Fatalf("scanText(%.80q): token %d of %d %v, before %d %v", s, k, len(sc.toks), elemAt(sc.toks, k), len(sc.oldToks), elemAt(sc.oldToks, k))
	}
	if k := firstDiff(sc.offs, sc.oldOffs); k >= 0 {
		t.Fatalf("scanText(%.80q): mark %d of %d at %v, before %d %v", s, k, len(sc.offs), elemAt(sc.offs, k), len(sc.oldOffs), elemAt(sc.oldOffs, k))
	}
	if valid != oldValid || marks != oldMarks {
		t.Fatalf("scanText(%.80q): valid %v marks %x, before %v %x", s, valid, marks, oldValid, oldMarks)
	}
}

// firstDiff is the first place where a and b differ, -1 when nowhere.
func firstDiff[T comparable](a, b []T) int {
	for k := range min(len(a), len(b)) {
		if a[k] != b[k] {
			return k
		}
	}
	if len(a) != len(b) {
		return min(len(a), len(b))
	}
	return -1
}

// elemAt is a[k], or nothing past its end.
func elemAt[T any](a []T, k int) any {
	if k < len(a) {
		return a[k]
	}
	return "(none)"
}

// scanTestTexts are the text files of testdata (the held-out sets left
// out), each whole and each of its lines, and made texts: every rune up
// to U+3000 and broken bytes, alone, between letters, after a figure and
// at the end.
func scanTestTexts(t *testing.T) []string {
	var out []string
	for _, root := range []string{"../../testdata", "../../notice"} {
		filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			if d.IsDir() {
				if rel, _ := filepath.Rel("../../testdata", p); rel == "corpus/heldout" || rel == "corpus-pending" || rel == "word-heldout" {
					return filepath.SkipDir
				}
				return nil
			}
			if ext := filepath.Ext(p); ext != ".toml" && ext != ".txt" && ext != ".md" {
				return nil
			}
			src, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, string(src))
			out = append(out, strings.Split(string(src), "\n")...)
			return nil
		})
	}
	var made []string
	for r := rune(0); r < 0x3000; r++ {
		made = append(made, string(r))
	}
	made = append(made, "\xc3", "\xe1\xbb", "\xe1\xb8\xc0", "\xc0\x80", "\xff", "\xc9\xbf", "\xed\xa0\x80", "\ufffd")
	for _, m := range made {
		out = append(out, m, "a"+m, "Đà"+m+"Nẵng", "số 12"+m+"3", m+"&x", "a, "+m+" – b")
	}
	return out
}

// scanTextAsBefore is scanText as it stood at c170cf08.
func scanTextAsBefore(s string, words []wordAt, toks []token, offs []int32) ([]wordAt, []token, []int32, bool, [2]uint64) {
	ws, ts := -1, -1 // where the word and the token being read start
	letter := false
	valid := true
	var marks [2]uint64 // the ASCII bytes that are not letters
	for i := 0; i < len(s); {
		r, w := rune(s[i]), 1
		if r < utf8.RuneSelf {
			if 'a' <= r|0x20 && r|0x20 <= 'z' { // isLetter, the quick way
				if ws < 0 {
					ws = i
				}
				if ts < 0 {
					ts = i
				}
				i++
				continue
			}
		} else if r, w, letter = decodeLetterAsBefore(s, i); letter { // unicode.IsLetter
			if ws < 0 {
				ws = i
			}
			if ts < 0 {
				ts = i
			}
			i += w
			continue
		}
		if ws >= 0 {
			words = append(words, wordAt{s[ws:i], ws, i})
			ws = -1
		}
		if r < utf8.RuneSelf {
			marks[r>>6] |= 1 << (r & 63)
			if r != ' ' {
				offs = append(offs, int32(i))
			}
		}
		if r == utf8.RuneError && w == 1 {
			valid = false
		}
		if '0' <= r && r <= '9' || r >= utf8.RuneSelf && unicode.IsDigit(r) || r == '&' {
			if ts < 0 {
				ts = i
			}
			i += w
			continue
		}
		if ts >= 0 {
			toks = append(toks, token{off: ts, end: i, id: -1})
			ts = -1
		}
		switch r {
		case ',':
			toks = append(toks, token{text: ",", off: i, end: i + 1, id: -1})
		case ' ', '\u00a0', '-', '–':
		default:
			toks = append(toks, token{text: ".", off: i, end: i + utf8.RuneLen(r), id: -1})
		}
		i += w
	}
	if ws >= 0 {
		words = append(words, wordAt{s[ws:], ws, len(s)})
	}
	if ts >= 0 {
		toks = append(toks, token{off: ts, end: len(s), id: -1})
	}
	return words, toks, offs, valid, marks
}

// decodeLetterAsBefore is decodeLetter as it stood at c170cf08, which
// scanTextAsBefore called.
func decodeLetterAsBefore(s string, i int) (rune, int, bool) {
	c := s[i]
	if c >= 0xC2 && c <= 0xC9 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 { // U+0080 to U+027F
		if r := rune(c&0x1F)<<6 | rune(s[i+1]&0x3F); r < 0x250 {
			return r, 2, runeClassTable[r]&classLetter != 0
		}
	}
	if c == 0xE1 && i+2 < len(s) && s[i+1] >= 0xB8 && s[i+1] <= 0xBB && s[i+2]&0xC0 == 0x80 { // U+1E00 to U+1EFF
		r := 0x1000 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F)
		return r, 3, runeClassTable[r-0x1E00+0x250]&classLetter != 0
	}
	r, w := utf8.DecodeRuneInString(s[i:])
	return r, w, isLetter(r)
}
