package docx

// readBody reads the main text, then the sections that cut it.
func (r *reader) readBody(body int32) {
	t := r.body
	s := &storyState{kind: InBody, t: t, count: newCounters(r.num)}
	r.d.Body = r.blocks(body, &ctx{s: s, fields: &fieldStack{}})
	r.d.paras = s.paras
	final := t.wchild(body, "sectPr")
	var prev *Section
	for _, k := range append(r.sectPrs, final) {
		sec := r.section(t, k, prev)
		r.d.Sections = append(r.d.Sections, sec)
		prev = sec
	}
	i := 0
	for _, p := range r.d.paras {
		p.Section = i
		if p.SectionEnd {
			i++
		}
	}
}

// section reads a w:sectPr (-1 for a body without one); headers and
// footers the section does not name are the previous section's.
func (r *reader) section(t *tree, k int32, prev *Section) *Section {
	s := &Section{Orientation: "portrait", Columns: 1, Break: "nextPage", PageNumFormat: "decimal"}
	if prev != nil {
		s.Headers, s.Footers = prev.Headers, prev.Footers
	}
	if k < 0 {
		return s
	}
	for c := t.nodes[k].first; c >= 0; c = t.nodes[c].next {
		if t.nodes[c].ns != nsW {
			continue
		}
		switch t.nodes[c].name {
		case "pgSz":
			s.PageWidth, _ = t.twipsAttr(c, "w")
			s.PageHeight, _ = t.twipsAttr(c, "h")
			if o, _ := t.wattr(c, "orient"); o == "landscape" || o == "" && s.PageWidth > s.PageHeight {
				s.Orientation = "landscape"
			}
		case "pgMar":
			m := &s.Margins
			for _, a := range []struct {
				name string
				dst  *int
			}{{"top", &m.Top}, {"bottom", &m.Bottom}, {"left", &m.Left}, {"right", &m.Right},
				{"header", &m.Header}, {"footer", &m.Footer}, {"gutter", &m.Gutter}} {
				*a.dst, _ = t.twipsAttr(c, a.name)
			}
		case "titlePg":
			s.TitlePage = t.onOff(c)
		case "pgNumType":
			s.PageNumStart, _ = t.intAttr(c, "start")
			if f, _ := t.wattr(c, "fmt"); f != "" {
				s.PageNumFormat = f
			}
		case "cols":
			if n, ok := t.intAttr(c, "num"); ok && n > 0 {
				s.Columns = n
			}
			s.ColumnSpace, _ = t.twipsAttr(c, "space")
		case "type":
			if v := t.val(c); v != "" {
				s.Break = v
			}
		case "headerReference":
			r.headerRef(t, c, &s.Headers, InHeader)
		case "footerReference":
			r.headerRef(t, c, &s.Footers, InFooter)
		case "sectPrChange":
			r.change("sectPrChange", nil)
		}
	}
	return s
}

func (r *reader) headerRef(t *tree, k int32, set *HeaderSet, kind Story) {
	id, _ := t.attr(k, nsR, "id")
	rl, ok := r.rels[id]
	if !ok {
		return
	}
	h := r.headerFooter(rl.target, kind)
	if h == nil {
		return
	}
	switch typ, _ := t.wattr(k, "type"); typ {
	case "first":
		set.First = h
	case "even":
		set.Even = h
	default:
		set.Default = h
	}
}

// headerFooter reads a header or footer part once.
func (r *reader) headerFooter(part string, kind Story) *HeaderFooter {
	if h, ok := r.hdrs[part]; ok {
		return h
	}
	if r.hdrs == nil {
		r.hdrs = map[string]*HeaderFooter{}
	}
	t, err := r.p.xmlKeep(part, storyKeep)
	if err != nil {
		if r.err == nil {
			r.err = err
		}
		return nil
	}
	if t == nil {
		r.hdrs[part] = nil
		return nil
	}
	s := &storyState{kind: kind, t: t, count: newCounters(r.num)}
	h := &HeaderFooter{Part: part, Blocks: r.blocks(0, &ctx{s: s, fields: &fieldStack{}})}
	r.hdrs[part] = h
	return h
}
