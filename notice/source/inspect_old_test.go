package source

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/internal/testlines"
)

// inspectOld is Inspect as it was before s75c: one loop, each rune
// decoded and looked up in plainRunes.
func inspectOld(s string) Facts {
	f := Facts{Stable: true, Folded: true, Bad: -1}
	space := true  // after white space, or at the start: a space here is not folded
	lines := false // a single newline between words, which Folded leaves to Newlines
	for i := 0; i < len(s); {
		c := s[i]
		f.Runes++
		if c < utf8.RuneSelf {
			cl := asciiClass[c]
			i++
			if cl == 0 {
				space = false
				continue
			}
			if cl&classBad != 0 && f.Bad < 0 {
				f.Bad, f.BadRune = i-1, rune(c)
			}
			if cl&classSpace != 0 {
				switch {
				case space:
					f.Folded = false
				case c == '\n':
					lines = true
				case c != ' ':
					f.Folded = false
				}
				space = true
			} else {
				space = false
			}
			continue
		}
		// utf8.DecodeRuneInString(s[i:]), the letters' two- and
		// three-byte forms read here, the rest (and anything broken) by
		// utf8
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
			space = false // a plain letter or sign: most of a Vietnamese text
			i += w
			continue
		}
		if r >= stableLimit || stableRunes[r/64]&(1<<(r%64)) == 0 {
			f.Stable = false
		}
		if f.Bad < 0 && BadRune(r) {
			f.Bad, f.BadRune = i, r
		}
		if r == 0x85 || r == 0xA0 || r == 0x1680 || r >= 0x2000 && unicode.IsSpace(r) {
			f.Folded, f.WideSpace, space = false, true, true
		} else {
			space = false
		}
		i += w
	}
	if space && s != "" {
		f.Folded = false
	}
	f.Newlines = lines && f.Folded
	f.Folded = f.Folded && !lines
	return f
}

// TestInspectAsOld holds Inspect to the loop it replaced on every rune
// between letters, spaces and at either end, on every line and whole
// file of testdata (sources of every kind, broken ones among them), and
// on random mixes of ASCII, letters, marks, spaces, controls and broken
// UTF-8.
func TestInspectAsOld(t *testing.T) {
	check := func(s string) {
		t.Helper()
		if got, want := Inspect(s), inspectOld(s); got != want {
			t.Fatalf("Inspect(%q) = %+v, want %+v", s, got, want)
		}
	}
	for r := rune(0); r <= unicode.MaxRune; r++ {
		c := string(r)
		for _, s := range []string{c, "ab" + c + "c", " " + c + " ", "a " + c, c + " a", "\n" + c + "\n"} {
			check(s)
		}
	}
	for b := 0; b < 256; b++ {
		for _, s := range []string{string(rune(b)), string([]byte{byte(b)}), "x" + string([]byte{byte(b)}), string([]byte{byte(b), 0x80}), string([]byte{byte(b), 0xBB, 0x80}), string([]byte{byte(b), 0xBB})} {
			check(s)
		}
	}
	files := 0
	filepath.WalkDir("../../testdata", func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		src, err := os.ReadFile(p)
		if err == nil && len(src) < 1<<22 {
			check(string(src))
			files++
		}
		return nil
	})
	if files < 1000 {
		t.Fatalf("only %d files read", files)
	}
	for _, line := range testlines.Read(t, "../../testdata", nil) {
		check(line)
		check(strings.TrimSpace(line))
	}
	alphabet := []string{"a", "Bc", "xyz~", " ", " ", "  ", "\t", "\n", "\r", "\v", "\x00", "\x1f", "!", "\x7f", "ế", "ạ", "đ", "Ư", "à", "ǅ", "\u0301", "\u00a0",
		"\u0085", "\u3000", "\u2028", "\u200b", "\u00ad", "\ufeff", "\xff", "\xc2", "\xe2\x80", "\xe1", "\xe1\xbb", "\xbb", "“", "—", "🙂", "\u1e9b", "\u2fff", "\u3001"}
	for _, s := range testlines.Random(alphabet, 100000, 12, 7) {
		check(s)
	}
}

func FuzzInspectAsOld(f *testing.F) {
	for _, s := range []string{"", "a  b", "\u00a0Kết\u3000luận\n", "e\u0301  \xe2\x80", "a\x7f\u200b b ", "\xe1\xbb"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Inspect(s), inspectOld(s); got != want {
			t.Fatalf("Inspect(%q) = %+v, want %+v", s, got, want)
		}
	})
}
