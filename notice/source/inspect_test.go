package source

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/internal/testlines"
)

// folded is what Inspect's Folded was before it: whether s has no white
// space but single spaces between words, found a white space at a time.
func folded(s string) bool {
	space := true // at the start, a space would be leading
	for i := 0; i < len(s); {
		j, w := nextSpace(s, i)
		if j > i {
			space = false
		}
		if w == 0 {
			break
		}
		if space || s[j] != ' ' {
			return false
		}
		space = true
		i = j + w
	}
	return !space || s == ""
}

// inspectRef is Inspect as the passes it replaced find its facts.
func inspectRef(s string) Facts {
	bad, r := FirstBad(s)
	lines := !folded(s) && strings.Contains(s, "\n") && folded(strings.ReplaceAll(s, "\n", " "))
	return Facts{Runes: utf8.RuneCountInString(s), Stable: allStable(s), Folded: folded(s), Newlines: lines, WideSpace: wideSpace(s), Bad: bad, BadRune: r}
}

// wideSpace reports a white space rune beyond ASCII in s.
func wideSpace(s string) bool {
	for _, r := range s {
		if r >= utf8.RuneSelf && unicode.IsSpace(r) {
			return true
		}
	}
	return false
}

func checkInspect(t *testing.T, s string) {
	checkFacts(t, s)
	if got, want := Normalize(s), normalizeRef(s); got != want {
		t.Fatalf("Normalize(%q) = %q, want %q", s, got, want)
	}
}

func checkFacts(t *testing.T, s string) {
	if got, want := Inspect(s), inspectRef(s); got != want {
		t.Fatalf("Inspect(%q) = %+v, want %+v", s, got, want)
	}
}

// TestInspect: one pass finds what the five passes found, on every rune
// between letters and between spaces, on random strings of letters,
// marks, spaces, controls and broken UTF-8, and on every notice line of
// testdata.
func TestInspect(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		for _, s := range []string{"ab" + string(r) + "c", " " + string(r) + " "} {
			checkFacts(t, s)
		}
	}
	for _, s := range []string{"", " ", "  ", "a", " a", "a ", "a  b", "a\tb", "a\u00a0b", "\xc2", "\xe2\x80", "a \xe2\x80 b", "e\u0301", "\x7f", "a\v b"} {
		checkInspect(t, s)
	}
	alphabet := []string{"a", "B", " ", " ", "\t", "\n", "\r", "\v", "\x00", "\x7f", "ế", "ạ", "đ", "Ư", "\u0301", "\u00a0",
		"\u0085", "\u3000", "\u2028", "\u200b", "\u00ad", "\ufeff", "\xff", "\xc2", "\xe2\x80", "\xe1", "“", "—", "🙂"}
	for _, s := range testlines.Random(alphabet, 50000, 11, 1) {
		checkInspect(t, s)
	}
	for _, line := range testlines.Read(t, "../../testdata", nil) {
		checkInspect(t, line)
	}
}

func FuzzInspect(f *testing.F) {
	for _, s := range []string{"", "a  b", "\u00a0Kết\u3000luận\n", "e\u0301  \xe2\x80", "a\x7f\u200b b "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkInspect(t, s)
	})
}
