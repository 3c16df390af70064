package check

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// nextSentenceIndexAny is nextSentence as written with strings.IndexAny,
// which the byte scan replaced.
func nextSentenceIndexAny(s string, at int) int {
	for i := at; i+2 < len(s); i++ {
		k := strings.IndexAny(s[i:], ".!?")
		if k < 0 {
			return -1
		}
		i += k
		if i+2 < len(s) && s[i+1] == ' ' {
			j := i + 1
			for j < len(s) && s[j] == ' ' {
				j++
			}
			if r, _ := utf8.DecodeRuneInString(s[j:]); unicode.IsUpper(r) {
				return j
			}
		}
	}
	return -1
}

var asciiScanSeeds = []string{"", "f", "phường", "wifi", "Zalo và jazz", "xã. Ông", "a! b? C. Đ", "hết.  Tháng", "\xff.z Ấ", "x.\xe1 A", "..  ?  !  Z"}

// FuzzASCIIScans holds the byte scans to the strings.IndexAny calls they
// replace.
func FuzzASCIIScans(f *testing.F) {
	for _, s := range asciiScanSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := indexFJWZ(s), strings.IndexAny(s, "fjwz"); got != want {
			t.Errorf("indexFJWZ(%q) = %d, want %d", s, got, want)
		}
		for at := 0; at <= len(s); at++ {
			if got, want := nextSentence(s, at), nextSentenceIndexAny(s, at); got != want {
				t.Errorf("nextSentence(%q, %d) = %d, want %d", s, at, got, want)
			}
		}
	})
}

// sentenceStopsRunes is sentenceStops as written rune by rune, which the
// byte scan replaced.
func sentenceStopsRunes(s string) []int {
	var out []int
	var n nesting
	for i, r := range s {
		n.step(r)
		if r == '.' && n.outside() && capitalAfter(s[i+1:]) && !shortCapsBefore(s[:i]) {
			out = append(out, i)
		}
	}
	return out
}

// FuzzSentenceStops holds sentenceStops to its rune by rune form.
func FuzzSentenceStops(f *testing.F) {
	for _, s := range []string{"", "Căn cứ Luật. Ủy ban", "(a. B) c. D", "“x. Y” z. W", "TP. Hà Nội. Ông", "\xe2\x80“. A. B", "a.\u201d. B", "\xe2\x80\x9c\xe2. Ấ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := sentenceStops(s), sentenceStopsRunes(s); !slices.Equal(got, want) {
			t.Errorf("sentenceStops(%q) = %v, want %v", s, got, want)
		}
	})
}

// gluedFigureLoop is the first place gluedFigureMarks reported, as its
// loop over every byte found it: the offset and ';' or '(', or -1; a
// figure glued to a bracket that opens words ("2021(Danh sách") as
// t44b added to gluedUnitBracket.
func gluedFigureLoop(text string) (int, byte) {
	for i := 1; i+1 < len(text); i++ {
		switch {
		case text[i] == ';' && isDigit(text[i-1]) && isDigit(text[i+1]):
			return i, ';'
		case text[i] == '(' && isDigit(text[i-1]) && (unitPower(text[:i]) || wordOpens(text[i+1:])):
			return i, '('
		}
	}
	return -1, 0
}

// FuzzGluedFigureMarks holds gluedSemicolon and gluedUnitBracket, as
// gluedFigureMarks picks between them, to the loop they replace.
func FuzzGluedFigureMarks(f *testing.F) {
	for _, s := range []string{"", ";", "1;2", "Ngày 04;11;18; 25", "5,721 m3(năm", "m2(", "2 km2(a) và 3;4", "x3;4 m3(", "(1;2"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		at, kind := -1, byte(0)
		semi, paren := gluedSemicolon(s), gluedUnitBracket(s)
		switch {
		case semi >= 0 && (paren < 0 || semi < paren):
			at, kind = semi, ';'
		case paren >= 0:
			at, kind = paren, '('
		}
		if wantAt, wantKind := gluedFigureLoop(s); at != wantAt || kind != wantKind {
			t.Errorf("%q: %d %q, want %d %q", s, at, kind, wantAt, wantKind)
		}
	})
}

// TestSoFirstBytes: spacedCodes tests a word's first byte before
// strings.EqualFold(word, "số"): every character that folds to "s"
// starts with one of those bytes.
func TestSoFirstBytes(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !strings.EqualFold(string(r), "s") {
			continue
		}
		if c := string(r)[0]; c != 's' && c != 'S' && c != 0xC5 {
			t.Errorf("%q folds to \"s\" and starts with byte %#x", r, c)
		}
	}
}

// hasDoubledPairs is hasDoubled's loop over every pair of bytes, which
// the loop over every other byte replaced.
func hasDoubledPairs(s string) bool {
	if strings.Contains(s, "…") && (containsLit(s, ";…") || containsLit(s, ",…") || containsLit(s, ".…") || containsLit(s, "….")) {
		return true
	}
	for i := 1; i < len(s); i++ {
		if punctMark(s[i]) && punctMark(s[i-1]) {
			return true
		}
	}
	return false
}

// FuzzHasDoubled holds hasDoubled to its loop over every pair.
func FuzzHasDoubled(f *testing.F) {
	for _, s := range []string{"", ".", "..", "a.,", ",a;", "a:.b", "ab;:", ".a.a.", "x.…", "1,5; 2"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := hasDoubled(s), hasDoubledPairs(s); got != want {
			t.Errorf("hasDoubled(%q) = %v, want %v", s, got, want)
		}
	})
}
