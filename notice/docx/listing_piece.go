package docx

// PieceStart says which printed line of its Word paragraph byte off of
// line (lines from 1, offsets from 0) is on: the paragraph, and the
// offset in its Text where that printed line starts, 0 for its first.
// A paragraph cut at manual line breaks (a break before a line's mark in
// the body, any break in a cell of a row of several cells, in a text box
// or in a signer's block) is several lines of the listing, one for each
// printed piece; the rules that judge a paragraph's layout (its first
// line's indent, its alignment by its whole length, the space before it)
// judge it once, by its first piece. Between cells, or outside the line,
// p is nil.
func (l *Listing) PieceStart(line, off int) (p *Paragraph, start int) {
	if line < 1 || line > len(l.Lines) {
		return nil, 0
	}
	for _, s := range l.Lines[line-1].Spans {
		if off >= s.Start && off < s.End {
			return s.Para, s.Off
		}
	}
	return nil, 0
}
