package doc

// A paragraph whose mark is hidden (sprmCFVanish, or sprmCFSpecVanish,
// Word's style separator, [MS-DOC] 2.6.1) prints with the next one as
// one paragraph, on the same line: the text reads on into the next
// paragraph, and the joined paragraph takes the properties of the first
// of them that prints text, where its first line begins (one hidden
// whole lends none). A mark followed by a cell's end, a section's, or a
// paragraph of a table when it is not in one (or the reverse), joins
// nothing. A mark hidden by its style joins as one hidden by its own
// properties (hidden_style.go).

// joins reports whether the paragraph mark cs[i], of properties mark
// and run run, joins its paragraph to the next, and notes the paragraph
// whose properties the joined one takes.
func (b *builder) joins(mark charProps, run int, cs []char, i int) bool {
	if i+1 >= len(cs) || !b.hidden(mark, run, cs[i].fc) {
		return false
	}
	switch cs[i+1].c {
	case chCellEnd, chPageBreak:
		return false
	}
	here, _ := propsAt(b.runs, cs[i].fc)
	next, _ := propsAt(b.runs, cs[i+1].fc)
	if here.inTable != next.inTable || here.innerTtp != next.innerTtp {
		return false
	}
	b.hold(here, cs[i].fc)
	return true
}

// hold notes the paragraph whose mark, stored at fc, is hidden. The
// first that prints text is the joined paragraph's: its label is
// counted now, before those it reads on into. Any other is counted and
// passed: Word counts a paragraph hidden whole in its list (the next of
// a hidden "1." is "2.").
func (b *builder) hold(props paraProps, fc uint32) {
	if b.holding || b.text.Len() == 0 {
		b.lists.label(props.ilfo, props.ilvl)
		return
	}
	b.held, b.holding = fc, true
	b.heldLabel, b.heldLevel = b.lists.label(props.ilfo, props.ilvl)
}

// markFC is where the properties of the paragraph ending at the mark
// stored at fc are read: the first printing paragraph of a join, the
// paragraph ending at fc then counted in its list as passed.
func (b *builder) markFC(fc uint32) uint32 {
	if b.holding {
		props, _ := propsAt(b.runs, fc)
		b.lists.label(props.ilfo, props.ilvl)
		fc, b.holding, b.labelHeld = b.held, false, true
	}
	return fc
}

// listLabel counts a paragraph of props in its list and returns its
// label and level, or gives those counted when it was held.
func (b *builder) listLabel(props paraProps) (string, *level) {
	if b.labelHeld {
		b.labelHeld = false
		return b.heldLabel, b.heldLevel
	}
	return b.lists.label(props.ilfo, props.ilvl)
}
