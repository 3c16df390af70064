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
	if !b.holding && b.text.Len() > 0 {
		b.held, b.holding = cs[i].fc, true
	}
	return true
}

// markFC is where the properties of the paragraph ending at the mark
// stored at fc are read: the first printing paragraph of a join.
func (b *builder) markFC(fc uint32) uint32 {
	if b.holding {
		fc, b.holding = b.held, false
	}
	return fc
}
