package check

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

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
	// phrase is the text split as phrase-typo reads it (tokenize): its
	// marks and offsets come from the scan that finds the words, the
	// folded text and phrase id of each word on first use (phraseTokens).
	phrase     []token
	phraseDone bool
	// valid: the text is valid UTF-8 (utf8.ValidString), told by the scan.
	valid bool
	// marks are the ASCII bytes of the text that are not letters, told by
	// the scan; runs the literals' runs of letters its words hold, read on
	// first use (runsRead; literal_mask.go).
	marks    [2]uint64
	runs     runSet
	runsRead bool
	// codes are the spaced codes of the text (spacedCodes), read on
	// first use.
	codes     []spacedCodeAt
	codesRead bool
	// dates are the whole dates of the text (cite.FindDates), read on
	// first use (datesOf): date-padding and date-style both read them.
	dates     []cite.DateMatch
	datesRead bool
	// lowerTypes are the tên loại in small letters of the text
	// (lowerTypeSpansOf), read on first use.
	lowerTypes     [][2]int
	lowerTypesRead bool
	// markOffs are the offsets of the ASCII bytes of the text that are
	// neither letters nor spaces, in order, told by the scan; places
	// where each of them stands (mark_places.go), read from them on first
	// use.
	markOffs   []int32
	places     markPlaces
	placesRead bool
	// starts are the places of the words of each startSet, read on first
	// use (word_starts.go).
	starts     wordStarts
	startsRead bool
}

// lexeme is a distinct word with its forms. The forms that not every
// word needs are worked out on first use (have). A lexeme lives as long
// as its lexicon, which serves the notices of a process one after the
// other (lexicons.go): every form is a function of the word alone but
// one, syllablesGlued, which is a notice's and carries the generation of
// the notice it was worked out for (glueGen).
type lexeme struct {
	text  string
	hash  uint32 // wordHash(text), its place in the lexicon
	shape uint8
	have  uint16
	fold  string // cite.Fold(text)
	lower string // strings.ToLower(text)
	loose uint64 // looseHash(text) | 1
	lowh  uint64 // lowerWordHash(text)
	lform string // looseForm(text)
	prose proseForms
	pid   int32  // phraseID
	iyk   string // iyKey(lowered())
	ini   rune   // initialOf(text)
	runs  runSet // literalRunsOf(text)
	// sets holds, for each wordSet whose bit is in setsDone, whether the
	// word is in it (in).
	sets, setsDone uint64
	// glueGen is the generation of the lexicon (its notice) the
	// syllablesGlued form was worked out in.
	glueGen uint32
	// id is the lexeme's serial number in its lexicon, and low, iy and fd
	// the lexemes of its lowered(), iyKey() and folded() forms, made on
	// first ask
	// (lexeme_ids.go): a pair of words is keyed by two numbers.
	id          uint32
	low, iy, fd *lexeme
	// eq is the lexeme of eqKey(), made on first ask (eqLexeme); seenAt
	// the place a word of this key was last seen in the text of serial
	// seenGen (repeatStarts).
	eq      *lexeme
	seenAt  int32
	seenGen uint32
}

// A wordSet is a set of words a rule looks each word of a text up in,
// such as the first words of the phrases it reads: each lexeme tells
// whether it is in the set, worked out once a notice for each distinct
// word, instead of once for each word of each text.
type wordSet struct {
	bit uint64
	has func(x *lexeme) bool
}

// wordSetBits are the bits given to wordSets so far.
var wordSetBits uint64

// newWordSet returns the set of the words has holds; at most 64 sets, made
// at initialisation.
func newWordSet(has func(x *lexeme) bool) *wordSet {
	if wordSetBits == 1<<63 {
		panic("newWordSet: more than 64 sets")
	}
	if wordSetBits == 0 {
		wordSetBits = 1
	} else {
		wordSetBits <<= 1
	}
	return &wordSet{bit: wordSetBits, has: has}
}

// in reports whether the word is in the set s.
func (x *lexeme) in(s *wordSet) bool {
	if x.setsDone&s.bit == 0 {
		x.fill(s)
	}
	return x.sets&s.bit != 0
}

// fill works out whether the word is in s, apart from in so that in is
// inlined where the answer is known, most of the time.
//
//go:noinline
func (x *lexeme) fill(s *wordSet) {
	x.setsDone |= s.bit
	if s.has(x) {
		x.sets |= s.bit
	}
}

// The shape of a word, worked out for every lexeme.
const (
	shapeTitle   = 1 << iota // titleCase: a capitalised word, not an abbreviation
	shapeAbbrev              // isAbbrev: an abbreviation in capitals ("HĐND")
	shapeLower               // hasLower: a lower-case letter
	shapeCaps                // allCaps: in capitals, with a letter that has a lower case
	shapeIY                  // iyWord: a syllable whose only vowel is the i or y it ends with
	shapeUpPair              // two capitals in a row (upperRune): a pair of capsPair's
	shapeFirstUp             // its first letter a capital
	shapeLastUp              // its last letter a capital
)

// The lazy forms of a lexeme.
const (
	haveFold = 1 << iota
	haveLower
	haveLoose
	haveLowerHash
	haveLooseForm
	havePhraseID = 1 << 8
	haveIYKey    = 1 << 9
	haveInitial  = 1 << 11
	// haveSyllable marks a lexeme the syllable rule let through, so that
	// a word is asked once a notice (syllable.go). Bits 5-7 are the prose
	// forms' (prose_index.go).
	haveSyllable = 1 << 15
)

// lexicon holds lexemes by their text: a table of our own, open
// addressing by a hash of the word's bytes, which finds a word for a
// third of what a Go map of strings costs (the index asks it for every
// word of every text). A view takes one for its check and gives it back
// (lexicons.go), so that the next notice finds the words an archive
// repeats with their forms worked out.
type lexicon struct {
	tab  []*lexeme // a power of two long, at most half full
	n    int       // the lexemes in tab
	slab []lexeme  // where new lexemes are made, a block at a time
	// slabs are the index slabs of the last view that held the lexicon,
	// kept for the next (releaseLexicon).
	slabs indexSlabs
	// names is name-spelling's scratch (nameScratch), kept as slabs is.
	names nameScratch
	// gen counts the views that took the lexicon: the notice's own
	// generation, for the forms that are a notice's (glueGen).
	gen uint32
	// texts counts the texts repeatStarts has read, each text's serial.
	texts uint32
}

// of returns the lexeme of w, made on first sight.
func (l *lexicon) of(w string) *lexeme {
	h := wordHash(w)
	if l.tab == nil {
		l.tab = make([]*lexeme, 1024) // a notice has a few hundred distinct words
	}
	i := l.slot(w, h)
	if x := l.tab[i]; x != nil {
		return x
	}
	if len(l.slab) == cap(l.slab) {
		l.slab = make([]lexeme, 0, 128)
	}
	w = strings.Clone(w) // not the notice's text, which the lexicon outlives
	l.slab = append(l.slab, lexeme{text: w, hash: h, shape: shapeOf(w), id: uint32(l.n)})
	x := &l.slab[len(l.slab)-1]
	l.tab[i] = x
	if l.n++; 2*l.n > len(l.tab) {
		l.rehash()
	}
	return x
}

// slot is the place of w, whose hash is h, in the table: its lexeme's,
// or the empty place where it would go.
func (l *lexicon) slot(w string, h uint32) uint32 {
	mask := uint32(len(l.tab) - 1)
	i := h & mask
	for x := l.tab[i]; x != nil; x = l.tab[i] {
		if x.hash == h && x.text == w {
			break
		}
		i = (i + 1) & mask
	}
	return i
}

// rehash doubles the table.
func (l *lexicon) rehash() {
	old := l.tab
	l.tab = make([]*lexeme, 2*len(old))
	mask := uint32(len(l.tab) - 1)
	for _, x := range old {
		if x == nil {
			continue
		}
		i := x.hash & mask
		for l.tab[i] != nil {
			i = (i + 1) & mask
		}
		l.tab[i] = x
	}
}

// wordHash is the FNV-1a hash of a word's bytes.
func wordHash(w string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * 16777619
	}
	return h
}

// shapeOf is the shape of a word of letters, in one pass: titleCase,
// isAbbrev, hasLower and allCaps of it; and iyWord.
func shapeOf(w string) uint8 {
	n := 0
	firstUpper := false
	restLower := true // every rune after the first is lower case (allLower)
	upperSelf := true // strings.ToUpper(w) == w
	lowerMoves := false
	anyLower := false
	upPair, prevUp := false, false
	for i, r := range w {
		var isUp, isLow, upSelf, lowSelf bool
		if r < utf8.RuneSelf {
			isUp, isLow = 'A' <= r && r <= 'Z', 'a' <= r && r <= 'z'
			upSelf, lowSelf = !isLow, !isUp
		} else {
			c := classOf(r)
			isUp, isLow = c&classUpper != 0, c&classLower != 0
			upSelf, lowSelf = c&classUpSelf != 0, c&classLowSelf != 0
		}
		if i == 0 {
			firstUpper = isUp
		} else if !isLow {
			restLower = false
		}
		upPair = upPair || prevUp && isUp
		prevUp = isUp
		upperSelf = upperSelf && upSelf
		lowerMoves = lowerMoves || !lowSelf
		anyLower = anyLower || isLow
		n++
	}
	var s uint8
	if firstUpper && n > 1 && restLower {
		s |= shapeTitle
	}
	if n >= 2 && upperSelf && lowerMoves {
		s |= shapeAbbrev
	}
	if anyLower {
		s |= shapeLower
	}
	if upperSelf && lowerMoves {
		s |= shapeCaps
	}
	if iyWord(w) {
		s |= shapeIY
	}
	if upPair {
		s |= shapeUpPair
	}
	if firstUpper {
		s |= shapeFirstUp
	}
	if prevUp {
		s |= shapeLastUp
	}
	return s
}

func (x *lexeme) title() bool    { return x.shape&shapeTitle != 0 }
func (x *lexeme) hasLower() bool { return x.shape&shapeLower != 0 }
func (x *lexeme) allCaps() bool  { return x.shape&shapeCaps != 0 }
func (x *lexeme) iyWord() bool   { return x.shape&shapeIY != 0 }

// iyKey is iyKey of the word in lower case.
func (x *lexeme) iyKey() string {
	if x.have&haveIYKey == 0 {
		x.form(haveIYKey)
	}
	return x.iyk
}

// capitalW: a capitalised word or an abbreviation in capitals.
func (x *lexeme) capitalW() bool { return x.shape&(shapeTitle|shapeAbbrev) != 0 }
func (x *lexeme) folded() string {
	if x.have&haveFold == 0 {
		x.form(haveFold)
	}
	return x.fold
}
func (x *lexeme) lowered() string {
	if x.have&haveLower == 0 {
		x.form(haveLower)
	}
	return x.lower
}
func (x *lexeme) looseH() uint64 {
	if x.have&haveLoose == 0 {
		x.form(haveLoose)
	}
	return x.loose
}
func (x *lexeme) lowerH() uint64 {
	if x.have&haveLowerHash == 0 {
		x.form(haveLowerHash)
	}
	return x.lowh
}

// initial is initialOf the word: its first letter without marks, in
// capitals.
func (x *lexeme) initial() rune {
	if x.have&haveInitial == 0 {
		x.form(haveInitial)
	}
	return x.ini
}

// looseForm is looseForm of the word: its case, marks and i/y folded.
func (x *lexeme) looseForm() string {
	if x.have&haveLooseForm == 0 {
		x.form(haveLooseForm)
	}
	return x.lform
}

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
	case haveIYKey:
		x.iyk = iyKey(x.lowered())
	case haveInitial:
		x.ini = initialOf(x.text)
	}
}

// index returns the index of a text of the view, made on first use.
func (v *View) index(s string) *textIndex {
	at := unsafe.StringData(s)
	x := v.indexAt.get(at)
	if x != nil && len(x.text) == len(s) {
		return x // the same bytes: strings do not change, and the key keeps them
	}
	if v.indexes == nil {
		v.indexes = map[string]*textIndex{}
	}
	if y, found := v.indexes[s]; found {
		if x == nil {
			v.indexAt.put(at, y)
		}
		return y
	}
	old := x
	lex := v.lexicon()
	b := &lex.slabs
	x = &textIndex{text: s}
	b.words, b.toks, b.marks, x.valid, x.marks = scanText(s, b.words[:0], b.toks[:0], b.marks[:0])
	x.markOffs = carve(&b.placeSlab, b.marks)
	x.words, x.phrase = carve(&b.wordSlab, b.words), carve(&b.tokSlab, b.toks)
	x.lex, x.spaced = take(&b.lexSlab, len(x.words)), grow(&b.spacedSlab, len(x.words)) // every lex[i] is set below
	for i, w := range x.words {
		x.lex[i] = lex.of(w.text)
		if i > 0 {
			x.spaced[i] = spaced(s, x.words[i-1].end, w.off)
		}
	}
	v.indexes[s] = x
	if old == nil {
		v.indexAt.put(at, x)
	}
	return x
}

// indexTable files the indexes of a view by where their text's bytes
// start: open addressing by the address, a power of two long and at most
// half full; the rules ask it some 1,500 times a notice, which a Go map
// answered for four times what this costs.
type indexTable struct {
	slots []indexSlot
	n     int
}

type indexSlot struct {
	at *byte
	x  *textIndex
}

// slot is where at is filed, or the empty slot where it would be.
func (t *indexTable) slot(at *byte) *indexSlot {
	mask := uintptr(len(t.slots) - 1)
	i := uintptr(uint64(uintptr(unsafe.Pointer(at)))*0x9E3779B97F4A7C15>>32) & mask // in 64 bits on any machine
	for t.slots[i].at != nil && t.slots[i].at != at {
		i = (i + 1) & mask
	}
	return &t.slots[i]
}

// get returns the index filed at at, nil when none.
func (t *indexTable) get(at *byte) *textIndex {
	if t.n == 0 || at == nil {
		return nil
	}
	return t.slot(at).x
}

// put files x at at, which holds none yet.
func (t *indexTable) put(at *byte, x *textIndex) {
	if at == nil {
		return // the empty text: the map of texts finds it
	}
	if 2*(t.n+1) > len(t.slots) {
		old := t.slots
		t.slots, t.n = make([]indexSlot, max(256, 2*len(old))), 0
		for _, e := range old {
			if e.at != nil {
				*t.slot(e.at) = e
				t.n++
			}
		}
	}
	*t.slot(at) = indexSlot{at, x}
	t.n++
}

// words splits a text of the view into words, once per distinct text.
func (v *View) words(s string) []wordAt { return v.index(s).words }

// fold is cite.Fold of a word, worked out once per view.
func (v *View) fold(w string) string {
	return v.lexicon().of(w).folded()
}

// phraseTokens returns the text split as tokenize splits it, each token
// with its id in the phrase book: a token that is a word of the index
// (letters only) through its lexeme, worked out once per view.
func (x *textIndex) phraseTokens(v *View, book *phraseBook) []token {
	if x.phraseDone {
		return x.phrase
	}
	x.phraseDone = true
	k := 0 // the words of the index, in step with the tokens
	for i := range x.phrase {
		t := &x.phrase[i]
		if t.text != "" {
			if t.text == "," || t.text == "." {
				t.id = book.tokenID(t.text)
			}
			continue
		}
		for k < len(x.words) && x.words[k].off < t.off {
			k++
		}
		if k < len(x.words) && x.words[k].off == t.off && x.words[k].end == t.end {
			l := x.lex[k]
			t.text, t.upper, t.id, t.lex = l.folded(), l.title(), l.phraseID(book), l
			continue
		}
		w := x.text[t.off:t.end]
		t.text = v.fold(w)
		t.upper, t.id = titleCase(w), book.tokenID(t.text)
	}
	return x.phrase
}

// indexSlabs are where the indexes of a view keep their slices: the
// words and tokens of a text are scanned into the scratch slices, then
// copied into a slab shared by the texts of the view, so that a text
// costs no allocation of its own. The slabs go with the view's lexicon
// (lexicon.slabs), from notice to notice; the view's own (View.slabs)
// hold its scratch spans only.
type indexSlabs struct {
	words      []wordAt // scratch
	toks       []token  // scratch
	wordSlab   []wordAt
	tokSlab    []token
	lexSlab    []*lexeme
	spacedSlab []bool
	spans      [][2]int // scratch: the words deadlinesIn hands cite
	// the places of the marks (mark_places.go): scratch and slabs.
	marks     []int32
	figs      [][2]int32
	placeSlab []int32
	figSlab   [][2]int32
	starts    []int32 // scratch: the words of the start sets (word_starts.go)
}

// slabSize is the fewest elements of a slab: the words of a notice of a
// few pages.
const slabSize = 2048

// carve copies src into the slab and returns the copy, its capacity
// its length: an append to it never reaches the slab.
func carve[T any](slab *[]T, src []T) []T {
	out := take(slab, len(src))
	copy(out, src)
	return out
}

// grow returns n zeroed elements of the slab, its capacity its length.
func grow[T any](slab *[]T, n int) []T {
	out := take(slab, n)
	clear(out) // a slab kept from a notice before holds its elements
	return out
}

// take returns the next n elements of the slab as they stand, its
// capacity its length. A slab that runs out is replaced by one twice as
// large, so that the slab a lexicon keeps from notice to notice (reuse)
// soon holds a whole notice.
func take[T any](slab *[]T, n int) []T {
	if n > cap(*slab)-len(*slab) {
		*slab = make([]T, 0, max(slabSize, n, 2*cap(*slab)))
	}
	k := len(*slab)
	*slab = (*slab)[:k+n]
	return (*slab)[k : k+n : k+n]
}

// reuse empties the slabs for the next view, which writes over what the
// views before it left: the indexes that pointed into them went with
// their view (releaseLexicon).
func (b *indexSlabs) reuse() {
	b.wordSlab, b.tokSlab = b.wordSlab[:0], b.tokSlab[:0]
	b.lexSlab, b.spacedSlab = b.lexSlab[:0], b.spacedSlab[:0]
	b.placeSlab, b.figSlab = b.placeSlab[:0], b.figSlab[:0]
}

// scanText splits s, in one pass, into its words (wordsWithOffsets) and
// its tokens (tokenize), appended to words and toks, the offsets of its
// ASCII bytes that are neither letters nor spaces, appended to offs
// (textIndex.markOffs), and the ASCII bytes that are not letters it holds
// (textIndex.marks): the tokens of marks
// as tokenize makes them, with id -1; those of words with their offsets
// only, text "".
func scanText(s string, words []wordAt, toks []token, offs []int32) ([]wordAt, []token, []int32, bool, [2]uint64) {
	sc := textScan{words: words, toks: toks, offs: offs, ts: -1, valid: true}
	for i := 0; i < len(s); {
		if c := s[i]; c >= utf8.RuneSelf || 'a' <= c|0x20 && c|0x20 <= 'z' {
			if e := letterRunEnd(s, i); e > i {
				sc.word(s, i, e)
				if i = e; i == len(s) {
					break
				}
			}
		}
		i = sc.mark(s, i)
	}
	if sc.ts >= 0 {
		sc.toks = append(sc.toks, token{off: sc.ts, end: len(s), id: -1})
	}
	return sc.words, sc.toks, sc.offs, sc.valid, sc.marks
}

// textScan is what scanText has read of a text so far. The loop over
// the text keeps only the text, its place and this; the words and the
// marks are filed by calls of their own, so that the loop's values stay
// in registers (a call saves every value a loop keeps live, and a loop
// that keeps the three slices and the rest saved and loaded them at
// every byte).
type textScan struct {
	words []wordAt
	toks  []token
	offs  []int32
	ts    int // where the token being read starts, -1 when none
	valid bool
	marks [2]uint64 // the ASCII bytes that are not letters
}

// word files the word s[i:e], a run of letters whole, and opens a token
// at it unless one is open.
func (sc *textScan) word(s string, i, e int) {
	sc.words = append(sc.words, wordAt{s[i:e], i, e})
	if sc.ts < 0 {
		sc.ts = i
	}
}

// mark files the rune at s[i], which is no letter, and returns the place
// after it: a figure or "&" goes on the token (or opens one), any other
// ends it, and a comma or a mark other than a space or a dash is a token
// of its own.
//
//go:noinline
func (sc *textScan) mark(s string, i int) int {
	r, w := rune(s[i]), 1
	if r < utf8.RuneSelf {
		sc.marks[r>>6] |= 1 << (r & 63)
		if r != ' ' {
			sc.offs = append(sc.offs, int32(i))
		}
	} else if r, w = utf8.DecodeRuneInString(s[i:]); r == utf8.RuneError && w == 1 {
		sc.valid = false
	}
	if '0' <= r && r <= '9' || r >= utf8.RuneSelf && unicode.IsDigit(r) || r == '&' {
		if sc.ts < 0 {
			sc.ts = i
		}
		return i + w
	}
	if sc.ts >= 0 {
		sc.toks = append(sc.toks, token{off: sc.ts, end: i, id: -1})
		sc.ts = -1
	}
	switch r {
	case ',':
		sc.toks = append(sc.toks, token{text: ",", off: i, end: i + 1, id: -1})
	case ' ', '\u00a0', '-', '–':
	default:
		sc.toks = append(sc.toks, token{text: ".", off: i, end: i + utf8.RuneLen(r), id: -1})
	}
	return i + w
}

// letterRunEnd is where the run of letters (isLetter) that starts at
// s[i] ends: i when s[i] is no letter. A rune of two bytes, or of three
// that starts with 0xE1 (Latin Extended Additional, where Vietnamese
// writes its toned vowels), is decoded here and told by the runeClasses
// table; any other by the utf8 package.
func letterRunEnd(s string, i int) int {
	for i < len(s) {
		c := s[i]
		switch {
		case c < utf8.RuneSelf:
			if 'a' <= c|0x20 && c|0x20 <= 'z' { // isLetter, the quick way
				i++
				continue
			}
			return i
		case c >= 0xC2 && c <= 0xC9 && i+1 < len(s) && s[i+1]&0xC0 == 0x80: // U+0080 to U+027F
			if r := rune(c&0x1F)<<6 | rune(s[i+1]&0x3F); r < 0x250 {
				if runeClassTable[r]&classLetter == 0 {
					return i
				}
				i += 2
				continue
			}
		case c == 0xE1 && i+2 < len(s) && s[i+1] >= 0xB8 && s[i+1] <= 0xBB && s[i+2]&0xC0 == 0x80: // U+1E00 to U+1EFF
			if runeClassTable[0x250+(rune(s[i+1]&0x03)<<6|rune(s[i+2]&0x3F))]&classLetter == 0 {
				return i
			}
			i += 3
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if !isLetter(r) {
			return i
		}
		i += w
	}
	return i
}

// validUTF8 is utf8.ValidString(s), read from the index of s when the
// view has made one: the expressions that scan a text themselves
// (leadExpr) ask it of every text they are given.
func (v *View) validUTF8(s string) bool {
	if x := v.indexAt.get(unsafe.StringData(s)); x != nil && len(x.text) == len(s) {
		return x.valid
	}
	return utf8.ValidString(s)
}

// phraseID is the id of the folded word in the phrase book, -1 when none.
func (x *lexeme) phraseID(book *phraseBook) int32 {
	if x.have&havePhraseID == 0 {
		x.have |= havePhraseID
		x.pid = book.tokenID(x.folded())
	}
	return x.pid
}

// isLetter is unicode.IsLetter, with the letters of Vietnamese from
// runeClasses.
func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return classOf(r)&classLetter != 0
}

// isUpperRune is unicode.IsUpper and isLowerRune unicode.IsLower, with
// the letters of Vietnamese from runeClasses.
func isUpperRune(r rune) bool { return classOf(r)&classUpper != 0 }
func isLowerRune(r rune) bool { return classOf(r)&classLower != 0 }

// The classes of a rune, as the unicode package gives them.
const (
	classLetter  = 1 << iota // unicode.IsLetter
	classUpper               // unicode.IsUpper
	classLower               // unicode.IsLower
	classUpSelf              // unicode.ToUpper(r) == r
	classLowSelf             // unicode.ToLower(r) == r
)

// classOf is the classes of a rune: for the letters of Vietnamese
// (Latin-1, Latin Extended-A and -B, Latin Extended Additional) from a
// generated table (runeClasses), for any other rune from the unicode
// package.
func classOf(r rune) uint8 {
	switch {
	case r < 0x250 && r >= 0:
		return runeClasses()[r]
	case 0x1E00 <= r && r < 0x1F00:
		return runeClasses()[r-0x1E00+0x250]
	}
	return classesOf(r)
}

func classesOf(r rune) uint8 {
	var c uint8
	if unicode.IsLetter(r) {
		c |= classLetter
	}
	if unicode.IsUpper(r) {
		c |= classUpper
	}
	if unicode.IsLower(r) {
		c |= classLower
	}
	if unicode.ToUpper(r) == r {
		c |= classUpSelf
	}
	if unicode.ToLower(r) == r {
		c |= classLowSelf
	}
	return c
}

func runeClasses() *[0x350]uint8 { return &runeClassTable }

// buildRuneClasses is the table of runeClasses, classesOf each rune,
// generated into class_tables_gen.go (TestClassTablesGenerated) so that
// no process builds it (0.6M instructions a process).
func buildRuneClasses() *[0x350]uint8 {
	var t [0x350]uint8
	for r := rune(0); r < 0x250; r++ {
		t[r] = classesOf(r)
	}
	for r := rune(0x1E00); r < 0x1F00; r++ {
		t[r-0x1E00+0x250] = classesOf(r)
	}
	return &t
}
