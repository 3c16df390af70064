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
