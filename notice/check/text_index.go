package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
)

// A textIndex is one text of the view split once into the words every
// rule reads (runs of letters, as wordsWithOffsets splits them), each
// with its lexeme: what the rules ask of a word (its folded, lower-case
// and loose forms, its shape), worked out once per distinct word of the
// notice. Rules look words up here instead of scanning the text again
// with their own expressions.
type textIndex struct {
	text  string
	words []wordAt
	lex   []*lexeme // lex[i] is the lexeme of words[i]
	// spaced[i]: only spaces, one or more, part words[i-1] and words[i]
	// (spaced of the two); false for the first word.
	spaced []bool
	// phrase is the text split as phrase-typo reads it (tokenize), made
	// on first use.
	phrase []token
}

// lexeme is a distinct word of a notice with its forms. The forms that
// not every word needs are worked out on first use (have).
type lexeme struct {
	text  string
	shape uint8
	have  uint16
	fold  string // cite.Fold(text)
	lower string // strings.ToLower(text)
	loose uint64 // looseHash(text) | 1
	lowh  uint64 // lowerWordHash(text)
	lform string // looseForm(text)
	prose proseForms
}

// The shape of a word, worked out for every lexeme.
const (
	shapeTitle  = 1 << iota // titleCase: a capitalised word, not an abbreviation
	shapeAbbrev             // isAbbrev: an abbreviation in capitals ("HĐND")
	shapeLower              // hasLower: a lower-case letter
)

// The lazy forms of a lexeme.
const (
	haveFold = 1 << iota
	haveLower
	haveLoose
	haveLowerHash
	haveLooseForm
)

// lexicon holds the lexemes of a view, by their text.
type lexicon map[string]*lexeme

// of returns the lexeme of w, made on first sight.
func (l lexicon) of(w string) *lexeme {
	if x, ok := l[w]; ok {
		return x
	}
	x := &lexeme{text: w, shape: shapeOf(w)}
	l[w] = x
	return x
}

func shapeOf(w string) uint8 {
	var s uint8
	if titleCase(w) {
		s |= shapeTitle
	}
	if isAbbrev(w) {
		s |= shapeAbbrev
	}
	if hasLower(w) {
		s |= shapeLower
	}
	return s
}

func (x *lexeme) title() bool    { return x.shape&shapeTitle != 0 }
func (x *lexeme) abbrev() bool   { return x.shape&shapeAbbrev != 0 }
func (x *lexeme) hasLower() bool { return x.shape&shapeLower != 0 }

// capitalW: a capitalised word or an abbreviation in capitals.
func (x *lexeme) capitalW() bool  { return x.shape&(shapeTitle|shapeAbbrev) != 0 }
func (x *lexeme) folded() string  { x.form(haveFold); return x.fold }
func (x *lexeme) lowered() string { x.form(haveLower); return x.lower }
func (x *lexeme) looseH() uint64  { x.form(haveLoose); return x.loose }
func (x *lexeme) lowerH() uint64  { x.form(haveLowerHash); return x.lowh }

// looseForm is looseForm of the word: its case, marks and i/y folded.
func (x *lexeme) looseForm() string { x.form(haveLooseForm); return x.lform }

// form works out one lazy form.
func (x *lexeme) form(f uint16) {
	if x.have&f != 0 {
		return
	}
	x.have |= f
	switch f {
	case haveFold:
		x.fold = cite.Fold(x.text)
	case haveLower:
		x.lower = strings.ToLower(x.text)
	case haveLoose:
		x.loose = looseHash(x.text) | 1 // never 0
	case haveLowerHash:
		x.lowh = lowerWordHash(x.text)
	case haveLooseForm:
		x.lform = looseForm(x.text)
	}
}

// index returns the index of a text of the view, made on first use.
func (v *View) index(s string) *textIndex {
	if x, ok := v.indexes[s]; ok {
		return x
	}
	if v.indexes == nil {
		v.indexes, v.lexemes = map[string]*textIndex{}, lexicon{}
	}
	x := &textIndex{text: s, words: wordsWithOffsets(s)}
	x.lex = make([]*lexeme, len(x.words))
	x.spaced = make([]bool, len(x.words))
	for i, w := range x.words {
		x.lex[i] = v.lexemes.of(w.text)
		if i > 0 {
			x.spaced[i] = spaced(s, x.words[i-1].end, w.off)
		}
	}
	v.indexes[s] = x
	return x
}

// words splits a text of the view into words, once per distinct text.
func (v *View) words(s string) []wordAt { return v.index(s).words }

// fold is cite.Fold of a word, worked out once per view.
func (v *View) fold(w string) string {
	if v.lexemes == nil {
		v.lexemes = lexicon{}
	}
	return v.lexemes.of(w).folded()
}

// phraseTokens returns the text split as tokenize splits it, folding each
// word once per view.
func (x *textIndex) phraseTokens(v *View) []token {
	if x.phrase == nil {
		x.phrase = tokenizeWith(x.text, v.fold)
	}
	return x.phrase
}
