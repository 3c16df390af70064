package docx

// style is one w:style of styles.xml.
type style struct {
	id, name, typ, basedOn string
	p                      pLayer
	r                      rLayer
	borders                Borders // table styles: w:tblPr/w:tblBorders
	bordersSet             uint8
}

// styles resolves effective formatting: the document defaults, then
// the table style, the paragraph style and the character style, each
// with its basedOn chain, then direct formatting.
type styles struct {
	byID                    map[string]*style
	defP                    pLayer
	defR                    rLayer
	defPara, defChar, defTb string // ids of the default styles
	theme                   *theme
	lang                    themeLang
	paraCache               map[[2]string]*paraBase
	runCache                map[[3]string]*rLayer
	nameCache               map[string][2]string
	// the last answers of runLayer and paraStyle: the runs of a
	// paragraph nearly always ask the same again, which compares the
	// strings (most often by their pointers) instead of hashing them.
	lastRunKey  [3]string
	lastRun     *rLayer
	lastNameKey string
	lastName    [2]string
	lastNameOK  bool
	// the last run resolved: its styles' layer, its direct formatting,
	// and what they gave.
	lastBase   *rLayer
	lastDirect rLayer
	lastProps  RunProps
}

// paraBase is what the styles give a paragraph before its direct
// formatting.
type paraBase struct {
	p pLayer
}

func parseStyles(t *tree, th *theme, lang themeLang) (*styles, bool) {
	s := &styles{byID: map[string]*style{}, theme: th, lang: lang,
		paraCache: map[[2]string]*paraBase{}, runCache: map[[3]string]*rLayer{}, nameCache: map[string][2]string{},
		defP: pLayer{sectPr: -1}}
	if t == nil {
		return s, true
	}
	n := 0
	for k := t.nodes[0].first; k >= 0; k = t.nodes[k].next {
		switch {
		case t.is(k, nsW, "docDefaults"):
			s.defR = t.rLayerOf(t.wchild(t.wchild(k, "rPrDefault"), "rPr"))
			s.defP = t.pLayerOf(t.wchild(t.wchild(k, "pPrDefault"), "pPr"))
		case t.is(k, nsW, "style"):
			if n++; n > MaxDefinitions {
				return s, false
			}
			s.add(t, k)
		}
	}
	return s, true
}

func (s *styles) add(t *tree, k int32) {
	id, _ := t.wattr(k, "styleId")
	if _, dup := s.byID[id]; dup {
		return
	}
	st := &style{id: id}
	st.typ, _ = t.wattr(k, "type")
	if st.typ == "" {
		st.typ = "paragraph"
	}
	st.name = t.val(t.wchild(k, "name"))
	st.basedOn = t.val(t.wchild(k, "basedOn"))
	st.p = t.pLayerOf(t.wchild(k, "pPr"))
	st.r = t.rLayerOf(t.wchild(k, "rPr"))
	if tblPr := t.wchild(k, "tblPr"); tblPr >= 0 {
		if b := t.wchild(tblPr, "tblBorders"); b >= 0 {
			t.readBorders(b, &st.borders, &st.bordersSet)
		}
	}
	s.byID[st.id] = st
	if def, _ := t.wattr(k, "default"); onOffValue(def) && def != "" {
		switch st.typ {
		case "paragraph":
			if s.defPara == "" {
				s.defPara = st.id
			}
		case "character":
			if s.defChar == "" {
				s.defChar = st.id
			}
		case "table":
			if s.defTb == "" {
				s.defTb = st.id
			}
		}
	}
}

// chain returns the style id of type typ and the styles it is based on,
// the base first. A missing id falls back to the default style of the
// type; a loop or an over-long chain is cut.
func (s *styles) chain(id, typ string) []*style {
	st := s.byID[id]
	if st == nil || st.typ != typ {
		switch typ {
		case "paragraph":
			st = s.byID[s.defPara]
		case "character":
			st = s.byID[s.defChar]
		case "table":
			st = s.byID[s.defTb]
		}
	}
	var out []*style
	for st != nil && st.typ == typ && len(out) < MaxStyleChain {
		for _, seen := range out {
			if seen == st {
				st = nil
				break
			}
		}
		if st == nil {
			break
		}
		out = append(out, st)
		st = s.byID[st.basedOn]
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}

// paraStyle returns the id of the paragraph style a paragraph uses and
// its name.
func (s *styles) paraStyle(id string) (string, string) {
	if s.lastNameOK && id == s.lastNameKey {
		return s.lastName[0], s.lastName[1]
	}
	if r, ok := s.nameCache[id]; ok {
		s.lastNameKey, s.lastName, s.lastNameOK = id, r, true
		return r[0], r[1]
	}
	r := [2]string{id, ""}
	if c := s.chain(id, "paragraph"); len(c) > 0 {
		r = [2]string{c[len(c)-1].id, c[len(c)-1].name}
	}
	s.nameCache[id] = r
	s.lastNameKey, s.lastName, s.lastNameOK = id, r, true
	return r[0], r[1]
}

// paraLayer merges the paragraph properties of the defaults, the table
// style and the paragraph style. In a table, Word lets the table style
// override the default paragraph style (Normal) but not another one.
func (s *styles) paraLayer(pStyle, tblStyle string, inTable bool) *paraBase {
	key := [2]string{pStyle, tblStyle}
	if !inTable {
		key[1] = "\x00"
	}
	if b, ok := s.paraCache[key]; ok {
		return b
	}
	b := &paraBase{p: s.defP}
	b.p.sectPr = -1
	pc := s.chain(pStyle, "paragraph")
	var tc []*style
	if inTable {
		tc = s.chain(tblStyle, "table")
	}
	normal := len(pc) > 0 && pc[len(pc)-1].id == s.defPara
	if !normal {
		for _, st := range tc {
			b.p.over(&st.p)
		}
	}
	for _, st := range pc {
		b.p.over(&st.p)
	}
	if normal {
		for _, st := range tc {
			b.p.over(&st.p)
		}
	}
	s.paraCache[key] = b
	return b
}

// runLayer merges the run properties the styles give a run: the
// defaults, then the table, paragraph and character styles. Ordinary
// properties go to the last level that sets them. Toggle properties
// (bold, italic, caps...) follow Word: each style type contributes the
// value nearest in its basedOn chain, a level that turns one on flips
// it, a level that turns it off sets it off.
func (s *styles) runLayer(pStyle, tblStyle, rStyle string, inTable bool) *rLayer {
	key := [3]string{pStyle, tblStyle, rStyle}
	if !inTable {
		key[1] = "\x00"
	}
	if s.lastRun != nil && key == s.lastRunKey {
		return s.lastRun
	}
	if l, ok := s.runCache[key]; ok {
		s.lastRunKey, s.lastRun = key, l
		return l
	}
	l := s.defR
	tog := l.tog
	pc := s.chain(pStyle, "paragraph")
	levels := [][]*style{pc}
	if inTable {
		// As for paragraph properties, the table style overrides Normal.
		tc := s.chain(tblStyle, "table")
		if len(pc) > 0 && pc[len(pc)-1].id == s.defPara {
			levels = append(levels, tc)
		} else {
			levels = [][]*style{tc, pc}
		}
	}
	levels = append(levels, s.chain(rStyle, "character"))
	for _, c := range levels {
		var lv rLayer
		for _, st := range c {
			lv.over(&st.r)
		}
		for k := range nToggles {
			if !lv.hasTog(k) {
				continue
			}
			if lv.tog[k] {
				tog[k] = !tog[k]
			} else {
				tog[k] = false
			}
		}
		l.over(&lv)
	}
	l.tog = tog
	s.runCache[key] = &l
	s.lastRunKey, s.lastRun = key, &l
	return &l
}

// runProps turns a merged layer into effective run properties.
func (s *styles) runProps(l *rLayer) RunProps {
	p := RunProps{
		Size: l.sz, SizeCS: l.szCS,
		Bold: l.tog[togBold], Italic: l.tog[togItalic], Caps: l.tog[togCaps], SmallCaps: l.tog[togSmallCaps],
		Strike: l.tog[togStrike], DoubleStrike: l.tog[togDStrike], Vanish: l.tog[togVanish],
		Underline: l.underline, VertAlign: l.vertAlign, Color: l.color, Highlight: l.highlight,
		Spacing: l.spacing, Lang: l.lang,
	}
	if p.Size == 0 {
		p.Size = 20
	}
	if p.SizeCS == 0 {
		p.SizeCS = p.Size
	}
	faces := [nSlots]*string{&p.Fonts.ASCII, &p.Fonts.HAnsi, &p.Fonts.EastAsia, &p.Fonts.CS}
	for i, f := range l.font {
		*faces[i] = f.name
		if f.theme != "" {
			*faces[i] = s.theme.font(f.theme, s.lang)
		}
	}
	// A slot never given takes the Latin face, and Word's own default.
	if p.Fonts.ASCII == "" {
		p.Fonts.ASCII = defaultFace
	}
	for _, f := range faces[1:] {
		if *f == "" {
			*f = p.Fonts.ASCII
		}
	}
	p.Fonts.Hint = l.hint
	return p
}

// defaultFace is the face Word uses when no level names one.
const defaultFace = "Times New Roman"

// resolveRun gives the effective properties of a run: the styles' layer,
// then the run's direct formatting, which sets toggles absolutely.
func (s *styles) resolveRun(pStyle, tblStyle string, inTable bool, direct *rLayer) RunProps {
	base := s.runLayer(pStyle, tblStyle, direct.style, inTable)
	// Runs in a row are mostly formatted alike: the last answer stands
	// when the styles' layer and the direct formatting are the same.
	if s.lastBase != nil && base == s.lastBase && *direct == s.lastDirect {
		return s.lastProps
	}
	l := *base
	l.over(direct)
	p := s.runProps(&l)
	s.lastBase, s.lastDirect, s.lastProps = base, *direct, p
	return p
}

// paraLayerNum is paraLayer for a paragraph numbered through its style:
// the numbering level's properties come before the paragraph style's,
// which may override them. (Numbering given on the paragraph itself
// comes after the style, and so wins.)
func (s *styles) paraLayerNum(pStyle, tblStyle string, inTable bool, lvl *pLayer) pLayer {
	p := s.defP
	p.sectPr = -1
	pc := s.chain(pStyle, "paragraph")
	var tc []*style
	if inTable {
		tc = s.chain(tblStyle, "table")
	}
	normal := len(pc) > 0 && pc[len(pc)-1].id == s.defPara
	if !normal {
		for _, st := range tc {
			p.over(&st.p)
		}
	}
	p.over(lvl)
	for _, st := range pc {
		p.over(&st.p)
	}
	if normal {
		for _, st := range tc {
			p.over(&st.p)
		}
	}
	return p
}
