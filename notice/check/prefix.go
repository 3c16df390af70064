package check

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// headed reports whether s is h, or starts with h followed by one of the
// bytes of seps: headed("sở tài chính", "sở", " ") is true, as
// HasPrefix(s, h+" ") || s == h, without building h+" " each time.
func headed(s, h, seps string) bool {
	rest, ok := strings.CutPrefix(s, h)
	return ok && (rest == "" || strings.IndexByte(seps, rest[0]) >= 0)
}

// containsFold reports whether s holds sub under simple case folding, as
// a (?i) regular expression matches its literal text: a test to run
// before such an expression, much cheaper than it. sub must start with
// an ASCII letter other than k and s (whose folds leave ASCII).
func containsFold(s, sub string) bool {
	return indexFold(s, sub) >= 0
}

// indexFold is where s first holds sub under simple case folding, -1
// when nowhere; sub as containsFold's.
func indexFold(s, sub string) int {
	lo, up := sub[0]|0x20, sub[0]&^0x20
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c == lo || c == up) && hasPrefixFold(s[i:], sub) {
			return i
		}
	}
	return -1
}

// hasPrefixFold reports whether s starts with sub under simple case
// folding.
func hasPrefixFold(s, sub string) bool {
	for _, r := range sub {
		if s == "" {
			return false
		}
		c, n := utf8.DecodeRuneInString(s)
		if !foldEqual(c, r) {
			return false
		}
		s = s[n:]
	}
	return true
}

// cutPrefixFold is s after sub when s starts with it under simple case
// folding, hasPrefixFold's loop (kept apart: that one is on the way of
// every indexFold, and stays as small): a rune of s may be longer or shorter than the rune of sub it
// folds to ("K" of the Kelvin sign for "k").
func cutPrefixFold(s, sub string) (string, bool) {
	for _, r := range sub {
		if s == "" {
			return "", false
		}
		c, n := utf8.DecodeRuneInString(s)
		if !foldEqual(c, r) {
			return "", false
		}
		s = s[n:]
	}
	return s, true
}

// findAll is re.FindAllStringSubmatchIndex(s, -1) when may, the result of
// a test that every match needs to pass, and nil otherwise.
func findAll(re *regexp.Regexp, s string, may bool) [][]int {
	if !may {
		return nil
	}
	return re.FindAllStringSubmatchIndex(s, -1)
}

// headIndex holds a list of heads (names of kinds of bodies: "sở", "ban
// quản lý") by their first word, so that finding whether a text starts
// with one reads only the heads that share its first word.
type headIndex map[string][]string

func indexHeads(heads []string) headIndex {
	x := headIndex{}
	for _, h := range heads {
		w := firstWord(h)
		x[w] = append(x[w], h)
	}
	return x
}

// starts reports whether some head h is s or starts s followed by a
// space: headed(s, h, " "). Such an s has h's first word for its own.
func (x headIndex) starts(s string) bool {
	for _, h := range x[firstWord(s)] {
		if headed(s, h, " ") {
			return true
		}
	}
	return false
}

// firstWord is s up to its first space.
func firstWord(s string) string {
	if i := strings.IndexByte(s, ' '); i >= 0 {
		return s[:i]
	}
	return s
}

// leadingWords is s up to the space that ends its n-th word, or all of s:
// words are parted by runs of ASCII spaces, as cite.Fold parts them (it
// may part more, never fewer), so that the fold of leadingWords(s, n) is the
// fold of s up to a space, n words or more.
func leadingWords(s string, n int) string {
	words := 0
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' && i > 0 && s[i-1] != ' ' {
			if words++; words == n {
				return s[:i]
			}
		}
	}
	return s
}
