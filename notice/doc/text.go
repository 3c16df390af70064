package doc

import (
	"encoding/binary"
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
	// boxes are the text boxes anchored in this text, by the CP of their
	// anchor, and boxChars the characters of their story; pending are
	// those of the paragraph being read.
	boxes    map[uint32][]boxStory
	boxChars []char
	pending  []boxStory
	// mark is what a note reference prints in a note's own text (its
	// number); in the main text each prints the next number, refs counts
	// them.
	mark string
	refs int

	body   []docx.Block
	text   strings.Builder
	breaks []int
	cell   []docx.Block
	row    []docx.Cell
	table  *docx.Table
	fields []bool // the fields open, each true once in its result
	index  int
}

// visible reports whether text here prints: outside every field's code.
func (b *builder) visible() bool {
	for _, result := range b.fields {
		if !result {
			return false
		}
	}
	return true
}

func (b *builder) build(cs []char) []docx.Block {
	for i := 0; i < len(cs); i++ {
		c := cs[i]
		if bs, ok := b.boxes[uint32(i)]; ok {
			b.pending = append(b.pending, bs...)
		}
		switch c.c {
		case chFieldBegin:
			b.fields = append(b.fields, false)
			continue
		case chFieldSep:
			if n := len(b.fields); n > 0 {
				b.fields[n-1] = true
			}
			continue
		case chFieldEnd:
			if n := len(b.fields); n > 0 {
				b.fields = b.fields[:n-1]
			}
			continue
		case chParaEnd:
			b.endPara(c.fc, b.prev(cs, i))
			continue
		case chCellEnd:
			b.endCell(c.fc, b.prev(cs, i))
			continue
		case chPageBreak:
			if b.sectionEnd(uint32(i) + 1) {
				b.endPara(c.fc, b.prev(cs, i))
			}
			continue
		}
		if !b.visible() {
			continue
		}
		props := charAt(b.chars, c.fc)
		if props.deleted || props.vanish {
			continue
		}
		switch {
		case c.c == chLineBreak:
			b.breaks = append(b.breaks, b.text.Len())
			b.text.WriteByte(' ')
		case c.c == chTab:
			b.text.WriteByte('\t')
		case c.c == chNBHyphen:
			b.text.WriteByte('-')
		case c.c == chNoteRef:
			b.text.WriteString(b.noteMark())
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
	}
	b.endPara(0, 0)
	b.flushTable()
	return b.body
}

// noteMark is what a note reference prints here.
func (b *builder) noteMark() string {
	if b.mark != "" {
		return b.mark
	}
	b.refs++
	return superscript(strconv.Itoa(b.refs))
}

// prev is the character before i, 0 at the start.
func (b *builder) prev(cs []char, i int) uint16 {
	if i == 0 {
		return 0
	}
	return cs[i-1].c
}

// sectionEnd reports whether a section ends at cp.
func (b *builder) sectionEnd(cp uint32) bool {
	for _, s := range b.sections {
		if s == cp {
			return true
		}
	}
	return false
}

// para takes the paragraph built so far, with its list label.
func (b *builder) para(props paraProps) *docx.Paragraph {
	t := b.text.String()
	p := &docx.Paragraph{Text: t, Breaks: b.breaks, Index: b.index, Story: b.story, TextBox: b.textBox,
		Runs: []docx.Run{{Text: t, Start: 0, End: len(t)}}}
	if label := b.lists.label(props.ilfo, props.ilvl); label != "" {
		p.Label = &docx.Label{Text: label, Raw: label, NumID: props.ilfo, Level: props.ilvl}
	}
	b.text.Reset()
	b.breaks = nil
	b.index++
	return p
}

// endPara ends a paragraph whose mark is stored at fc: in a cell when its
// properties say it is in a table, else in the body.
func (b *builder) endPara(fc uint32, _ uint16) {
	props, _ := propsAt(b.runs, fc)
	p := b.para(props)
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
		tb := &builder{runs: b.runs, chars: b.chars, lists: b.lists, story: b.story, textBox: true, index: b.index}
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
	if rowEnd {
		b.text.Reset()
		b.breaks = nil
		b.endRow()
		return
	}
	b.cell = append(b.cell, b.para(props))
	b.cell = b.addBoxes(b.cell)
	b.row = append(b.row, docx.Cell{Blocks: b.cell, Span: 1, GridCol: len(b.row)})
	b.cell = nil
}

func (b *builder) endRow() {
	if len(b.cell) > 0 {
		b.row = append(b.row, docx.Cell{Blocks: b.cell, Span: 1, GridCol: len(b.row)})
		b.cell = nil
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
