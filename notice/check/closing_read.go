package check

import (
	"strings"
	"unicode/utf8"
)

// A closing sentence read without an expression. closingFormula asked
// formulaRe whether a closing says whom the notice is for, and
// addresseeRecipients asked addressedRe whom it addresses; the
// backtracking matcher tried every place of the sentence under (?i),
// some 0.1M instructions a seed for each. formulaIn and addressedIn read
// the same words in the order the expressions try them, and are held to
// the expressions (kept in match_from_test.go) by TestClosingReadAsExpr
// and FuzzMatchFrom. Words compare under simple case folding, as (?i)
// does; `\s` is ASCII white space (asciiSpace) and `.` any rune but a
// line break, as in Go's expressions.

// formulaKeys are the words after which a closing names whom it is for,
// in formulaRe's order; addressKeys are addressedRe's.
var (
	formulaKeys = []string{"để", "đến", "và đề nghị", "cho", "yêu cầu", "đề nghị"}
	addressKeys = []string{"để", "đến", "và đề nghị", "cho"}
	addressEnds = []string{"biết", "triển khai", "thực hiện", "nghiêm túc"}
)

// formulaIn is formulaRe().MatchString(s): `(?i)thông báo\s(?:.*?\s)?
// (?:để|đến|và đề nghị|cho|yêu cầu|đề nghị)\s.*(?:\sbiết|thực hiện)`.
func formulaIn(s string) bool {
	for _, p := range closingOpenings(s) {
		for j := range keyPlaces(s, p) {
			for _, k := range formulaKeys {
				e := foldPrefixEnd(s, j, k)
				if e >= 0 && e < len(s) && asciiSpace(s[e]) && formulaEnd(s, e+1) {
					return true
				}
			}
		}
	}
	return false
}

// formulaEnd reports whether s from r holds, before its next line break,
// a \s and "biết", or "thực hiện".
func formulaEnd(s string, r int) bool {
	nl := lineBreakAt(s, r)
	for t := r; t < len(s) && t <= nl; t++ {
		if asciiSpace(s[t]) && foldPrefixEnd(s, t+1, "biết") >= 0 || foldPrefixEnd(s, t, "thực hiện") >= 0 {
			return true
		}
	}
	return false
}

// addressedIn is addressedRe().FindStringSubmatchIndex(s): `(?i)thông
// báo\s(?:.*?\s)?(?:để|đến|và đề nghị|cho)\s+(.+?)\s+(?:liên
// quan\s+)?(?:được\s+)?(?:biết|triển khai|thực hiện|nghiêm túc)`, the
// match and the group of whom it addresses; nil when none.
func addressedIn(s string) []int {
	for i, p := range closingOpenings(s) {
		for j := range keyPlaces(s, p) {
			for _, k := range addressKeys {
				e := foldPrefixEnd(s, j, k)
				if e < 0 {
					continue
				}
				// \s+ greedy, giving its spaces back one by one to (.+?),
				// which tries its shortest first and takes no line break
				// (a group from one has no f)
				for g := reSpaces(s, e); g > e; g-- {
					nl := lineBreakAt(s, g)
					for f := g + 1; f < len(s) && f <= nl; f++ {
						if !asciiSpace(s[f]) {
							continue
						}
						if end := addressEnd(s, f); end >= 0 {
							return []int{i, end, g, f}
						}
					}
				}
			}
		}
	}
	return nil
}

// addressEnd is the end of `\s+(?:liên quan\s+)?(?:được\s+)?(?:biết|...)`
// at f, in the order the expression tries it, -1 when it does not
// follow. Each piece starts with a letter, so a \s+ gives back nothing.
func addressEnd(s string, f int) int {
	u := reSpaces(s, f)
	if u == f {
		return -1
	}
	if v := foldPrefixEnd(s, u, "liên quan"); v >= 0 {
		if w := reSpaces(s, v); w > v {
			if end := servedEnd(s, w); end >= 0 {
				return end
			}
		}
	}
	return servedEnd(s, u)
}

// servedEnd is the end of `(?:được\s+)?(?:biết|...)` at u, -1 when none.
func servedEnd(s string, u int) int {
	if v := foldPrefixEnd(s, u, "được"); v >= 0 {
		if w := reSpaces(s, v); w > v {
			if end := foldWordEnd(s, w, addressEnds); end >= 0 {
				return end
			}
		}
	}
	return foldWordEnd(s, u, addressEnds)
}

// foldWordEnd is where the first of words found at i ends, -1 when none.
func foldWordEnd(s string, i int, words []string) int {
	for _, w := range words {
		if e := foldPrefixEnd(s, i, w); e >= 0 {
			return e
		}
	}
	return -1
}

// closingOpenings yields, in order, where each "thông báo" followed by a
// \s starts and the place after the \s: where the expressions'
// `(?:.*?\s)?` starts.
func closingOpenings(s string) func(func(int, int) bool) {
	return func(yield func(int, int) bool) {
		for from := 0; from < len(s); {
			i := indexFold(s[from:], "thông báo")
			if i < 0 {
				return
			}
			i += from
			from = i + 1
			if p := foldPrefixEnd(s, i, "thông báo"); p < len(s) && asciiSpace(s[p]) && !yield(i, p+1) {
				return
			}
		}
	}
}

// keyPlaces yields where `(?:.*?\s)?` lets a key word start after p, in
// the order the expression tries them: after each \s from p on, the
// shortest first, up to the line break `.` does not cross (which may be
// the \s itself), and then p, the group left out.
func keyPlaces(s string, p int) func(func(int) bool) {
	return func(yield func(int) bool) {
		nl := lineBreakAt(s, p)
		for j := p + 1; j <= len(s) && j-1 <= nl; j++ {
			if asciiSpace(s[j-1]) && !yield(j) {
				return
			}
		}
		yield(p)
	}
}

// lineBreakAt is where the first line break at or after i is, len(s)
// when none.
func lineBreakAt(s string, i int) int {
	if k := strings.IndexByte(s[i:], '\n'); k >= 0 {
		return i + k
	}
	return len(s)
}

// foldPrefixEnd is where sub ends in s when s holds it at i under simple
// case folding, -1 otherwise.
func foldPrefixEnd(s string, i int, sub string) int {
	if i > len(s) {
		return -1
	}
	if i == len(s) {
		return -1 // sub is a word: never ""
	}
	if c := sub[0]; c < utf8.RuneSelf {
		if c |= 0x20; 'a' <= c && c <= 'z' && c != 'k' && c != 's' && s[i]|0x20 != c {
			return -1 // an ASCII letter whose folds are ASCII (not k, s: K, ſ)
		}
	} else if s[i] < utf8.RuneSelf && !strings.HasPrefix(sub, "\u212A") && !strings.HasPrefix(sub, "\u017F") {
		return -1 // a rune beyond ASCII folds to one of ASCII only as K and ſ do (TestFoldToASCII)
	}
	if rest, ok := cutPrefixFold(s[i:], sub); ok {
		return len(s) - len(rest)
	}
	return -1
}
