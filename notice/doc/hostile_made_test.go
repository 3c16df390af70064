package doc

import (
	"bytes"
	"encoding/binary"
	"errors"
	"runtime"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/docx"
)

// TestMadeDoc: the made .doc of hostile cases is read as Word would.
func TestMadeDoc(t *testing.T) {
	d, err := Read("t.doc", (&madeDoc{text: []byte("Một\rHai\r")}).bytes())
	if err != nil {
		t.Fatal(err)
	}
	if got := d.Listing().Text(); !strings.Contains(got, "Hai") {
		t.Errorf("listing %q", got)
	}
}

// readRule reads data and returns the rule of its one finding, "" when
// it is read.
func readRule(t *testing.T, data []byte) (*docx.Document, string) {
	t.Helper()
	d, err := Read("t.doc", data)
	if err == nil {
		return d, ""
	}
	var list diag.List
	if !errors.As(err, &list) || len(list) != 1 {
		t.Fatalf("error %v is not one finding", err)
	}
	return nil, list[0].Rule
}

// TestManyParagraphs: a text of paragraph marks only, a few MB, is
// refused as a .docx of as many paragraphs is, not read into gigabytes
// of paragraphs.
func TestManyParagraphs(t *testing.T) {
	text := bytes.Repeat([]byte("a\r"), docx.MaxBlocks+1)
	if _, rule := readRule(t, (&madeDoc{text: text}).bytes()); rule != RuleTooLarge {
		t.Errorf("rule %q, want %s", rule, RuleTooLarge)
	}
	// As many cells, each a block.
	text = bytes.Repeat([]byte("a\x07"), docx.MaxBlocks+1)
	if _, rule := readRule(t, (&madeDoc{text: text}).bytes()); rule != RuleTooLarge {
		t.Errorf("cells: rule %q, want %s", rule, RuleTooLarge)
	}
}

// TestManyFootnotes: a million empty footnotes named by the table
// stream are refused, not each built.
func TestManyFootnotes(t *testing.T) {
	const n = 1_000_000
	le := binary.LittleEndian
	ref := make([]byte, 4*(n+1)+2*n)
	for k := range n {
		le.PutUint16(ref[4*(n+1)+2*k:], 1)
	}
	txt := make([]byte, 4*(n+1))
	m := &madeDoc{text: []byte("a\rb\r"), ccpFtn: 2, table: map[int][]byte{pairPlcffndRef: ref, pairPlcffndTxt: txt}}
	if _, rule := readRule(t, m.bytes()); rule != RuleTooLarge {
		t.Errorf("rule %q, want %s", rule, RuleTooLarge)
	}
}

// TestManySections: page breaks by the million against a table of
// sections by the hundred thousand are read at once (each break is
// looked up, not compared with every section).
func TestManySections(t *testing.T) {
	const n = 200_000
	sed := make([]byte, 4+16*n)
	for k := range n + 1 {
		binary.LittleEndian.PutUint32(sed[4*k:], uint32(3_000_000+k))
	}
	text := append(bytes.Repeat([]byte{chPageBreak}, 2_000_000), "a\r"...)
	if _, rule := readRule(t, (&madeDoc{text: text, table: map[int][]byte{pairPlcfSed: sed}}).bytes()); rule != "" {
		t.Errorf("rule %q, want the text read", rule)
	}
}

// TestDeepFields: 900 000 fields nested, each in its result, then as
// many letters: the letters print, and are read at once (whether text
// prints is not asked of every open field again at each letter).
func TestDeepFields(t *testing.T) {
	const n = 900_000
	text := bytes.Repeat([]byte{chFieldBegin, chFieldSep}, n)
	text = append(text, bytes.Repeat([]byte("a"), n)...)
	text = append(text, bytes.Repeat([]byte{chFieldEnd}, n)...)
	text = append(text, "\rb\r"...)
	d, rule := readRule(t, (&madeDoc{text: text}).bytes())
	if rule != "" {
		t.Fatalf("rule %q, want the text read", rule)
	}
	lines := d.Listing().Lines
	if len(lines) != 2 || len(lines[0].Text) != n || lines[1].Text != "b" {
		t.Errorf("%d lines, want %d letters then b", len(lines), n)
	}
}

// TestFieldsNoSeparator: a field with no separator prints nothing of its
// code; the text after its end prints, in the field's paragraph and the
// next; an end with no field open is ignored.
func TestFieldsNoSeparator(t *testing.T) {
	text := []byte("A\x13 PAGE \x15B\x15C\x13X\x14Y\x15\rD\r")
	d, rule := readRule(t, (&madeDoc{text: text}).bytes())
	if rule != "" {
		t.Fatalf("rule %q", rule)
	}
	if got := d.Listing().Text(); got != "ABCY\nD\n" {
		t.Errorf("listing %q", got)
	}
}

// TestLongLevelText: a list whose level text is sixty thousand
// characters long gives each paragraph a label cut as a .docx's is, not
// sixty thousand characters a paragraph.
func TestLongLevelText(t *testing.T) {
	le := binary.LittleEndian
	lst := []byte{1, 0}
	lstf := make([]byte, 28)
	le.PutUint32(lstf, 7)
	lstf[26] = 1 // one level
	lst = append(lst, lstf...)
	lvl := make([]byte, 28)
	le.PutUint32(lvl, 1)
	lvl[6] = 1 // the first character is level 0's number
	const cch = 60_000
	lvl = le.AppendUint16(lvl, cch)
	lvl = le.AppendUint16(lvl, 0)
	for range cch - 1 {
		lvl = le.AppendUint16(lvl, 'x')
	}
	lfo := le.AppendUint32(nil, 1)
	f := make([]byte, 16)
	le.PutUint32(f, 7)
	lfo = append(lfo, f...)
	lfo = append(lfo, 0, 0, 0, 0)
	// One PapxFkp: every paragraph mark has ilfo 1, ilvl 0.
	fkp := make([]byte, 512)
	le.PutUint32(fkp, 0)
	le.PutUint32(fkp[4:], 0xFFFFFFFF)
	fkp[8] = 128
	copy(fkp[256:], []byte{5, 0, 0, 0x0B, 0x46, 1, 0, 0x0A, 0x26, 0})
	fkp[511] = 1
	m := &madeDoc{text: bytes.Repeat([]byte("a\r"), 100), word: fkp,
		table: map[int][]byte{pairPlfLst: lst, pairPlfLfo: lfo},
		after: map[int][]byte{pairPlfLst: lvl}}
	m.bytes() // lays the FKP out, setting wordOff
	// The PlcBtePapx names the page, now that its place is known.
	m.table[pairPlcfBtePapx] = le.AppendUint32(le.AppendUint32(le.AppendUint32(nil, 0), 0xFFFFFFFF), uint32(m.wordOff/512))
	d, rule := readRule(t, m.bytes())
	if rule != "" {
		t.Fatalf("rule %q", rule)
	}
	p, ok := d.Body[0].(*docx.Paragraph)
	if !ok || p.Label == nil {
		t.Fatalf("first block %#v has no label", d.Body[0])
	}
	if len(p.Label.Text) > docx.MaxLabelLen || !strings.HasPrefix(p.Label.Text, "1xxx") {
		t.Errorf("label of %d bytes, starting %.8q", len(p.Label.Text), p.Label.Text)
	}
}

// TestHighSectorNumbers: sector and entry numbers of 2^31 and over (a
// negative int on 32 bits) are past the file, as any other number past
// it is.
func TestHighSectorNumbers(t *testing.T) {
	le := binary.LittleEndian
	dirAt := func(d []byte) int { return (int(le.Uint32(d[0x30:])) + 1) << 9 }
	cases := []struct {
		name, rule string
		edit       func(d []byte)
	}{
		{"directory start", RuleDamaged, func(d []byte) { le.PutUint32(d[0x30:], 0xF0000000) }},
		{"FAT sector", RuleDamaged, func(d []byte) { le.PutUint32(d[0x4C:], 0x90000000) }},
		{"DIFAT start", RuleDamaged, func(d []byte) { le.PutUint32(d[0x44:], 0x90000000) }},
		{"stream starts", RuleDamaged, func(d []byte) {
			for k := 0; k < 512; k += 128 {
				le.PutUint32(d[dirAt(d)+k+0x74:], 0x80000000)
			}
		}},
		{"root's child", RuleOldVersion, func(d []byte) { le.PutUint32(d[dirAt(d)+0x4C:], 0xF0000000) }},
	}
	for _, c := range cases {
		d := readSample(t)
		c.edit(d)
		if _, rule := readRule(t, d); rule != c.rule {
			t.Errorf("%s: rule %q, want %s", c.name, rule, c.rule)
		}
	}
}

// TestFKPTablesOfStrangers: tables of property pages naming millions of
// pages past the text cost no more memory than a few times the file.
func TestFKPTablesOfStrangers(t *testing.T) {
	const n = 3_000_000
	plc := make([]byte, 4+8*n)
	for k := range n {
		binary.LittleEndian.PutUint32(plc[4*(n+1)+4*k:], uint32(100_000+k))
	}
	for _, pair := range []int{pairPlcfBtePapx, pairPlcfBteChpx} {
		data := (&madeDoc{text: []byte("a\r"), table: map[int][]byte{pair: plc}}).bytes()
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		if _, rule := readRule(t, data); rule != "" {
			t.Fatalf("rule %q, want the text read", rule)
		}
		runtime.ReadMemStats(&after)
		if used := after.TotalAlloc - before.TotalAlloc; used > 3*uint64(len(data)) {
			t.Errorf("pair %d: %d MB allocated reading a file of %d MB", pair, used>>20, len(data)>>20)
		}
	}
}
