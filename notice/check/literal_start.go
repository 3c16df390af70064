package check

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
)

// startExpr is an expression every match of which starts with one of a
// few literals, case kept: its matches are found by trying it, anchored,
// at each place one of them starts, instead of running it over the whole
// text, which an expression that starts with an alternation makes the
// regexp package do byte by byte.
type startExpr struct {
	// re is the expression as written, compiled on first use: only the
	// tests ask for it.
	re       func() *regexp.Regexp
	anchored *regexp.Regexp // the same anchored with \A
	lits     []string
	first    [256]bool // the first bytes of lits
	// at, when set, accepts every text a match starts: a test of each
	// place a literal starts, before the expression is tried there, as
	// each try costs the regexp package's set-up.
	at func(rest string) bool
	// starts, when set, is the set of the words the literals start in
	// (litStarts): findAllIn reads the text's places in them.
	starts *startSet
}

// newStartExpr compiles expr, whose every match starts with one of lits.
func newStartExpr(expr string, lits ...string) *startExpr {
	x := &startExpr{anchored: regexp.MustCompile(`\A(?:` + expr + `)`), lits: lits}
	x.re = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
	for _, l := range lits {
		x.first[l[0]] = true
	}
	return x
}

// findAll is x.re().FindAllStringSubmatchIndex(s, -1).
func (x *startExpr) findAll(s string) [][]int {
	var out [][]int
	var lits litsAhead
	lits.reset(x.lits)
	for i := 0; i < len(s); {
		j := x.nextOf(&lits, s, i)
		if j < 0 {
			break
		}
		m := x.tryAt(s, j)
		if m == nil {
			i = j + 1
			continue
		}
		out = append(out, m)
		i = max(m[1], j+1) // an empty match cannot be: each starts with a literal
	}
	return out
}

// tryAt is the match of the expression starting at s[j:], its offsets in
// s; nil when none starts there.
func (x *startExpr) tryAt(s string, j int) []int {
	if x.at != nil && !x.at(s[j:]) {
		return nil
	}
	m := x.anchored.FindStringSubmatchIndex(s[j:])
	for k := range m {
		if m[k] >= 0 {
			m[k] += j
		}
	}
	return m
}

// litsAhead holds where each literal of a startExpr of a few next
// starts in a text, from where it was last looked for: each literal is
// looked for by strings.Index, once for each of its places, not at each
// byte whose value one of them starts with (the first byte of "Ủy ban"
// is that of most Vietnamese letters).
type litsAhead struct {
	n  int    // how many literals; 0 when there are too many to keep
	at [8]int // where literal k next starts; -1 none; -2 not looked for
}

func (a *litsAhead) reset(lits []string) {
	a.n = 0
	if len(lits) > len(a.at) {
		return
	}
	a.n = len(lits)
	for k := range a.n {
		a.at[k] = -2
	}
}

// nextOf is next, read from lits where the literals are few.
func (x *startExpr) nextOf(lits *litsAhead, s string, i int) int {
	if lits.n == 0 {
		return x.next(s, i)
	}
	first := -1
	for k := range lits.n {
		at := lits.at[k]
		if at == -2 || at >= 0 && at < i {
			if at = strings.Index(s[i:], x.lits[k]); at >= 0 {
				at += i
			}
			lits.at[k] = at
		}
		if at >= 0 && (first < 0 || at < first) {
			first = at
		}
	}
	return first
}

// next is the first offset from i on where one of the literals starts;
// -1 when none does.
func (x *startExpr) next(s string, i int) int {
	for ; i < len(s); i++ {
		if !x.first[s[i]] {
			continue
		}
		for _, l := range x.lits {
			if strings.HasPrefix(s[i:], l) {
				return i
			}
		}
	}
	return -1
}

// caseVariants is w written in every way simple case folding allows,
// each letter in its small or its capital form: the literals a startExpr
// folding case starts with. A letter with a third form under folding
// ("k" and the Kelvin sign) is not provided for.
func caseVariants(w string) []string {
	out := []string{""}
	for _, r := range w {
		lo, up := unicode.ToLower(r), unicode.ToUpper(r)
		if unicode.SimpleFold(unicode.SimpleFold(r)) != r {
			panic("caseVariants: a letter with more than two forms: " + string(r))
		}
		next := make([]string, 0, 2*len(out))
		for _, v := range out {
			next = append(next, v+string(lo))
			if up != lo {
				next = append(next, v+string(up))
			}
		}
		out = next
	}
	return out
}
