package doc

import (
	"encoding/binary"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/docx"
)

// plc is a PLC of the CPs cps followed by the data entries data.
func plc(cps []uint32, data ...[]byte) []byte {
	var b []byte
	for _, cp := range cps {
		b = binary.LittleEndian.AppendUint32(b, cp)
	}
	for _, d := range data {
		b = append(b, d...)
	}
	return b
}

// TestEndnotesRead: an endnote is read after the footnotes, numbered i
// as Word numbers endnotes, its reference in the main text printing ⁱ,
// not the next footnote's number.
func TestEndnotesRead(t *testing.T) {
	// Main text: a footnote's reference at CP 1, an endnote's at 3.
	text := "A\x02b\x02\r" + "\x02 Chu thich\r" + "\x02 Ghi chu cuoi\r"
	auto := []byte{1, 0}
	m := &madeDoc{text: []byte(text), ccpFtn: 12, ccpEdn: 15, table: map[int][]byte{
		pairPlcffndRef: plc([]uint32{1, 5}, auto), pairPlcffndTxt: plc([]uint32{0, 12}),
		pairPlcfendRef: plc([]uint32{3, 5}, auto), pairPlcfendTxt: plc([]uint32{0, 15}),
	}}
	d, rule := readRule(t, m.bytes())
	if rule != "" {
		t.Fatalf("rule %q", rule)
	}
	if got, want := d.Listing().Text(), "A¹bⁱ\n¹ Chu thich\nⁱ Ghi chu cuoi\n"; got != want {
		t.Errorf("listing %q, want %q", got, want)
	}
	if len(d.Endnotes) != 1 || !d.Endnotes[0].Endnote || d.Endnotes[0].Number != "i" {
		t.Fatalf("endnotes %+v, want one numbered i", d.Endnotes)
	}
	if p := d.Endnotes[0].Paragraphs()[0]; p.Story != docx.InEndnote {
		t.Errorf("the endnote's paragraph is in the %s", p.Story)
	}
}

// TestManyEndnotes: a million empty endnotes are refused, as as many
// footnotes are.
func TestManyEndnotes(t *testing.T) {
	const n = 1_000_000
	ref := make([]byte, 4*(n+1)+2*n)
	for k := range n {
		binary.LittleEndian.PutUint16(ref[4*(n+1)+2*k:], 1)
	}
	m := &madeDoc{text: []byte("a\rb\r"), ccpEdn: 2, table: map[int][]byte{pairPlcfendRef: ref, pairPlcfendTxt: make([]byte, 4*(n+1))}}
	if _, rule := readRule(t, m.bytes()); rule != RuleTooLarge {
		t.Errorf("rule %q, want %s", rule, RuleTooLarge)
	}
}

// TestCommentPlaced: the first comment is placed where its reference
// stands in the main text, or where the text it comments on starts when
// it has a range, as a .docx's is, not at the file's start.
func TestCommentPlaced(t *testing.T) {
	text := "Mot\rHai\x05 ba\r" + "\x05 y kien\r"
	m := &madeDoc{text: []byte(text), ccpAtn: 9, table: map[int][]byte{
		pairPlcfandRef: plc([]uint32{7, 12}, make([]byte, 30)),
	}}
	d, rule := readRule(t, m.bytes())
	if rule != "" {
		t.Fatalf("rule %q", rule)
	}
	c := d.Changes
	if c.Comments != 1 || c.FirstComment.Para == nil || c.FirstComment.Para.Text != "Hai ba" || c.FirstComment.Offset != 3 {
		t.Errorf("comments %d, first at %+v, want 1 at offset 3 of \"Hai ba\"", c.Comments, c.FirstComment)
	}
	if got := d.Listing().Text(); got != "Mot\nHai ba\n" {
		t.Errorf("listing %q: the comment's text is not printed", got)
	}
	// The same comment on the text from "ot" on: placed where it starts.
	m.table[pairPlcfAtnBkf] = plc([]uint32{1, 12}, make([]byte, 4))
	d, _ = readRule(t, m.bytes())
	if pl := d.Changes.FirstComment; pl.Para == nil || pl.Para.Text != "Mot" || pl.Offset != 1 {
		t.Errorf("first comment at %+v, want offset 1 of \"Mot\"", pl)
	}
}

// stsh lays out a stylesheet of the styles given as (kind, base, name,
// pap sprms, chp sprms).
func stsh(styles ...madeStyle) []byte {
	le := binary.LittleEndian
	hdr := make([]byte, 18)
	le.PutUint16(hdr, uint16(len(styles)))
	le.PutUint16(hdr[2:], 10)
	b := le.AppendUint16(nil, uint16(len(hdr)))
	b = append(b, hdr...)
	for i, s := range styles {
		std := make([]byte, 10)
		le.PutUint16(std[2:], uint16(s.stk)|uint16(s.base)<<4)
		cupx := 1
		if s.stk == stkPara {
			cupx = 2
		}
		le.PutUint16(std[4:], uint16(cupx))
		std = le.AppendUint16(std, uint16(len(s.name)))
		for _, r := range s.name {
			std = le.AppendUint16(std, uint16(r))
		}
		std = append(std, 0, 0)
		upx := func(u []byte) {
			if len(std)%2 == 1 {
				std = append(std, 0)
			}
			std = le.AppendUint16(std, uint16(len(u)))
			std = append(std, u...)
		}
		if s.stk == stkPara {
			upx(append(le.AppendUint16(nil, uint16(i)), s.pap...))
		}
		upx(s.chp)
		b = le.AppendUint16(b, uint16(len(std)))
		b = append(b, std...)
	}
	return b
}

type madeStyle struct {
	stk, base int
	name      string
	pap, chp  []byte
}

// oneLevelList is a PlfLst of one simple list, lsid 7, numbered "1.",
// its LVL, and a PlfLfo of one instance of it.
func oneLevelList() (lst, lvl, lfo []byte) {
	le := binary.LittleEndian
	lstf := make([]byte, 28)
	le.PutUint32(lstf, 7)
	lstf[26] = 1
	lst = append([]byte{1, 0}, lstf...)
	lvl = make([]byte, 28)
	le.PutUint32(lvl, 1)
	lvl[6] = 1
	lvl = le.AppendUint16(lvl, 2)
	lvl = le.AppendUint16(lvl, 0)
	lvl = le.AppendUint16(lvl, '.')
	f := make([]byte, 16)
	le.PutUint32(f, 7)
	lfo = append(le.AppendUint32(nil, 1), f...)
	return lst, lvl, append(lfo, 0, 0, 0, 0)
}

// papxPage is a PapxFkp of the paragraphs whose marks end at ends (fcs),
// each with its PapxInFkp (nil for none).
func papxPage(from uint32, ends []uint32, papxs [][]byte) []byte {
	le := binary.LittleEndian
	page := make([]byte, 512)
	le.PutUint32(page, from)
	for i, e := range ends {
		le.PutUint32(page[4*(i+1):], e)
	}
	at := 511
	for i, px := range papxs {
		if px == nil {
			continue
		}
		at = (at - len(px)) &^ 1
		copy(page[at:], px)
		page[4*(len(ends)+1)+13*i] = byte(at / 2)
	}
	page[511] = byte(len(ends))
	return page
}

// withPapx lays m out with the PapxFkp page, named by its PlcBtePapx.
func (m *madeDoc) withPapx(page []byte) []byte {
	le := binary.LittleEndian
	m.word = page
	m.bytes()
	m.table[pairPlcfBtePapx] = le.AppendUint32(le.AppendUint32(le.AppendUint32(nil, 0), 0xFFFFFFFF), uint32(m.wordOff/512))
	return m.bytes()
}

// TestStyleList: a paragraph of a style numbered by a list (sprmPIlfo in
// the style's PAPX) is numbered, as Word prints it; one of that style
// that sets its list instance to 0 is not.
func TestStyleList(t *testing.T) {
	lst, lvl, lfo := oneLevelList()
	sheet := stsh(madeStyle{stk: stkPara, base: istdNone, name: "Normal"},
		madeStyle{stk: stkPara, base: 0, name: "Diem", pap: []byte{0x0B, 0x46, 1, 0}})
	text := "Mo dau\rMot\rHai\rKhong\r"
	fc := func(i int) uint32 { return uint32(madeTextFC + i) }
	styled := []byte{0, 1, 1, 0}                        // istd 1, no sprms
	out := []byte{0, 3, 1, 0, 0x0B, 0x46, 0, 0}         // istd 1, ilfo 0
	ends := []uint32{fc(7), fc(11), fc(15), 0xFFFFFFFF} // after each mark
	m := &madeDoc{text: []byte(text),
		table: map[int][]byte{pairPlfLst: lst, pairPlfLfo: lfo, pairStshf: sheet},
		after: map[int][]byte{pairPlfLst: lvl}}
	d, rule := readRule(t, m.withPapx(papxPage(fc(0), ends, [][]byte{nil, styled, styled, out})))
	if rule != "" {
		t.Fatalf("rule %q", rule)
	}
	if got, want := d.Listing().Text(), "Mo dau\n1. Mot\n2. Hai\nKhong\n"; got != want {
		t.Errorf("listing %q, want %q", got, want)
	}
	if p := d.Paragraphs()[1]; p.Label == nil || p.Label.NumID != 1 || p.Label.Level != 0 {
		t.Errorf("paragraph %q: label %+v, want instance 1, level 0", p.Text, p.Label)
	}
}

// TestStyleHidesMark: a paragraph mark hidden by its character style
// joins its paragraph to the next, as one hidden by its own properties
// does; text of a paragraph style that hides is not printed, and a run
// that sets itself shown (0x81, the style's opposite) in it is.
func TestStyleHidesMark(t *testing.T) {
	sheet := readStyles(stsh(madeStyle{stk: stkPara, base: istdNone, name: "Normal"},
		madeStyle{stk: stkChar, base: istdNone, name: "An", chp: []byte{0x3C, 0x08, 1}},
		madeStyle{stk: stkPara, base: 0, name: "Ghi an", chp: []byte{0x3C, 0x08, 1}}))
	if !sheet.read {
		t.Fatal("stylesheet not read")
	}
	s := "2. To chuc:\r Cac don vi.\rGhi an hien\rBa\r"
	at := func(sub string) uint32 { return uint32(strings.Index(s, sub)) }
	ciAn := []byte{0x30, 0x4A, 1, 0}
	shown := []byte{0x3C, 0x08, 0x81}
	chars := []chpxRun{
		{fc: at("\r Cac"), end: at("\r Cac") + 1, props: charProps{grpprl: ciAn}},
		{fc: at("hien"), end: at("hien") + 4, props: charSprms(shown)},
	}
	chars[1].props.grpprl = shown
	if !chars[1].props.vanish {
		t.Fatal("a run's own 0x81 is read as hidden when no style is asked")
	}
	runs := []fkpRun{{fc: 0, end: at("Ghi"), props: paraProps{istd: 0}},
		{fc: at("Ghi"), end: at("Ba"), props: paraProps{istd: 2}},
		{fc: at("Ba"), end: uint32(len(s)), props: paraProps{istd: 0}}}
	b := &builder{chars: chars, runs: runs, fmt: newFormats(sheet, []string{"Times New Roman"})}
	if got, want := texts(b.build(chs(s))), "2. To chuc: Cac don vi.|hienBa"; got != want {
		t.Errorf("paragraphs %q, want %q", got, want)
	}
}
