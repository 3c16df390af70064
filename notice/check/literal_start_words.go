package check

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// litStarts are the literals a startExpr starts with and the set of the
// words that hold a literal's first word (its letters up to the first
// mark or space: "UBND", "Thông" of "Thông báo", "ngày"). Every place a
// literal starts lies in such a word of the text index (its words are
// runs of letters, and a literal starts with a letter), but not always
// at the word's start: "XUBND" holds "UBND". The sets are registered at
// initialisation (newStartSet), before the startExprs are compiled.
type litStarts struct {
	lits []string
	set  *startSet
}

// newLitStarts registers the set of the words holding the first words of
// lits; at initialisation only.
func newLitStarts(lits ...string) *litStarts {
	var by [256][]string // the first words, filed under their first byte
	for _, l := range lits {
		f := litFirstWord(l)
		if !slices.Contains(by[f[0]], f) {
			by[f[0]] = append(by[f[0]], f)
		}
	}
	return &litStarts{lits: lits, set: newStartSet(func(x *lexeme) bool {
		return holdsFirstWord(x.text, &by)
	})}
}

// holdsFirstWord reports whether w holds one of the first words filed in
// by under their first byte: at each byte of w, those that start with
// it compared with what follows, rather than w searched for each.
func holdsFirstWord(w string, by *[256][]string) bool {
	for i := 0; i < len(w); i++ {
		for _, f := range by[w[i]] {
			if strings.HasPrefix(w[i:], f) {
				return true
			}
		}
	}
	return false
}

// litFirstWord is the letters l starts with; l must start with a letter.
func litFirstWord(l string) string {
	i := strings.IndexFunc(l, func(r rune) bool { return !unicode.IsLetter(r) })
	if i < 0 {
		i = len(l)
	}
	if r, _ := utf8.DecodeRuneInString(l); i == 0 || !unicode.IsLetter(r) {
		panic("newLitStarts: a literal that does not start with a letter: " + l)
	}
	return l[:i]
}

// expr compiles expr, whose every match starts with one of the literals,
// tried by findAllIn at the places in the words of the set.
func (l *litStarts) expr(expr string) *startExpr {
	x := newStartExpr(expr, l.lits...)
	x.starts = l.set
	return x
}

// findAllIn is findAll of a text of the view: the expression is tried
// only where a literal starts in the words of its set, not searched for
// in the whole text. A startExpr without a set searches the text.
func (x *startExpr) findAllIn(v *View, s string) [][]int {
	if x.starts == nil {
		return x.findAll(s)
	}
	var out [][]int
	words := v.index(s).words
	from := 0 // where the next match may start: matches do not overlap
	for _, k := range v.startsOf(s, x.starts) {
		w := words[k]
		for j := max(w.off, from); j < w.end; j++ {
			if !x.first[s[j]] || !x.litAt(s[j:]) {
				continue
			}
			if m := x.tryAt(s, j); m != nil {
				out = append(out, m)
				from = max(m[1], j+1)
				j = from - 1
			}
		}
	}
	return out
}

// litAt reports whether one of the literals starts s.
func (x *startExpr) litAt(s string) bool {
	for _, l := range x.lits {
		if strings.HasPrefix(s, l) {
			return true
		}
	}
	return false
}
