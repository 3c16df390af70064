package doc

import (
	"encoding/binary"
	"slices"
	"strconv"
	"strings"
	"unicode/utf16"

	"github.com/thongbao/thongbao/notice/docx"
)

// The characters of the text with a meaning of their own ([MS-DOC]
// 2.8.25, 2.16.9).
const (
	chParaEnd     = 0x0D
	chCellEnd     = 0x07 // a cell's end, or a row's
	chLineBreak   = 0x0B
	chPageBreak   = 0x0C // a page break, or a section's end
	chColumnBreak = 0x0E
	chTab         = 0x09
	chFieldBegin  = 0x13
	chFieldSep    = 0x14
	chFieldEnd    = 0x15
	chNBHyphen    = 0x1E
	chSoftHyphen  = 0x1F
)

// sectionEnds reads the CPs at which sections end from a PlcfSed: each
// section's mark is the character before.
func sectionEnds(plc []byte) []uint32 {
	if len(plc) < 4 || (len(plc)-4)%16 != 0 {
		return nil
	}
	n := (len(plc) - 4) / 16
	out := make([]uint32, 0, n)
	for k := 1; k <= n; k++ {
		out = append(out, binary.LittleEndian.Uint32(plc[4*k:]))
	}
	slices.Sort(out) // in order in a sound file; looked up by halves
	return out
}

// builder cuts the characters of the main text into blocks.
type builder struct {
	runs     []fkpRun
	chars    []chpxRun
	sections []uint32
	lists    *numbering
	// story is where the paragraphs are; textBox is set in a text box.
	story   docx.Story
	textBox bool
	// boxes are the text boxes anchored in this text's story, by the CP
	// of their anchor there, and boxChars the characters of their story;
	// pending are those of the paragraph being read. base is the CP in
	// its story of the first character of the text read.
	base     uint32
	boxes    map[uint32][]boxStory
	boxChars []char
	pending  []boxStory
	// mark is what a note reference prints in a note's own text (its
	// number); in the main text each prints the number of its note, by
	// its CP in refMarks, or when refMarks does not name it the next
	// number, refs counting them.
	mark     string
	refMarks map[uint32]string
	refs     int

	body   []docx.Block
	text   strings.Builder
	breaks []int
	cell   []docx.Block
	row    []docx.Cell
	table  *docx.Table
	fields []*openField // the fields open
	codes  int          // how many of them are not yet in their result
	index  int
	// blocks counts the paragraphs and cells built, with the notes'
	// builders: past docx.MaxBlocks building stops and over is set.
	blocks *int
	over   bool
	// fmt resolves the formatting; nil when it is not read. spans are
	// the stretches of the paragraph's text each of one run of
	// characters (CHPX), done the fields whose result it holds.
	fmt        *formats
	track      *tracker
	held       uint32 // the mark of the first paragraph of a join (hidden_mark.go)
	holding    bool
	labelHeld  bool // heldLabel, heldLevel counted for the next paragraph built
	heldLabel  string
	heldLevel  *level
	spans      []span
	done       []docx.Field
	sectionEnd bool
}

// openField is a field being read: its instruction, and once in its
// result where the result starts in the paragraph (index) it is in.
type openField struct {
	instr  strings.Builder
	result bool
	start  int
	index  int
}

// span is a stretch [start, end) of a paragraph's text of one run of
// characters, whose own sprms are grpprl.
type span struct {
	start, end int
	run        int
	grpprl     []byte
}

// visible reports whether text here prints: outside every field's code.
// codes counts the open fields not yet in their result, so that a text
// of fields nested deep is read in one pass, not rescanned (rv76b).
func (b *builder) visible() bool { return b.codes == 0 }

// field handles a field's begin, separator or end mark.
func (b *builder) field(c uint16) {
	n := len(b.fields)
	switch {
	case c == chFieldBegin:
		b.fields = append(b.fields, &openField{})
		b.codes++
	case n == 0:
	case c == chFieldSep:
		f := b.fields[n-1]
		if !f.result {
			b.codes--
		}
		f.result, f.start, f.index = true, b.text.Len(), b.index
	default:
		f := b.fields[n-1]
		b.fields = b.fields[:n-1]
		if !f.result {
			b.codes--
		}
		if f.result && f.index == b.index && b.visible() {
			instr := strings.TrimSpace(f.instr.String())
			code, _, _ := strings.Cut(instr, " ")
			b.done = append(b.done, docx.Field{Code: strings.ToUpper(code), Instr: instr, Start: f.start, End: b.text.Len()})
		}
	}
}

// code adds a character of a field's instruction to the innermost
// field's, when it is in no field's result.
func (b *builder) code(c uint16) {
	if n := len(b.fields); n > 0 && !b.fields[n-1].result && c >= 0x20 {
		b.fields[n-1].instr.WriteRune(rune(c))
	}
}

// wrote notes that the text from start on was written from a character
// of run run, of sprms grpprl.
func (b *builder) wrote(start, run int, grpprl []byte) {
	end := b.text.Len()
	if end == start {
		return
	}
	if n := len(b.spans); n > 0 && b.spans[n-1].run == run && b.spans[n-1].end == start {
		b.spans[n-1].end = end
		return
	}
	b.spans = append(b.spans, span{start: start, end: end, run: run, grpprl: grpprl})
}

func (b *builder) build(cs []char) []docx.Block {
	for i := 0; i < len(cs) && !b.over; i++ {
		c := cs[i]
		if bs, ok := b.boxes[b.base+uint32(i)]; ok {
			b.pending = append(b.pending, bs...)
		}
		b.track.at(b.base+uint32(i), b.text.Len())
		switch c.c {
		case chFieldBegin, chFieldSep, chFieldEnd:
			b.field(c.c)
			continue
		case chParaEnd:
			mark, run := charAt(b.chars, c.fc)
			b.track.see(mark, b.text.Len())
			if b.joins(mark, run, cs, i) {
				continue
			}
			b.endPara(c.fc, b.prev(cs, i))
			continue
		case chCellEnd:
			b.endCell(c.fc, b.prev(cs, i))
			continue
		case chPageBreak:
			if b.endsSection(uint32(i) + 1) {
				b.sectionEnd = true
				b.endPara(c.fc, b.prev(cs, i))
			}
			continue
		}
		if !b.visible() {
			b.code(c.c)
			continue
		}
		props, run := charAt(b.chars, c.fc)
		b.track.see(props, b.text.Len())
		if props.deleted || b.hidden(props, run, c.fc) {
			continue
		}
		start := b.text.Len()
		switch {
		case c.c == chLineBreak:
			b.breaks = append(b.breaks, b.text.Len())
			b.text.WriteByte(' ')
		case c.c == chTab:
			b.text.WriteByte('\t')
		case c.c == chNBHyphen:
			b.text.WriteByte('-')
		case c.c == chNoteRef:
			b.text.WriteString(b.noteMark(b.base + uint32(i)))
		case c.c < 0x20 || c.c == chSoftHyphen:
			// object anchors, note references, soft hyphens: nothing printed
		case utf16.IsSurrogate(rune(c.c)):
			if i+1 < len(cs) {
				if r := utf16.DecodeRune(rune(c.c), rune(cs[i+1].c)); r != '\uFFFD' {
					b.text.WriteRune(r)
					i++
				}
			}
		case props.caps:
			b.text.WriteString(strings.ToUpper(string(symbolChar(rune(c.c)))))
		default:
			b.text.WriteRune(symbolChar(rune(c.c)))
		}
		b.wrote(start, run, props.grpprl)
	}
	b.endPara(0, 0)
	b.flushTable()
	return b.body
}

// noteMark is what a note reference at cp prints.
func (b *builder) noteMark(cp uint32) string {
	if b.mark != "" {
		return b.mark
	}
	if m, ok := b.refMarks[cp]; ok {
		return m
	}
	b.refs++
	return docx.Superscript(strconv.Itoa(b.refs))
}

// prev is the character before i, 0 at the start.
func (b *builder) prev(cs []char, i int) uint16 {
	if i == 0 {
		return 0
	}
	return cs[i-1].c
}

// endsSection reports whether a section ends at cp.
func (b *builder) endsSection(cp uint32) bool {
	_, ok := slices.BinarySearch(b.sections, cp)
	return ok
}

// para takes the paragraph built so far, with its list label, its
// fields and, when it is read, its formatting; fc is where its mark is
// stored.
func (b *builder) para(props paraProps, fc uint32) *docx.Paragraph {
	b.count()
	props = b.styleList(props)
	t := b.text.String()
	p := &docx.Paragraph{Text: t, Breaks: b.breaks, Index: b.index, Story: b.story, TextBox: b.textBox,
		Fields: b.done, SectionEnd: b.sectionEnd && b.story == docx.InBody && !b.textBox}
	label, lv := b.listLabel(props)
	if b.fmt != nil {
		b.format(p, props, fc, lv)
	} else {
		p.Runs = []docx.Run{{Text: t, Start: 0, End: len(t)}}
	}
	if label != "" {
		p.Label = &docx.Label{Text: label, Raw: label, NumID: props.ilfo, Level: props.ilvl,
			Format: numberFormats[lv.nfc], Suffix: lv.suffix()}
		if b.fmt != nil {
			mark, _ := charAt(b.chars, fc)
			p.Label.Props = b.fmt.run(props.istd, mark.grpprl, lv.chp)
		}
		p.Label.Run = docx.Run{Text: label, End: len(label), Props: p.Label.Props}
	}
	b.track.place(p)
	b.text.Reset()
	b.breaks, b.done, b.spans, b.sectionEnd = nil, nil, nil, false
	b.index++
	return p
}

// count counts a paragraph or a cell built, setting over past
// docx.MaxBlocks.
func (b *builder) count() {
	if b.blocks == nil {
		b.blocks = new(int)
	}
	if *b.blocks++; *b.blocks > docx.MaxBlocks {
		b.over = true
	}
}

// format gives p its style, its properties, its runs' and its mark's;
// lv is its list level, nil for none.
func (b *builder) format(p *docx.Paragraph, props paraProps, fc uint32, lv *level) {
	var lvPap []byte
	if lv != nil {
		lvPap = lv.pap
	}
	p.Props, p.StyleName = b.fmt.para(props.istd, lvPap, props.grpprl)
	p.Style = styleID(p.StyleName)
	if props.ilfo > 0 {
		p.Props.Num = docx.NumRef{ID: props.ilfo, Level: props.ilvl}
	}
	mark, _ := charAt(b.chars, fc)
	p.Mark = b.fmt.run(props.istd, mark.grpprl, nil)
	for _, s := range b.spans {
		rp := b.fmt.run(props.istd, s.grpprl, nil)
		if rp.Caps {
			p.Text = upperSpan(p.Text, s.start, s.end)
		}
		p.Runs = append(p.Runs, docx.Run{Text: p.Text[s.start:s.end], Start: s.start, End: s.end, Props: rp})
	}
}

// upperSpan writes text[start:end] in capitals, as a run in capitals by
// its style prints it, when that keeps its length (the offsets of the
// runs and breaks after it); as it is otherwise.
func upperSpan(text string, start, end int) string {
	up := strings.ToUpper(text[start:end])
	if len(up) != end-start {
		return text
	}
	return text[:start] + up + text[end:]
}

// styleID is the id a .docx gives a style of this name: its name without
// spaces ("heading 1" is "Heading1").
func styleID(name string) string {
	id := strings.ReplaceAll(name, " ", "")
	if id != "" {
		id = strings.ToUpper(id[:1]) + id[1:]
	}
	return id
}

// endPara ends a paragraph whose mark is stored at fc: in a cell when its
// properties say it is in a table, else in the body.
func (b *builder) endPara(fc uint32, _ uint16) {
	fc = b.markFC(fc)
	props, _ := propsAt(b.runs, fc)
	p := b.para(props, fc)
	if props.inTable && !props.innerTtp {
		b.cell = append(b.cell, p)
		b.cell = b.addBoxes(b.cell)
		return
	}
	if props.innerTtp {
		return
	}
	b.flushTable()
	b.body = append(b.body, p)
	b.body = b.addBoxes(b.body)
}

// addBoxes adds the text of the boxes anchored in the paragraph just
// ended to out, as the paragraphs of text boxes.
func (b *builder) addBoxes(out []docx.Block) []docx.Block {
	orderBoxStories(b.pending)
	for _, bx := range b.pending {
		if uint64(bx.to) > uint64(len(b.boxChars)) {
			continue
		}
		tb := &builder{runs: b.runs, chars: b.chars, lists: b.lists, story: b.story, textBox: true, index: b.index, fmt: b.fmt}
		out = append(out, tb.build(b.boxChars[bx.from:bx.to])...)
		b.index = tb.index
	}
	b.pending = nil
	return out
}

// endCell ends a cell, or a row when the mark's properties say so (or,
// when they cannot be read, when the mark follows a cell's end at once).
func (b *builder) endCell(fc uint32, prev uint16) {
	props, ok := propsAt(b.runs, fc)
	rowEnd := props.ttp || !ok && prev == chCellEnd && b.text.Len() == 0 && len(b.cell) == 0
	at := b.markFC(fc)
	if rowEnd {
		b.labelHeld = false
		b.text.Reset()
		b.breaks, b.spans, b.done = nil, nil, nil
		b.endRow()
		return
	}
	if at != fc {
		props, _ = propsAt(b.runs, at)
	}
	b.cell = append(b.cell, b.para(props, at))
	b.cell = b.addBoxes(b.cell)
	b.endCellBlocks()
}

// endCellBlocks makes the blocks read a cell of the row, its paragraphs
// those of a table.
func (b *builder) endCellBlocks() {
	if b.table == nil {
		b.table = &docx.Table{}
	}
	for _, bl := range b.cell {
		if p, ok := bl.(*docx.Paragraph); ok {
			p.Table, p.Row, p.Col = b.table, len(b.table.Rows), len(b.row)
		}
	}
	b.row = append(b.row, docx.Cell{Blocks: b.cell, Span: 1, GridCol: len(b.row)})
	b.cell = nil
}

func (b *builder) endRow() {
	b.count()
	if len(b.cell) > 0 {
		b.endCellBlocks()
	}
	if b.table == nil {
		b.table = &docx.Table{}
	}
	b.table.Rows = append(b.table.Rows, docx.Row{Cells: b.row})
	b.row = nil
}

// flushTable ends the table being built, if any, and adds it to the body.
func (b *builder) flushTable() {
	if len(b.row) > 0 || len(b.cell) > 0 {
		b.endRow()
	}
	if b.table != nil {
		b.body = append(b.body, b.table)
		b.table = nil
	}
}
