package check

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/cite"
)

// What the prose rules ask of a word, worked out once per lexeme (a
// function of the word alone), and the scanners that stand for their
// expressions. The tests hold each to what it replaces.

// The lazy forms of a lexeme the prose rules read.
const (
	haveTone = 1 << (iota + 5)
	haveGlue
	haveEqKey
)

// proseForms are a lexeme's forms for the prose rules.
type proseForms struct {
	tone    int8   // toneOf
	glue    int    // gluedAt
	eqKey   string // equalFoldKey
	glueSyl int    // gluedSyllables, with the view's textWords
}

// toneOf is what toneStyle makes of a word: toneOld, a word that places
// its mark the old way and could place it the new way ("hòa", "ủy");
// toneNew, a word that places it the new way ("hoà", "uỷ"); else 0.
func toneOf(w string) int8 {
	if !endsInPair(w) {
		return 0 // only words that end in a vowel pair can place the mark two ways
	}
	lw := strings.ToLower(w)
	if strings.HasPrefix(lw, "qu") && utf8.RuneCountInString(lw) <= 3 {
		return 0 // qu- words never move the mark
	}
	folded := cite.Fold(lw)
	switch {
	case folded == lw:
		if folded != stripTone(lw) && movable(lw) {
			return toneOld
		}
		return 0
	}
	return toneNew
}

// Tone placements of a word ending in a vowel pair: the old one ("hòa",
// "ủy", as the decree prints "CỘNG HÒA", "ỦY BAN") and the new one
// ("hoà", "uỷ"); toneNone for a word that can show only one.
const (
	toneNone = 0
	toneOld  = 1
	toneNew  = 2
)

// gluedAt is where gluedWords finds w glued to the next word (a
// lower-case syllable with a diacritic, or before a known abbreviation,
// followed by a capital): the offset of the capital, or -1.
func gluedAt(w string) int {
	for i, r := range w {
		if i == 0 || !isUpperRune(r) {
			continue
		}
		left, right := w[:i], w[i:]
		if !allLower(left) || utf8.RuneCountInString(left) < 2 {
			return -1
		}
		if hasDiacritic(left) || knownAbbrev()[leadingCaps(right)] {
			return i
		}
		return -1
	}
	return -1
}

// equalFoldKey is a key of w that two words share exactly when
// strings.EqualFold holds of them: each rune as the least rune of its
// orbit of simple case folding. A word that is its own key (valid UTF-8,
// every rune the least of its orbit: most words in small letters) is
// returned as it is.
func equalFoldKey(w string) string {
	own := true
	for _, r := range w {
		if r == utf8.RuneError || foldLeast(r) != r {
			own = false
			break
		}
	}
	if own {
		return w
	}
	b := make([]byte, 0, len(w))
	for _, r := range w {
		b = utf8.AppendRune(b, foldLeast(r))
	}
	return string(b)
}

func (x *lexeme) toneKind() int8 {
	if x.have&haveTone == 0 {
		x.have |= haveTone
		x.prose.tone = toneOf(x.text)
	}
	return x.prose.tone
}

// syllablesGlued is gluedSyllables(x.text, known), worked out once a
// view: known is the view's textWords, the one gluedWords asks with, and
// gen the generation of the view's lexicon (View.lexicon), which tells
// a form worked out for another notice.
func (x *lexeme) syllablesGlued(known func(string) bool, gen uint32) int {
	if x.glueGen != gen {
		x.glueGen = gen
		x.prose.glueSyl = gluedSyllables(x.text, known)
	}
	return x.prose.glueSyl
}

func (x *lexeme) gluedAt() int {
	if x.have&haveGlue == 0 {
		x.have |= haveGlue
		x.prose.glue = gluedAt(x.text)
	}
	return x.prose.glue
}

func (x *lexeme) eqKey() string {
	if x.have&haveEqKey == 0 {
		x.have |= haveEqKey
		x.prose.eqKey = equalFoldKey(x.text)
	}
	return x.prose.eqKey
}

// sameRunLex is sameRun of two runs of words by their lexemes: the
// words' keys' lexemes (eqLexeme), which repeatStarts has made for every
// word of the text.
func sameRunLex(a, b []*lexeme) bool {
	for i := range a {
		if a[i].eq != b[i].eq {
			return false
		}
	}
	return true
}

// gluedBrackets is glueBracket().FindAllStringIndex(s, -1): a lower-case
// letter glued to "(". Every match is one letter and a "(", so the scan
// looks at the rune before each "("; two matches cannot overlap.
func gluedBrackets(s string) [][]int {
	var out [][]int
	for i := strings.IndexByte(s, '('); i >= 0; {
		if i > 0 {
			r, n := utf8.DecodeLastRuneInString(s[:i])
			if isLowerRune(r) {
				out = append(out, []int{i - n, i + 1})
			}
		}
		k := strings.IndexByte(s[i+1:], '(')
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return out
}

// doubledMarks is doubledRe().FindAllStringSubmatchIndex(s, -1) run only
// on the stretches of s around two marks in a row. Every match is a run
// of two marks or more (of . , ; : …) with at most one other character
// on each side, and the expression's ^ and $ can only act next to a
// mark; so no match crosses a place between two plain runes (neither
// marks nor "/"), and the expression reads the same on the stretch
// between two such places as on the whole text.
func doubledMarks(s string) [][]int {
	var out [][]int
	last := 0 // the last place between two plain runes, or the start
	prev, prevMark := rune(-1), false
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if i > 0 && plainRune(prev) && plainRune(r) {
			last = i
		}
		if !isMark(r) || !prevMark {
			prev, prevMark = r, isMark(r)
			i += n
			continue
		}
		b := nextPlainPair(s, i+n)
		for _, m := range doubledRe().FindAllStringSubmatchIndex(s[last:b], -1) {
			for k := range m {
				if m[k] >= 0 {
					m[k] += last
				}
			}
			out = append(out, m)
		}
		if b >= len(s) {
			break
		}
		prev, _ = utf8.DecodeLastRuneInString(s[:b])
		prevMark, last, i = false, b, b
	}
	return out
}

// nextPlainPair is the first place from i on between two plain runes,
// or the end of s.
func nextPlainPair(s string, i int) int {
	prev := rune(-1)
	if i > 0 {
		prev, _ = utf8.DecodeLastRuneInString(s[:i])
	}
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if prev >= 0 && plainRune(prev) && plainRune(r) {
			return i
		}
		prev = r
		i += n
	}
	return len(s)
}

func isMark(r rune) bool { return r == '.' || r == ',' || r == ';' || r == ':' || r == '…' }

// plainRune is a rune no part of doubledRe's match but its edges: not a
// mark nor "/".
func plainRune(r rune) bool { return !isMark(r) && r != '/' }

// knownAbbrevByMarkless files the known abbreviations by their text
// without marks: lookalike looks a word up here, where it went through
// every abbreviation for each word in capitals.
var knownAbbrevByMarkless = sync.OnceValue(func() map[string][]string {
	m := map[string][]string{}
	for k, bare := range knownAbbrevMarkless() {
		m[bare] = append(m[bare], k)
	}
	return m
})

// knownAbbrevMarkless are the known abbreviations without their marks.
var knownAbbrevMarkless = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for k := range knownAbbrev() {
		m[k] = stripMarks(k)
	}
	return m
})
