package doc

// Text hidden by a style ([MS-DOC] 2.6.1 sprmCFVanish in a style's
// character sprms, 2.4.6.6): a paragraph style or a character style may
// hide what it is given, and a run's own sprmCFVanish of 0x80 or 0x81
// then takes the style's value or its opposite. A run's own properties
// alone (charSprms) tell whether it prints when no style of the
// stylesheet hides (the common case, read at no cost); when one does,
// each run is resolved through its paragraph's style and its character
// style, once for each run and style.

// hidesText reports whether a style of the stylesheet hides its text.
func (s *stylesheet) hidesText() bool {
	for i := range s.styles {
		var c chp
		if applyChp(&c, s.styles[i].chp) && c.tog[togVanish] {
			return true
		}
	}
	return false
}

// hiddenKey is a run of characters in a paragraph of a style.
type hiddenKey struct{ run, istd int }

// hidden reports whether the character stored at fc, of properties
// props and run run (its CHPX, -1 for none), is hidden: by its own
// properties, or through its styles when a style hides.
func (b *builder) hidden(props charProps, run int, fc uint32) bool {
	if props.special || b.fmt == nil || !b.fmt.hides {
		return props.vanish || props.special
	}
	para, _ := propsAt(b.runs, fc)
	key := hiddenKey{run, para.istd}
	if h, ok := b.fmt.hidden[key]; ok {
		return h
	}
	c, ok := b.fmt.chpOf(para.istd, props.grpprl)
	h := props.vanish
	if ok {
		h = c.tog[togVanish]
	}
	b.fmt.hidden[key] = h
	return h
}
