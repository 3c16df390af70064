package check

import (
	"fmt"
	"regexp"
	"regexp/syntax"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// leadExpr is an expression `(?:^|LEAD)REST` whose matches start at the
// start of the text or at one character of the class LEAD, before REST:
// `(?:^|[^\p{L}])` keeps a word from matching inside another. The regexp
// package runs such an expression from every byte of a text, as nothing
// is fixed about its first byte. A leadExpr finds the same matches by
// trying it, anchored, only where REST may start after a character of
// LEAD: at one of the bytes its first characters can start with, and,
// when given, at one of a few literals every match of REST starts with
// (case folded under `(?i)`).
type leadExpr struct {
	// re is the expression as written, compiled on first use: the tests
	// and a text that is not valid UTF-8 ask for it.
	re        func() *regexp.Regexp
	atStart   func() *regexp.Regexp // REST at the start of a text
	afterLead func() *regexp.Regexp // any character then REST, from the start of a text whose first is in LEAD
	lead      []rune                // LEAD's ranges, lo and hi in turn
	asciiLead [utf8.RuneSelf]bool   // inLead of the characters below 0x80
	first     [256]bool             // the bytes a match of REST can start with
	few       []byte                // those bytes when they are fewFirst or fewer, found with IndexByte
	lits      []string              // every match of REST starts with one of them, if any
	litsAt    [256][]uint8          // the indices in lits of those a text starting with the byte may start with
	second    [][256]bool           // by index in lits: the bytes its second character can start with (all for a literal of one)
	fold      bool                  // lits are compared case folded
	// then, when set, accepts every text a match of REST goes on with
	// past the literal it starts with: a test that rules out most places
	// a literal stands before the expression is tried.
	then func(rest string) bool
	// need, when set, is false for a text that holds no match: a test
	// of the whole text before it is scanned.
	need func(s string) bool
	// at, when set, accepts every text a match of REST starts: a test of
	// each place the first bytes (not literals) allow, before the
	// expression is tried there, as each try costs the regexp package's
	// set-up (some 4,000 instructions).
	at func(rest string) bool
}

// newLeadExpr compiles flags+`(?:^|`+lead+`)`+rest: flags such as `(?i)`,
// lead a class of characters, rest an expression that cannot match the
// empty text, and every match of which starts with one of lits if any are
// given.
//
// The character before REST is tested against lead's ranges first
// (inLead), so afterLead need not hold the class, which costs most of its
// compiling when it is `[^\p{L}]` under `(?i)`.
func newLeadExpr(flags, lead, rest string, lits ...string) *leadExpr {
	x := &leadExpr{
		re:        lazyCompile(flags + `(?:^|` + lead + `)` + rest),
		atStart:   lazyCompile(flags + `\A(?:` + rest + `)`),
		afterLead: lazyCompile(flags + `\A(?s:.)(?:` + rest + `)`),
		lead:      leadRanges(flags + lead),
		lits:      lits,
		fold:      strings.Contains(flags, "i"),
	}
	for r := range x.asciiLead {
		x.asciiLead[r] = x.inRanges(rune(r))
	}
	switch {
	case len(lits) > 0:
		for i, l := range lits {
			x.markLit(uint8(i), l)
		}
	case !lazyre.FirstBytes(flags+rest, &x.first):
		panic(fmt.Sprintf("leadExpr %s: the rest can match the empty text", rest))
	}
	for b, on := range x.first {
		if on {
			x.few = append(x.few, byte(b))
		}
	}
	if len(x.few) > fewFirst {
		x.few = nil
	}
	return x
}

// fewFirst is how many first bytes a leadExpr finds with IndexByte, which
// skips the text between them many bytes at a time, rather than by asking
// each byte of the text (a literal such as "qui" under `(?i)`: "q", "Q").
const fewFirst = 2

// lazyCompile returns a function that compiles expr on its first call:
// an expression of a leadExpr a process may not need.
func lazyCompile(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}

// markLit marks the first byte of l in x.first, and those of the
// characters its first one folds to when x.fold; it files l, the i-th
// literal, under each of those bytes in x.litsAt.
func (x *leadExpr) markLit(i uint8, l string) {
	r0, w := utf8.DecodeRuneInString(l)
	x.markLitByte(i, r0)
	if x.fold {
		for r := unicode.SimpleFold(r0); r != r0; r = unicode.SimpleFold(r) {
			x.markLitByte(i, r)
		}
	}
	x.second = append(x.second, [256]bool{})
	sec := &x.second[i]
	if w >= len(l) {
		for b := range sec {
			sec[b] = true
		}
		return
	}
	r1, _ := utf8.DecodeRuneInString(l[w:])
	lazyre.MarkRange(sec, r1, r1)
	if x.fold {
		for r := unicode.SimpleFold(r1); r != r1; r = unicode.SimpleFold(r) {
			lazyre.MarkRange(sec, r, r)
		}
	}
}

// markLitByte marks the first byte of r in x.first and files the i-th
// literal under it.
func (x *leadExpr) markLitByte(i uint8, r rune) {
	var one [256]bool
	lazyre.MarkRange(&one, r, r)
	for b, on := range one {
		if on {
			x.first[b] = true
			if !slices.Contains(x.litsAt[b], i) {
				x.litsAt[b] = append(x.litsAt[b], i)
			}
		}
	}
}

// findAll is x.re().FindAllStringSubmatchIndex(s, -1).
func (x *leadExpr) findAll(s string) [][]int {
	return x.findAllValid(s, utf8.ValidString(s))
}

// findAllIn is findAll of a text of the view, whose validity the view's
// index of it has told when it has one.
func (x *leadExpr) findAllIn(v *View, s string) [][]int {
	return x.findAllValid(s, v.validUTF8(s))
}

// findAllValid is findAll of s, valid telling whether s is valid UTF-8.
func (x *leadExpr) findAllValid(s string, valid bool) [][]int {
	if !valid {
		return x.re().FindAllStringSubmatchIndex(s, -1)
	}
	if x.need != nil && !x.need(s) {
		return nil
	}
	var out [][]int
	var next [fewFirst]int // where each of x.few stands next, from j on
	for n := range x.few {
		next[n] = -1
	}
	i := 0 // where the search goes on from: the end of the last match
	for j := 0; j < len(s); j++ {
		if x.few != nil {
			if j = x.nextFew(s, j, &next); j >= len(s) {
				break
			}
		} else if !x.first[s[j]] {
			continue
		}
		k := j // where the match would start
		if j > 0 {
			r, w := utf8.DecodeLastRuneInString(s[:j])
			if k = j - w; k < i || !x.inLead(r) {
				continue
			}
		}
		if len(x.lits) > 0 && !x.litAt(s[j:]) || x.at != nil && !x.at(s[j:]) {
			continue
		}
		var m []int
		if j == 0 {
			m = x.atStart().FindStringSubmatchIndex(s)
		} else {
			m = x.afterLead().FindStringSubmatchIndex(s[k:])
		}
		if m == nil {
			continue
		}
		for n := range m {
			if m[n] >= 0 {
				m[n] += k
			}
		}
		out = append(out, m)
		i = m[1] // not empty: REST cannot match the empty text
		j = max(j, i-1)
	}
	return out
}

// nextFew returns the first place from j on where one of x.few stands,
// len(s) when none does; next holds where each stood when last found,
// -1 before it is looked for.
func (x *leadExpr) nextFew(s string, j int, next *[fewFirst]int) int {
	at := len(s)
	for n, b := range x.few {
		if next[n] < j {
			if k := strings.IndexByte(s[j:], b); k >= 0 {
				next[n] = j + k
			} else {
				next[n] = len(s)
			}
		}
		at = min(at, next[n])
	}
	return at
}

// litAt reports whether s (not empty) starts with one of x.lits (one of
// those filed under its first byte, and whose second character can start
// with the byte after s's first, as no other can) and goes on past it
// with a text x.then accepts, when set.
func (x *leadExpr) litAt(s string) bool {
	w := 1
	if s[0] >= utf8.RuneSelf {
		_, w = utf8.DecodeRuneInString(s)
	}
	b1 := -1 // the byte after s's first character
	if w < len(s) {
		b1 = int(s[w])
	}
	for _, i := range x.litsAt[s[0]] {
		if sec := &x.second[i]; !sec[0] && (b1 < 0 || !sec[b1]) {
			continue // sec[0] only for a literal of one character: no character folds to NUL
		}
		l := x.lits[i]
		n := -1 // the length of the literal in s
		if strings.HasPrefix(s, l) {
			n = len(l)
		} else if x.fold {
			n = foldPrefixLen(s, l)
		}
		if n >= 0 && (x.then == nil || x.then(s[n:])) {
			return true
		}
	}
	return false
}

// foldPrefixLen is the length of the text s starts with that is equal to
// prefix under simple case folding; -1 when there is none.
func foldPrefixLen(s, prefix string) int {
	n := 0
	for _, p := range prefix {
		r, w := utf8.DecodeRuneInString(s[n:])
		if w == 0 || !foldEqual(r, p) {
			return -1
		}
		n += w
	}
	return n
}

// inLead reports whether r is of the class LEAD.
func (x *leadExpr) inLead(r rune) bool {
	if r < utf8.RuneSelf {
		return x.asciiLead[r]
	}
	return x.inRanges(r)
}

// inRanges reports whether r is in one of x.lead's ranges.
func (x *leadExpr) inRanges(r rune) bool {
	n := len(x.lead) / 2
	i := sort.Search(n, func(i int) bool { return x.lead[2*i+1] >= r })
	return i < n && x.lead[2*i] <= r
}

// leadRanges returns classRanges(expr), from the table generated for the
// leads the package's leadExprs are written with (lead_class_gen.go), so
// that no process parses a class of Unicode's letters to build one; a
// lead not in the table is parsed.
func leadRanges(expr string) []rune {
	if r, ok := leadClassRanges[expr]; ok {
		return r
	}
	return classRanges(expr)
}

// classRanges returns the ranges of the class of characters expr stands
// for, as syntax.Regexp's Rune holds them; it panics when expr is not one
// class.
func classRanges(expr string) []rune {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		panic(err)
	}
	switch re.Op {
	case syntax.OpCharClass:
		return re.Rune
	case syntax.OpLiteral:
		if len(re.Rune) == 1 && re.Flags&syntax.FoldCase == 0 {
			return []rune{re.Rune[0], re.Rune[0]}
		}
	}
	panic(fmt.Sprintf("leadExpr: %s is not a class of characters", expr))
}
