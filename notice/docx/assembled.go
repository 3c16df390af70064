package docx

// Index completes a Document whose Body another reader built (a Word
// 97-2003 file's): the list of its paragraphs that Paragraphs returns,
// in reading order, and the section each belongs to, counted by the
// paragraphs that end sections. Read does this itself.
func (d *Document) Index() {
	d.paras = blockParagraphs(d.Body, nil)
	i := 0
	for _, p := range d.paras {
		p.Section = min(i, max(len(d.Sections)-1, 0))
		if p.SectionEnd {
			i++
		}
	}
}
