package docx

import (
	"strconv"
	"strings"
)

// storyState is what the reading of one story (the body, the footnotes,
// a header) carries from paragraph to paragraph.
type storyState struct {
	kind  Story
	t     *tree
	count *counters
	paras []*Paragraph
	note  *Note // the note being read, for w:footnoteRef
}

// ctx says where blocks being read go.
type ctx struct {
	s        *storyState
	fields   *fieldStack // complex fields open in this flow of text
	table    *Table
	tblStyle string
	row, col int
	textBox  bool
	depth    int // tables around, 0 in the body
}

// fieldStack holds the complex fields (w:fldChar) open in a flow of
// text: the body, a note, or a text box.
type fieldStack struct {
	open []*openField
}

type openField struct {
	instr  strings.Builder
	result bool         // past w:fldChar separate: the result shows
	b      *paraBuilder // paragraph where the result started
	start  int          // its offset there
}

// visible reports whether text at this point shows: not inside the
// instruction of any open field.
func (f *fieldStack) visible() bool {
	for _, o := range f.open {
		if !o.result {
			return false
		}
	}
	return true
}

// code returns the code of the innermost field showing its result.
func (f *fieldStack) code() string {
	if len(f.open) == 0 {
		return ""
	}
	return fieldCode(f.open[len(f.open)-1].instr.String())
}

func fieldCode(instr string) string {
	w, _, _ := strings.Cut(strings.TrimSpace(instr), " ")
	return strings.ToUpper(w)
}

// paraBuilder collects a paragraph while its content is read. A
// paragraph whose mark is deleted (a tracked deletion) joins the next:
// the builder carries on into it.
type paraBuilder struct {
	p         *Paragraph
	node      int32 // the w:p whose properties the paragraph takes
	style     string
	text      strings.Builder
	boxes     []box // text boxes anchored in the paragraph
	markDel   bool
	held      bool // joined past a hidden mark: node is the first printing paragraph
	counted   bool // node's numbering counted when it was held: lvl, raw
	lvl       *level
	raw       string
	lastRun   int32 // the w:r the last Run came from
	awaitMark *Note // a custom note mark follows
}

func (b *paraBuilder) len() int { return b.text.Len() }

// blocks reads the block-level content of parent: paragraphs and tables.
func (r *reader) blocks(parent int32, c *ctx) []Block {
	var out []Block
	var carry *paraBuilder
	r.blockKids(parent, c, &out, &carry)
	if carry != nil {
		out = r.finish(carry, c, out)
	}
	return out
}

func (r *reader) blockKids(parent int32, c *ctx, out *[]Block, carry **paraBuilder) {
	t := c.s.t
	if parent < 0 || t == nil {
		return
	}
	for k := t.nodes[parent].first; k >= 0 && r.err == nil; k = t.nodes[k].next {
		n := &t.nodes[k]
		if n.ns != nsW {
			continue
		}
		switch n.name {
		case "p":
			b := *carry
			if b == nil {
				b = r.newBuilder(c)
			}
			*carry = nil
			if !b.held {
				b.node = k
			}
			b.markDel = false
			b.style = t.val(t.wchild(t.wchild(k, "pPr"), "pStyle"))
			if b.p.Runs == nil {
				b.p.Runs = runRoom(t, k)
			}
			r.inline(k, b, c, false)
			if b.markDel {
				*carry = b
				continue
			}
			if r.markHidden(k, b.style, c) {
				r.hold(b, k, c)
				*carry = b
				continue
			}
			if b.held {
				r.countPassed(k, c)
			}
			*out = r.finish(b, c, *out)
		case "tbl":
			if *carry != nil {
				*out = r.finish(*carry, c, *out)
				*carry = nil
			}
			*out = append(*out, r.table(k, c))
		case "sdt":
			r.blockKids(t.wchild(k, "sdtContent"), c, out, carry)
		case "customXml", "ins", "moveTo":
			r.blockKids(k, c, out, carry)
		case "del", "moveFrom":
			r.change(n.name, nil)
		case "altChunk":
			r.d.Embedded.Chunks++
			r.chunkPending = r.d.Embedded.First.Para == nil
		}
	}
}

// runRoom makes room for the runs of paragraph k, one for each w:r it
// holds (a run grown one at a time is copied at each doubling); nil for
// one or none.
func runRoom(t *tree, k int32) []Run {
	n := 0
	for ch := t.nodes[k].first; ch >= 0; ch = t.nodes[ch].next {
		if t.nodes[ch].ns == nsW && t.nodes[ch].name == "r" {
			n++
		}
	}
	if n < 2 {
		return nil
	}
	return make([]Run, 0, n)
}

func (r *reader) newBuilder(c *ctx) *paraBuilder {
	p := &Paragraph{Story: c.s.kind, Table: c.table, Row: c.row, Col: c.col, TextBox: c.textBox}
	return &paraBuilder{p: p, lastRun: -1}
}

// finish resolves a paragraph's properties and numbering, adds it to out
// with the text boxes it anchors, and returns out.
func (r *reader) finish(b *paraBuilder, c *ctx, out []Block) []Block {
	if !r.countBlock() {
		return out
	}
	t := c.s.t
	p := b.p
	if r.chunkPending && b.len() > 0 {
		r.d.Embedded.First, r.chunkPending = Place{Para: p}, false
	}
	for _, f := range c.fields.open {
		if !f.result {
			break // the fields inside an instruction do not show
		}
		start := 0
		if f.b == b {
			start = f.start
		}
		p.Fields = append(p.Fields, Field{Code: fieldCode(f.instr.String()), Instr: strings.TrimSpace(f.instr.String()), Start: start, End: b.len()})
		f.b = nil
	}
	pPr := t.wchild(b.node, "pPr")
	direct := t.pLayerOf(pPr)
	inTable := c.table != nil
	p.Style, p.StyleName = r.st.paraStyle(direct.style)
	base := r.st.paraLayer(p.Style, c.tblStyle, inTable)
	numID, ilvl := numOf(&direct, base)
	numDirect := direct.has&phNumID != 0
	lvl, raw := b.lvl, b.raw
	if !b.counted {
		lvl, raw = c.s.count.label(numID, ilvl)
	}
	m := base.p
	if lvl != nil {
		if !numDirect {
			m = r.st.paraLayerNum(p.Style, c.tblStyle, inTable, &lvl.p)
		} else {
			m.over(&lvl.p)
		}
	}
	m.over(&direct)
	p.Props = m.props()
	p.Props.Num = NumRef{}
	if numID != 0 {
		p.Props.Num = NumRef{ID: numID, Level: ilvl}
	}
	mark := *r.st.runLayer(p.Style, c.tblStyle, "", inTable)
	mark.over(&direct.mark)
	p.Mark = r.st.runProps(&mark)
	if lvl != nil && !printsNothing(lvl, raw) {
		p.Label = r.label(lvl, raw, numID, ilvl, mark)
	}
	p.Text = b.text.String()
	if len(p.Runs) == 0 {
		p.Runs = nil // room made for runs that printed nothing
	}
	if direct.sectPr >= 0 && c.s.kind == InBody && !c.textBox && c.depth == 0 {
		p.SectionEnd = true
		r.sectPrs = append(r.sectPrs, direct.sectPr)
		r.sectionEnded()
	}
	p.Index = len(c.s.paras)
	c.s.paras = append(c.s.paras, p)
	out = append(out, p)
	orderBoxes(b.boxes)
	for _, bx := range b.boxes {
		bc := *c
		bc.textBox, bc.fields = true, &fieldStack{}
		out = append(out, r.blocks(bx.content, &bc)...)
	}
	return out
}

// printsNothing: a level whose text is empty and whose suffix is
// "nothing" puts nothing before the paragraph (ECMA-376 Part 1, 17.9.11
// lvlText, 17.9.28 suff): the paragraph has no label, though its level
// still counts and lends its indents. LibreOffice ties such a level to
// Heading 1 to 10 in every file it writes through its own formats (its
// chapter numbering left unnumbered), so a centred "THÔNG BÁO" in
// Heading 1 is no numbered paragraph.
func printsNothing(lvl *level, raw string) bool {
	return raw == "" && lvl.suffix == "nothing"
}

// label makes a paragraph's numbering label: its text, bullets mapped to
// the character they show, and its formatting (the paragraph mark's,
// then the level's own).
func (r *reader) label(lvl *level, raw string, numID, ilvl int, mark rLayer) *Label {
	mark.over(&lvl.r)
	props := r.st.runProps(&mark)
	l := &Label{Raw: raw, Text: raw, Format: lvl.format, NumID: numID, Level: ilvl, Suffix: lvl.suffix, Props: props}
	if raw != "" {
		first := []rune(raw)[0]
		l.Text, _ = mapSymbols(props.Fonts.For(first), oneLine(raw), false)
	}
	if l.Suffix == "" {
		l.Suffix = "tab"
	}
	l.Run = Run{Text: l.Text, Props: props}
	return l
}

// inline reads the content of a paragraph or of an element within it.
func (r *reader) inline(parent int32, b *paraBuilder, c *ctx, ins bool) {
	t := c.s.t
	for k := t.nodes[parent].first; k >= 0; k = t.nodes[k].next {
		n := &t.nodes[k]
		if n.ns == nsM && (n.name == "oMathPara" || n.name == "oMath") {
			r.math(k, b, c)
			continue
		}
		if n.ns != nsW {
			continue
		}
		switch n.name {
		case "pPr":
			r.markChanges(t, k, b)
		case "r":
			r.run(k, b, c, ins)
		case "hyperlink", "smartTag", "customXml", "dir", "bdo":
			r.inline(k, b, c, ins)
		case "sdt":
			if sc := t.wchild(k, "sdtContent"); sc >= 0 {
				r.inline(sc, b, c, ins)
			}
		case "ins", "moveTo":
			r.change(n.name, b)
			r.inline(k, b, c, true)
		case "del", "moveFrom":
			r.change(n.name, b)
		case "fldSimple":
			r.simpleField(k, b, c, ins)
		case "commentRangeStart":
			r.comment(t, k, b)
		}
	}
}

// markChanges notes the tracked changes of a paragraph's properties and
// mark; a deleted mark joins the paragraph to the next.
func (r *reader) markChanges(t *tree, pPr int32, b *paraBuilder) {
	if t.wchild(pPr, "pPrChange") >= 0 {
		r.change("pPrChange", b)
	}
	rPr := t.wchild(pPr, "rPr")
	if rPr < 0 {
		return
	}
	if t.wchild(rPr, "del") >= 0 {
		r.change("del", b)
		b.markDel = true
	}
	if t.wchild(rPr, "ins") >= 0 {
		r.change("ins", b)
	}
	if t.wchild(rPr, "rPrChange") >= 0 {
		r.change("rPrChange", b)
	}
}

// cellChanges counts the tracked changes of a cell's properties: a
// cell inserted, deleted or merged (w:cellIns, w:cellDel, w:cellMerge)
// and a change of its properties (w:tcPrChange).
func (r *reader) cellChanges(t *tree, tcPr int32) {
	if tcPr < 0 {
		return
	}
	for _, c := range cellChangeKinds {
		if t.wchild(tcPr, c[0]) >= 0 {
			r.change(c[1], nil)
		}
	}
}

// cellChangeKinds: a cell property's element and the change it counts as.
var cellChangeKinds = [...][2]string{{"cellIns", "ins"}, {"cellDel", "del"}, {"cellMerge", "cellMerge"}, {"tcPrChange", "tcPrChange"}}

// change counts a tracked change and places the first.
func (r *reader) change(kind string, b *paraBuilder) {
	ch := &r.d.Changes
	switch kind {
	case "ins":
		ch.Insertions++
	case "del":
		ch.Deletions++
	case "moveFrom", "moveTo":
		ch.Moves++
	default:
		ch.Formatting++
	}
	if ch.First.Para == nil && b != nil {
		ch.First = Place{Para: b.p, Offset: b.len()}
	}
}

func (r *reader) comment(t *tree, k int32, b *paraBuilder) {
	id, _ := t.wattr(k, "id")
	if r.comments[id] {
		return
	}
	r.comments[id] = true
	if len(r.comments) > r.d.Changes.Comments {
		r.d.Changes.Comments = len(r.comments)
	}
	if r.d.Changes.FirstComment.Para == nil {
		r.d.Changes.FirstComment = Place{Para: b.p, Offset: b.len()}
	}
}

// piece is what a run adds besides its text.
type piece struct {
	note    *Note
	symbol  bool
	symFont string
	symChar rune
}

// add appends text of run node k with props to the paragraph: as a
// hidden run when hidden, nowhere inside a field's instruction. It
// reports whether the text shows.
func (r *reader) add(b *paraBuilder, c *ctx, k int32, s string, props *RunProps, style string, ins bool, pc piece) bool {
	if !c.fields.visible() {
		return false
	}
	s = oneLine(s)
	if b.awaitMark != nil && pc.note == nil && strings.TrimSpace(s) != "" {
		b.awaitMark.Number = strings.TrimSpace(s)
		pc.note, b.awaitMark = b.awaitMark, nil
	}
	p := b.p
	at := b.len()
	if props.Vanish {
		if n := len(p.Runs); n > 0 && b.lastRun == k && p.Runs[n-1].Start == p.Runs[n-1].End && pc == (piece{}) {
			p.Runs[n-1].Text += s
		} else {
			p.Runs = append(p.Runs, Run{Text: s, Start: at, End: at, Style: style, Props: *props, Field: c.fields.code(), Inserted: ins})
		}
		b.lastRun = k
		return false
	}
	if props.Caps {
		s = strings.ToUpper(s)
	}
	code := c.fields.code()
	if n := len(p.Runs); n > 0 && b.lastRun == k && pc == (piece{}) {
		last := &p.Runs[n-1]
		if last.End == at && last.Start != last.End && last.Field == code && last.Note == nil && !last.Symbol {
			last.Text += s
			last.End += len(s)
			b.text.WriteString(s)
			return true
		}
	}
	b.text.WriteString(s)
	p.Runs = append(p.Runs, Run{Text: s, Start: at, End: at + len(s), Style: style, Props: *props, Field: code,
		Note: pc.note, Symbol: pc.symbol, SymbolFont: pc.symFont, SymbolChar: pc.symChar, Inserted: ins})
	b.lastRun = k
	return true
}

// run reads a w:r.
func (r *reader) run(k int32, b *paraBuilder, c *ctx, ins bool) {
	t := c.s.t
	rPr := t.wchild(k, "rPr")
	direct := t.rLayerOf(rPr)
	if rPr >= 0 && t.wchild(rPr, "rPrChange") >= 0 {
		r.change("rPrChange", b)
	}
	props := r.st.resolveRun(r.paraStyleID(b), c.tblStyle, c.table != nil, &direct)
	style := direct.style
	for ch := t.nodes[k].first; ch >= 0; ch = t.nodes[ch].next {
		n := &t.nodes[ch]
		if n.ns != nsW {
			continue
		}
		switch n.name {
		case "t":
			s := n.text
			if sym, ok := mapSymbols(props.Fonts.For(firstRune(s)), s, true); ok {
				r.add(b, c, k, sym, &props, style, ins, piece{symbol: true, symFont: props.Fonts.For(firstRune(s)), symChar: firstRune(s)})
				continue
			}
			r.add(b, c, k, s, &props, style, ins, piece{})
		case "tab", "ptab":
			r.add(b, c, k, "\t", &props, style, ins, piece{})
		case "br", "cr":
			switch typ, _ := t.wattr(ch, "type"); typ {
			case "page":
				b.p.PageBreak = b.p.PageBreak || c.fields.visible()
			case "column":
				b.p.ColumnBreak = b.p.ColumnBreak || c.fields.visible()
			default:
				at := b.len()
				if r.add(b, c, k, " ", &props, style, ins, piece{}) {
					b.p.Breaks = append(b.p.Breaks, at)
				}
			}
		case "noBreakHyphen":
			r.add(b, c, k, "-", &props, style, ins, piece{})
		case "sym":
			r.sym(ch, b, c, k, &props, style, ins)
		case "fldChar":
			r.fieldChar(ch, b, c)
		case "instrText":
			if f := c.fields.open; len(f) > 0 && !f[len(f)-1].result {
				f[len(f)-1].instr.WriteString(n.text)
			}
		case "footnoteReference", "endnoteReference":
			r.noteRef(ch, b, c, k, &props, style, ins)
		case "footnoteRef", "endnoteRef":
			if c.s.note != nil && !c.s.note.Custom {
				r.add(b, c, k, superscript(c.s.note.Number), &props, style, ins, piece{note: c.s.note})
			}
		case "commentReference":
			r.comment(t, ch, b)
		case "lastRenderedPageBreak":
			b.p.RenderedPageBreak = true
		case "pgNum":
			b.p.Fields = append(b.p.Fields, Field{Code: "PAGE", Instr: "PAGE", Start: b.len(), End: b.len()})
		case "drawing", "pict", "object":
			b.addBoxes(t, ch)
		case "ruby":
			if rb := t.wchild(ch, "rubyBase"); rb >= 0 {
				r.inline(rb, b, c, ins)
			}
		}
	}
}

// paraStyleID returns the style id the runs of a paragraph resolve with.
func (r *reader) paraStyleID(b *paraBuilder) string {
	id, _ := r.st.paraStyle(b.style)
	return id
}

func firstRune(s string) rune {
	for _, r := range s {
		return r
	}
	return 0
}

func (r *reader) sym(k int32, b *paraBuilder, c *ctx, run int32, props *RunProps, style string, ins bool) {
	t := c.s.t
	font, _ := t.wattr(k, "font")
	hex, _ := t.wattr(k, "char")
	code, err := strconv.ParseUint(hex, 16, 32)
	if err != nil || !xmlChar(rune(code)) {
		return
	}
	ch, _ := mapSymbol(font, rune(code))
	r.add(b, c, run, string(ch), props, style, ins, piece{symbol: true, symFont: font, symChar: rune(code)})
}

func (r *reader) noteRef(k int32, b *paraBuilder, c *ctx, run int32, props *RunProps, style string, ins bool) {
	t := c.s.t
	if c.s.kind != InBody || !c.fields.visible() {
		return
	}
	id, ok := t.intAttr(k, "id")
	if !ok {
		return
	}
	custom := false
	if v, ok := t.wattr(k, "customMarkFollows"); ok {
		custom = onOffValue(v)
	}
	n := r.noteFor(t.nodes[k].name == "endnoteReference", id, custom)
	if n == nil {
		return
	}
	at := b.len()
	b.p.Notes = append(b.p.Notes, NoteRef{Note: n, Offset: at})
	if n.Ref == nil {
		n.Ref, n.RefOffset = b.p, at
	}
	if n.Custom {
		b.awaitMark = n
		if n.Number != "" {
			b.awaitMark = nil // a second reference: the mark is typed again
		}
		return
	}
	r.add(b, c, run, superscript(n.Number), props, style, ins, piece{note: n})
}

// fieldChar reads a w:fldChar: begin, separate or end of a complex field.
func (r *reader) fieldChar(k int32, b *paraBuilder, c *ctx) {
	t := c.s.t
	fs := c.fields
	switch typ, _ := t.wattr(k, "fldCharType"); typ {
	case "begin":
		if len(fs.open) < MaxDepth {
			fs.open = append(fs.open, &openField{})
		}
	case "separate":
		if n := len(fs.open); n > 0 && !fs.open[n-1].result {
			f := fs.open[n-1]
			f.result, f.b, f.start = true, b, b.len()
		}
	case "end":
		n := len(fs.open)
		if n == 0 {
			return
		}
		f := fs.open[n-1]
		fs.open = fs.open[:n-1]
		if f.result && fs.visible() {
			start := 0
			if f.b == b {
				start = f.start
			}
			b.p.Fields = append(b.p.Fields, Field{Code: fieldCode(f.instr.String()), Instr: strings.TrimSpace(f.instr.String()), Start: start, End: b.len()})
		}
	}
}

// simpleField reads a w:fldSimple: its instruction is an attribute, its
// content the result.
func (r *reader) simpleField(k int32, b *paraBuilder, c *ctx, ins bool) {
	t := c.s.t
	instr, _ := t.wattr(k, "instr")
	f := &openField{result: true, b: b, start: b.len()}
	f.instr.WriteString(instr)
	visible := c.fields.visible()
	c.fields.open = append(c.fields.open, f)
	r.inline(k, b, c, ins)
	c.fields.open = c.fields.open[:len(c.fields.open)-1]
	if visible {
		start := 0
		if f.b == b {
			start = f.start
		}
		b.p.Fields = append(b.p.Fields, Field{Code: fieldCode(instr), Instr: strings.TrimSpace(instr), Start: start, End: b.len()})
	}
}

// math reads an equation as its text, a fraction as its numerator, a
// slash and its denominator.
func (r *reader) math(k int32, b *paraBuilder, c *ctx) {
	t := c.s.t
	var sb strings.Builder
	var walk func(i int32)
	walk = func(i int32) {
		for ch := t.nodes[i].first; ch >= 0; ch = t.nodes[ch].next {
			switch {
			case t.is(ch, nsM, "t"):
				sb.WriteString(t.nodes[ch].text)
			case t.is(ch, nsM, "den"):
				sb.WriteByte('/') // a fraction in a line, as Word's linear format writes it
				walk(ch)
			default:
				walk(ch)
			}
		}
	}
	walk(k)
	if sb.Len() > 0 {
		var empty rLayer
		props := r.st.resolveRun(r.paraStyleID(b), c.tblStyle, c.table != nil, &empty)
		r.add(b, c, k, sb.String(), &props, "", false, piece{})
	}
}

// findAll appends to out the descendants of i named ns:name, without
// looking inside them.
func (t *tree) findAll(i int32, ns nsID, name string, out []int32) []int32 {
	for k := t.nodes[i].first; k >= 0; k = t.nodes[k].next {
		if t.is(k, ns, name) {
			out = append(out, k)
		} else {
			out = t.findAll(k, ns, name, out)
		}
	}
	return out
}

// table reads a w:tbl.
func (r *reader) table(k int32, c *ctx) *Table {
	t := c.s.t
	tb := &Table{Depth: c.depth}
	tblPr := t.wchild(k, "tblPr")
	tb.Style = t.val(t.wchild(tblPr, "tblStyle"))
	var set uint8
	for _, st := range r.st.chain(tb.Style, "table") {
		overBorders(&tb.Borders, &set, &st.borders, st.bordersSet)
	}
	if bd := t.wchild(tblPr, "tblBorders"); bd >= 0 {
		var d Borders
		var ds uint8
		t.readBorders(bd, &d, &ds)
		overBorders(&tb.Borders, &set, &d, ds)
	}
	if tblPr >= 0 && t.wchild(tblPr, "tblPrChange") >= 0 {
		r.change("tblPrChange", nil)
	}
	if g := t.wchild(k, "tblGrid"); g >= 0 {
		for col := t.nodes[g].first; col >= 0; col = t.nodes[col].next {
			if t.is(col, nsW, "gridCol") {
				w, _ := t.twipsAttr(col, "w")
				tb.Grid = append(tb.Grid, w)
			}
		}
	}
	r.rows(k, tb, c)
	return tb
}

func overBorders(dst *Borders, dstSet *uint8, src *Borders, srcSet uint8) {
	for i := range borderSides {
		if srcSet&(1<<i) != 0 {
			*sidePtr(dst, i) = *sidePtr(src, i)
		}
	}
	*dstSet |= srcSet
}

func (r *reader) rows(parent int32, tb *Table, c *ctx) {
	t := c.s.t
	for k := t.nodes[parent].first; k >= 0 && r.err == nil; k = t.nodes[k].next {
		n := &t.nodes[k]
		if n.ns != nsW {
			continue
		}
		switch n.name {
		case "tr":
			r.row(k, tb, c)
		case "sdt":
			if sc := t.wchild(k, "sdtContent"); sc >= 0 {
				r.rows(sc, tb, c)
			}
		case "customXml", "ins", "moveTo":
			r.rows(k, tb, c)
		}
	}
}

func (r *reader) row(k int32, tb *Table, c *ctx) {
	t := c.s.t
	trPr := t.wchild(k, "trPr")
	if t.wchild(trPr, "del") >= 0 {
		r.change("del", nil)
		return // a deleted row is gone once changes are accepted
	}
	if t.wchild(trPr, "ins") >= 0 {
		r.change("ins", nil)
	}
	if t.wchild(trPr, "trPrChange") >= 0 {
		r.change("trPrChange", nil)
	}
	row := Row{Header: t.wchild(trPr, "tblHeader") >= 0 && t.onOff(t.wchild(trPr, "tblHeader"))}
	grid := 0
	if gb := t.wchild(trPr, "gridBefore"); gb >= 0 {
		grid, _ = t.intAttr(gb, "val")
		grid = max(0, min(grid, 1000))
	}
	tb.Rows = append(tb.Rows, Row{})
	ri := len(tb.Rows) - 1
	r.cells(k, tb, c, ri, &row, &grid)
	tb.Rows[ri] = row
}

func (r *reader) cells(parent int32, tb *Table, c *ctx, ri int, row *Row, grid *int) {
	t := c.s.t
	for k := t.nodes[parent].first; k >= 0 && r.err == nil; k = t.nodes[k].next {
		n := &t.nodes[k]
		if n.ns != nsW {
			continue
		}
		switch n.name {
		case "tc":
			if !r.countBlock() {
				return
			}
			row.Cells = append(row.Cells, r.cell(k, tb, c, ri, len(row.Cells), grid))
		case "sdt":
			if sc := t.wchild(k, "sdtContent"); sc >= 0 {
				r.cells(sc, tb, c, ri, row, grid)
			}
		case "customXml":
			r.cells(k, tb, c, ri, row, grid)
		}
	}
}

func (r *reader) cell(k int32, tb *Table, c *ctx, ri, ci int, grid *int) Cell {
	t := c.s.t
	tcPr := t.wchild(k, "tcPr")
	cell := Cell{Span: 1, GridCol: *grid}
	r.cellChanges(t, tcPr)
	if w := t.wchild(tcPr, "tcW"); w >= 0 {
		if typ, _ := t.wattr(w, "type"); typ == "" || typ == "dxa" {
			cell.Width, _ = t.twipsAttr(w, "w")
		}
	}
	if gs := t.wchild(tcPr, "gridSpan"); gs >= 0 {
		if v, ok := t.intAttr(gs, "val"); ok && v > 1 {
			cell.Span = min(v, 1000)
		}
	}
	if vm := t.wchild(tcPr, "vMerge"); vm >= 0 {
		cell.Merge = "continue"
		if t.val(vm) == "restart" {
			cell.Merge = "restart"
		}
	}
	*grid += cell.Span
	cc := &ctx{s: c.s, fields: c.fields, table: tb, tblStyle: tb.Style, row: ri, col: ci, textBox: c.textBox, depth: c.depth + 1}
	cell.Blocks = r.blocks(k, cc)
	return cell
}

// oneLine turns the line ends an XML text may hold into spaces, as Word
// shows them: a listing line is one paragraph.
func oneLine(s string) string {
	if strings.IndexByte(s, '\n') < 0 && strings.IndexByte(s, '\r') < 0 {
		return s
	}
	return strings.NewReplacer("\r\n", " ", "\r", " ", "\n", " ").Replace(s)
}
