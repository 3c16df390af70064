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
