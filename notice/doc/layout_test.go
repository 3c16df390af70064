package doc

import (
	"bytes"
	"encoding/binary"
	"os"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/docx"
)

// sampleCLX is the CLX of the .doc d.
func sampleCLX(t *testing.T, d []byte) []byte {
	c, err := openCFB("x", d)
	if err != nil {
		t.Fatal(err)
	}
	w, _, _ := c.open("WordDocument")
	f, err := readFIB("x", w)
	if err != nil {
		t.Fatal(err)
	}
	table, _, _ := c.open(f.table)
	clx, ok := slice(table, f.clx)
	if !ok {
		t.Fatal("no CLX")
	}
	return append([]byte(nil), clx...)
}

// fibPair is the offset in data of the FibRgFcLcb97 pair i's fc (its lcb
// follows).
func fibPair(t *testing.T, data []byte, i int) int { return wordStart(t, data) + 0x9A + 8*i }

// TestLayoutOfTwin: the page, a paragraph's and a run's formatting of a
// .doc are those its .docx twin gives.
func TestLayoutOfTwin(t *testing.T) {
	d, layout, err := ReadLayout("t.doc", readSample(t))
	if err != nil || !layout {
		t.Fatalf("ReadLayout: layout %v, %v", layout, err)
	}
	data, err := os.ReadFile("../../testdata/word-lawful/p75b/tables-word.docx")
	if err != nil {
		t.Fatal(err)
	}
	twin, err := docx.Read("t.docx", data)
	if err != nil {
		t.Fatal(err)
	}
	s, w := d.Sections[0], twin.Sections[0]
	if s.PageWidth != w.PageWidth || s.PageHeight != w.PageHeight || s.Orientation != w.Orientation || s.TitlePage != w.TitlePage {
		t.Errorf("page %d x %d %s, title page %v; the twin's %d x %d %s, %v", s.PageWidth, s.PageHeight, s.Orientation, s.TitlePage,
			w.PageWidth, w.PageHeight, w.Orientation, w.TitlePage)
	}
	if s.Margins != w.Margins {
		t.Errorf("margins %+v, the twin's %+v", s.Margins, w.Margins)
	}
	var quoc *docx.Paragraph
	for _, p := range d.Paragraphs() {
		if p.Text == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" {
			quoc = p
		}
	}
	if quoc == nil || quoc.Props.Align != "center" || len(quoc.Runs) == 0 {
		t.Fatalf("Quốc hiệu %+v: want it centred, with runs", quoc)
	}
	r := quoc.Runs[0].Props
	if r.Size != 24 || !r.Bold || r.Fonts.ASCII != "Times New Roman" || r.Fonts.HAnsi != "Times New Roman" {
		t.Errorf("Quốc hiệu run %+v, want Times New Roman 12 pt bold", r)
	}
	if quoc.Table == nil || quoc.Col != 1 {
		t.Errorf("Quốc hiệu in table %p, cell %d: want the header table's second cell", quoc.Table, quoc.Col)
	}
}

// TestLayoutNotGuessed: a file whose stylesheet, font table or a page of
// properties cannot be read is read for its text, its formatting not
// given at all: no rule of thể thức reads a guess.
func TestLayoutNotGuessed(t *testing.T) {
	le := binary.LittleEndian
	cases := []struct {
		name string
		edit func(t *testing.T, d []byte)
	}{
		{"no stylesheet", func(t *testing.T, d []byte) { le.PutUint32(d[fibPair(t, d, pairStshf)+4:], 0) }},
		{"stylesheet past the table", func(t *testing.T, d []byte) { le.PutUint32(d[fibPair(t, d, pairStshf):], 0x7FFFFFF0) }},
		{"no fonts", func(t *testing.T, d []byte) { le.PutUint32(d[fibPair(t, d, pairSttbfFfn)+4:], 0) }},
		{"a fast save's piece properties", func(t *testing.T, d []byte) {
			// the CLX of the sample is one Pcdt of one piece: its Pcd's
			// prm, found in the file by the CLX's bytes
			clx := sampleCLX(t, d)
			at := bytes.Index(d, clx)
			if at < 0 || len(clx) != 5+8+8 {
				t.Fatalf("the sample's CLX (%d bytes) not found whole", len(clx))
			}
			le.PutUint16(d[at+5+8+6:], 0x0101)
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			data := readSample(t)
			c.edit(t, data)
			d, layout, err := ReadLayout("t.doc", data)
			if err != nil {
				t.Fatal(err)
			}
			if layout {
				t.Fatal("layout read")
			}
			if s := d.Sections[0]; s.PageWidth != 0 {
				t.Errorf("page %d wide: the page of a file not read is given", s.PageWidth)
			}
			for _, p := range d.Paragraphs() {
				if p.Props.Align != "" || len(p.Runs) > 0 && p.Runs[0].Props.Size != 0 {
					t.Fatalf("paragraph %q has formatting %+v", p.Text, p.Props)
				}
			}
			if !strings.HasPrefix(d.Listing().Lines[0].Text, "UBND TỈNH QUẢNG TRỊ") {
				t.Errorf("text not read: %q", d.Listing().Lines[0].Text)
			}
		})
	}
}

// TestStyleCycle: styles based on each other in a loop, or on a style
// missing, resolve to nothing rather than without end.
func TestStyleCycle(t *testing.T) {
	s := &stylesheet{read: true, styles: []style{{stk: stkPara, base: 1, ok: true}, {stk: stkPara, base: 0, ok: true}, {stk: stkPara, base: 7, ok: true}}}
	for istd := range 3 {
		if _, ok := s.chain(istd); ok {
			t.Errorf("chain of %d read", istd)
		}
	}
	f := newFormats(s, []string{"Times New Roman"})
	f.para(0, nil, nil)
	if f.ok {
		t.Error("a paragraph of a looping style was given formatting")
	}
	long := &stylesheet{read: true}
	for i := range 40 {
		long.styles = append(long.styles, style{stk: stkPara, base: i + 1, ok: true})
	}
	long.styles[39].base = istdNone
	if _, ok := long.chain(0); ok {
		t.Error("a chain of 40 styles read")
	}
}

// TestSprmPastEnd: a list of sprms whose last runs past its end is
// refused, what came before it applied.
func TestSprmPastEnd(t *testing.T) {
	p := defaultPap()
	ok := applyPap(&p, []byte{0x03, 0x24, 0x01, 0x13, 0xA4, 0x78}) // jc centre, then dyaBefore cut short
	if ok || p.props.Align != "center" {
		t.Errorf("applyPap = %v, align %q: want false, centre", ok, p.props.Align)
	}
	c := chp{}
	if applyChp(&c, []byte{0x43, 0x4A, 0x1A}) {
		t.Error("a cut hps was read")
	}
	s, _ := defaultSection()
	if sectionSprms(s, []byte{0x1F, 0xB0, 0x02}) {
		t.Error("a cut page width was read")
	}
}

// TestToggles: a character toggle at 0x81 is the opposite of its style's,
// at 0x80 the style's own.
func TestToggles(t *testing.T) {
	c := chp{tog: [nTog]bool{togBold: true}}
	applyChp(&c, []byte{0x35, 0x08, 0x81, 0x36, 0x08, 0x80})
	if c.tog[togBold] || c.tog[togItalic] {
		t.Errorf("bold %v italic %v: want both off", c.tog[togBold], c.tog[togItalic])
	}
}

// TestPageCount: the page count is read from the summary information's
// property 14, and 0 when the stream says nothing of it or is damaged.
func TestPageCount(t *testing.T) {
	le := binary.LittleEndian
	s := make([]byte, 48+8+16+8)
	le.PutUint16(s, 0xFFFE)
	le.PutUint32(s[24:], 1)
	le.PutUint32(s[44:], 48)
	set := s[48:]
	le.PutUint32(set, uint32(len(set)))
	le.PutUint32(set[4:], 2)
	le.PutUint32(set[8:], 1) // the code page, skipped
	le.PutUint32(set[12:], 24)
	le.PutUint32(set[16:], pidPageCount)
	le.PutUint32(set[20:], 24)
	le.PutUint16(set[24:], vtI4)
	le.PutUint32(set[28:], 3)
	if n := pageCount(s); n != 3 {
		t.Errorf("pageCount = %d, want 3", n)
	}
	le.PutUint32(set[4:], 0x0FFFFFFF)
	if n := pageCount(s); n != 0 {
		t.Errorf("damaged: pageCount = %d, want 0", n)
	}
	if n := pageCount(s[:20]); n != 0 {
		t.Errorf("cut short: pageCount = %d, want 0", n)
	}
}

// TestStyleCaps: a run whose character style sets capitals prints its
// text in capitals, as a .docx's does; its own sprms can turn them off.
func TestStyleCaps(t *testing.T) {
	s := &stylesheet{read: true, styles: make([]style, 12)}
	s.styles[istdNormal] = style{stk: stkPara, base: istdNone, ok: true}
	s.styles[istdDefaultFont] = style{stk: stkChar, base: istdNone, ok: true}
	s.styles[11] = style{stk: stkChar, base: istdDefaultFont, ok: true, chp: []byte{0x3B, 0x08, 0x01}} // caps
	b := &builder{fmt: newFormats(s, []string{"Times New Roman"})}
	b.text.WriteString("thông báo số")
	b.spans = []span{{start: 0, end: len("thông báo"), run: 1, grpprl: []byte{0x30, 0x4A, 11, 0}}, {start: len("thông báo"), end: len("thông báo số"), run: 2}}
	p := b.para(paraProps{istd: istdNormal}, 0)
	if p.Text != "THÔNG BÁO số" || !p.Runs[0].Props.Caps || p.Runs[1].Props.Caps {
		t.Errorf("text %q, runs %+v", p.Text, p.Runs)
	}
	if p.Runs[0].Text != "THÔNG BÁO" {
		t.Errorf("run text %q", p.Runs[0].Text)
	}
}
