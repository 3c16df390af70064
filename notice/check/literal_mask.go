package check

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// A literal is a string the rules look for in the texts of a notice,
// made once at initialisation (newLiteral), so that the text index can
// tell at once that a text lacks it: each run of letters of the literal
// ("giờ", "nhân" and "dân" of "nhân dân") must stand inside a word of
// the text, and each of its ASCII bytes that is not a letter (". " of
// ". ", "/") somewhere in the text. Most texts lack most literals a rule
// looks for first ("giờ", "thongbao:ignore", "//"), and a text's words
// are worked out once, their runs once per distinct word (lexeme.runs);
// a text that may hold the literal is searched by indexLit.
type literal struct {
	text  string
	runs  runSet    // the bits of its runs of letters (literalRuns)
	marks [2]uint64 // its ASCII bytes other than letters
}

// literalRuns are the runs of letters of the literals made so far, bit i
// standing for literalRuns[i]; runsSealed: a lexeme has worked out its
// runs, and no literal may be made after.
var (
	literalRuns []string
	runsSealed  bool
	literals    []*literal // every literal made, for the tests
)

// A runSet is a set of the literals' runs of letters, run i its bit i%64
// of word i/64: 128 runs at most.
type runSet [2]uint64

// maxRuns is how many distinct runs of letters the literals may hold.
const maxRuns = 128

// newLiteral makes the literal s; at initialisation only, and at most
// maxRuns distinct runs of letters in all.
func newLiteral(s string) *literal {
	if runsSealed {
		panic("newLiteral after the lexemes read the runs: " + s)
	}
	l := &literal{text: s}
	literals = append(literals, l)
	run := -1 // where the run being read starts
	for i := 0; i <= len(s); {
		r, w := utf8.RuneError, 1
		if i < len(s) {
			r, w = utf8.DecodeRuneInString(s[i:])
		}
		if i < len(s) && r != utf8.RuneError && unicode.IsLetter(r) {
			if run < 0 {
				run = i
			}
			i += w
			continue
		}
		if run >= 0 {
			k := runIndex(s[run:i])
			l.runs[k>>6] |= 1 << (k & 63)
			run = -1
		}
		if i < len(s) && s[i] < utf8.RuneSelf {
			l.marks[s[i]>>6] |= 1 << (s[i] & 63)
		}
		i += w
	}
	return l
}

// runIndex is the place of the run of letters w in literalRuns, given
// one on first sight.
func runIndex(w string) int {
	for i, x := range literalRuns {
		if x == w {
			return i
		}
	}
	if len(literalRuns) == maxRuns {
		panic("newLiteral: more than 128 runs of letters")
	}
	literalRuns = append(literalRuns, w)
	return len(literalRuns) - 1
}

// haveRuns is the lazy form of a lexeme's runs.
const haveRuns = 1 << 12

// literalRunsOf is the bits of the literals' runs of letters the word w
// holds: at each byte of w, the runs that start with that byte
// (runsByByte) compared with what follows, rather than each of the 128
// runs searched for in w.
func literalRunsOf(w string) runSet {
	by := runsByByte()
	var m runSet
	for i := 0; i < len(w); i++ {
		for _, k := range by[w[i]] {
			if strings.HasPrefix(w[i:], literalRuns[k]) {
				m[k>>6] |= 1 << (k & 63)
			}
		}
	}
	return m
}

// runsByByte files the indices of literalRuns under their first byte;
// made on the first lexeme's runs, when no literal may be made any more:
// runsSealed is set here, once, not by each word's reading (concurrent
// checks wrote it together: a data race under -race).
var runsByByte = sync.OnceValue(func() *[256][]uint8 {
	runsSealed = true
	var by [256][]uint8
	for i, x := range literalRuns {
		by[x[0]] = append(by[x[0]], uint8(i))
	}
	return &by
})

// mayHold reports whether the text may hold l: false when a run of
// letters of l stands in none of its words or a mark of l nowhere in it.
// A text that is not valid UTF-8 may hold anything.
func (x *textIndex) mayHold(l *literal) bool {
	if !x.runsRead {
		x.readRuns()
	}
	return l.runs[0]&^x.runs[0] == 0 && l.runs[1]&^x.runs[1] == 0 && l.marks[0]&^x.marks[0] == 0 && l.marks[1]&^x.marks[1] == 0 || !x.valid
}

// readRuns works out the runs of letters the words of the text hold.
func (x *textIndex) readRuns() {
	x.runsRead = true
	var m runSet
	for _, lx := range x.lex {
		if lx.have&haveRuns == 0 {
			lx.have |= haveRuns
			lx.runs = literalRunsOf(lx.text)
		}
		m[0] |= lx.runs[0]
		m[1] |= lx.runs[1]
	}
	x.runs = m
}

// holds is containsLit(s, l.text), told from the index of s.
func (v *View) holds(s string, l *literal) bool {
	return v.index(s).mayHold(l) && containsLit(s, l.text)
}

// indexIn is indexLit(s, l.text), told from the index of s when it lacks
// l.
func (v *View) indexIn(s string, l *literal) int {
	if !v.index(s).mayHold(l) {
		return -1
	}
	return indexLit(s, l.text)
}

// digitMarks are the ASCII digits among a text index's marks.
const digitMarks = 0x3ff << '0'

// holdsDigit reports whether s holds an ASCII digit, told from its index.
func (v *View) holdsDigit(s string) bool {
	return v.index(s).marks[0]&digitMarks != 0
}

// newLiterals makes a literal of each of ws, at initialisation.
func newLiterals(ws ...string) []*literal {
	out := make([]*literal, len(ws))
	for i, w := range ws {
		out[i] = newLiteral(w)
	}
	return out
}

// holdsAny reports whether s holds one of ls: containsLit of each that
// the index of s does not tell it lacks.
func (v *View) holdsAny(s string, ls []*literal) bool {
	x := v.index(s)
	for _, l := range ls {
		if x.mayHold(l) && containsLit(s, l.text) {
			return true
		}
	}
	return false
}

// asciiMarks is the set of the ASCII bytes of chars, as a text index
// keeps its marks (textIndex.marks); chars must be ASCII and hold no
// letter, which the index does not keep among its marks.
func asciiMarks(chars string) [2]uint64 {
	var m [2]uint64
	for i := 0; i < len(chars); i++ {
		c := chars[i]
		if c >= 0x80 || 'a' <= c|0x20 && c|0x20 <= 'z' {
			panic("asciiMarks: not a mark: " + chars)
		}
		m[c>>6] |= 1 << (c & 63)
	}
	return m
}

// holdsMark is strings.ContainsAny(s, chars) for the marks m of chars
// (asciiMarks), told from the index of s.
func (v *View) holdsMark(s string, m [2]uint64) bool {
	x := v.index(s)
	return x.marks[0]&m[0] != 0 || x.marks[1]&m[1] != 0
}
