package docx

// A paragraph whose mark is hidden (w:vanish, or w:specVanish, Word's
// style separator, on the mark's run properties) is not ended where it
// is written: Word prints it and the next paragraph as one, on the
// same line ("2. Về tổ chức thực hiện: Các đơn vị ..."). The reader
// joins them as Word prints them. The joined paragraph takes the
// properties of the first of them that prints text, where its first
// line begins; one that prints nothing (hidden whole) lends none. A
// mark that ends a section, a table cell or a text box joins nothing.

// markHidden reports whether the mark of paragraph k, read with style
// (its w:pStyle), is hidden.
func (r *reader) markHidden(k int32, style string, c *ctx) bool {
	t := c.s.t
	pPr := t.wchild(k, "pPr")
	if t.wchild(pPr, "sectPr") >= 0 {
		return false
	}
	rPr := t.wchild(pPr, "rPr")
	if sv := t.wchild(rPr, "specVanish"); sv >= 0 && t.onOff(sv) {
		return true
	}
	if v := t.wchild(rPr, "vanish"); v >= 0 {
		return t.onOff(v)
	}
	id, _ := r.st.paraStyle(style)
	return r.st.runLayer(id, c.tblStyle, "", c.table != nil).tog[togVanish]
}

// hold notes paragraph k, whose mark is hidden, as read on into the
// next. The first that prints text is the joined paragraph's: its
// numbering is counted now, before the paragraphs it reads on into.
// Any other (one printing nothing, or one read on into) is counted and
// passed: Word counts a paragraph hidden whole in its list, and the
// next of a hidden "1." is "2.".
func (r *reader) hold(b *paraBuilder, k int32, c *ctx) {
	if b.held || b.len() == 0 {
		r.countPassed(k, c)
		return
	}
	b.held, b.counted = true, true
	b.lvl, b.raw = c.s.count.label(r.numbered(k, c))
}

// countPassed counts paragraph k in its list, if it is in one, though
// it lends the joined paragraph neither its label nor its properties.
func (r *reader) countPassed(k int32, c *ctx) {
	c.s.count.label(r.numbered(k, c))
}

// numbered is the list instance and level of paragraph k: its own, or
// its style's.
func (r *reader) numbered(k int32, c *ctx) (numID, ilvl int) {
	direct := c.s.t.pLayerOf(c.s.t.wchild(k, "pPr"))
	style, _ := r.st.paraStyle(direct.style)
	return numOf(&direct, r.st.paraLayer(style, c.tblStyle, c.table != nil))
}
