package check

// spellWalk is one walk over the words of name-spelling's texts that
// hands each group the words it starts from, in the texts' order: the
// capitalised words, and the few words a rarer group opens at (a kind
// that heads a name, an i/y syllable, "hàng"/"hằng", a field word's
// first syllable capitalised). A group reads its own list instead of
// every word of every text, so that a notice that holds none of its
// words costs it almost nothing.
type spellWalk struct {
	v      *View
	segs   []*Seg
	idx    []*textIndex // the view's index of each text of segs
	titles []spellWord  // words whose lexeme is title()
	// capitals are the words of more than one byte whose first letter
	// is a capital: the titles, abbreviations, words in capitals.
	capitals []spellWord
	marked   []spellWord // words in spellMarked
}

// spellWord is word i of text k of a walk.
type spellWord struct{ k, i int }

// spellMarked holds the words a rarer group of name-spelling opens at:
// a lexeme answers it once for the lexicon's life.
var spellMarked = newWordSet(func(x *lexeme) bool {
	return x.in(nameHeadStarts) || x.iyWord() || hangWord(x.lowered()) || x.title() && fieldFirsts[x.folded()]
})

// fieldFirstWords holds the words fieldFirsts holds, folded: the pair
// fieldCaseGroups looks up is built only after one.
var fieldFirstWords = newWordSet(func(x *lexeme) bool { return fieldFirsts[x.folded()] })

// fieldFirsts are the first syllables of fieldCompounds, folded.
var fieldFirsts = func() map[string]bool {
	m := map[string]bool{}
	for k := range fieldCompounds() {
		m[k[0]] = true
	}
	return m
}()

// newSpellWalk walks the words of segs once.
func newSpellWalk(v *View, segs []*Seg) *spellWalk {
	w := &spellWalk{v: v, segs: segs, idx: make([]*textIndex, len(segs))}
	marked := spellMarked.bit // l.in(spellMarked), asked of every word: its bit read once a walk
	for k, s := range segs {
		x := v.index(s.Text)
		w.idx[k] = x
		for i, l := range x.lex {
			if l.shape&shapeFirstUp != 0 && len(l.text) > 1 {
				if l.title() {
					w.titles = append(w.titles, spellWord{k, i})
				}
				w.capitals = append(w.capitals, spellWord{k, i})
			}
			if l.setsDone&marked == 0 {
				l.fill(spellMarked)
			}
			if l.sets&marked != 0 {
				w.marked = append(w.marked, spellWord{k, i})
			}
		}
	}
	return w
}

// at is the text, its index and the word of a walk's word.
func (w *spellWalk) at(c spellWord) (*Seg, *textIndex, int) {
	return w.segs[c.k], w.idx[c.k], c.i
}

// segMemo remembers a question asked of the text of the last word of a
// walk's list: the lists run text by text.
type segMemo struct {
	k   int
	has bool
	ok  bool
}

// get returns ask of text k, asked once while the words stay in it.
func (m *segMemo) get(k int, ask func() bool) bool {
	if !m.has || m.k != k {
		m.k, m.has, m.ok = k, true, ask()
	}
	return m.ok
}
