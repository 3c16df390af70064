package doc

import (
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/docx"
)

// texts lists the text of each paragraph built, those of tables' cells
// in place.
func texts(blocks []docx.Block) string {
	var out []string
	for _, bl := range blocks {
		switch bl := bl.(type) {
		case *docx.Paragraph:
			if !bl.Empty() {
				out = append(out, bl.Text)
			}
		case *docx.Table:
			for _, row := range bl.Rows {
				for _, c := range row.Cells {
					if s := texts(c.Blocks); s != "" {
						out = append(out, s)
					}
				}
			}
		}
	}
	return strings.Join(out, "|")
}

// TestHiddenMarkJoins: a paragraph mark hidden by sprmCFSpecVanish
// (Word's style separator) or sprmCFVanish prints with the next
// paragraph on one line; one not hidden, or followed by a cell's end,
// ends its paragraph.
func TestHiddenMarkJoins(t *testing.T) {
	s := "2. Tổ chức:\r Các đơn vị.\rẨn\rhai\rBa\rBốn\r"
	cs := chs(s)
	at := func(sub string) uint32 { return uint32(strings.Index(s, sub)) }
	chars := []chpxRun{
		{fc: at("\r Các"), end: at("\r Các") + 1, props: charProps{vanish: true, special: true}},
		{fc: at("\rhai"), end: at("\rhai") + 1, props: charProps{vanish: true}},
		{fc: at("\rBốn"), end: at("\rBốn") + 1, props: charProps{special: false}},
	}
	b := &builder{chars: chars}
	if got, want := texts(b.build(cs)), "2. Tổ chức: Các đơn vị.|Ẩnhai|Ba|Bốn"; got != want {
		t.Errorf("paragraphs %q, want %q", got, want)
	}
	cell := chs("Ô\r\a")
	b = &builder{chars: []chpxRun{{fc: 2, end: 3, props: charProps{vanish: true}}}}
	if !strings.Contains(texts(b.build(cell)), "Ô") {
		t.Error("a hidden mark before a cell's end lost its paragraph")
	}
	b = &builder{chars: []chpxRun{{fc: 1, end: 2, props: charProps{vanish: true}}}}
	if got := texts(b.build(chs("x\rÔ\a"))); !strings.Contains(got, "xÔ") || b.holding {
		t.Errorf("a join ended by a cell's end: %q, still held %v", got, b.holding)
	}
}

// TestSpecVanishRead: sprmCFSpecVanish (0x0818) is read from a CHPX.
func TestSpecVanishRead(t *testing.T) {
	if p := charSprms([]byte{0x18, 0x08, 1}); !p.special || p.vanish {
		t.Errorf("props %+v", p)
	}
}

// TestHiddenMarkKeepsCount: a paragraph joined past a hidden mark still
// counts in its list, as Word counts it, in the order written.
func TestHiddenMarkKeepsCount(t *testing.T) {
	lists := func() *numbering {
		lv := level{start: 1, text: []uint16{0, '.'}, nums: [9]byte{1}}
		return &numbering{lists: map[uint32]*list{7: {levels: []level{lv}}}, lfos: []lfo{{lsid: 7}},
			counts: map[uint32]*counters{}, used: map[int]bool{}}
	}
	labels := func(s string, chars []chpxRun) string {
		var runs []fkpRun
		for from, i := 0, 0; i < len(s); i++ {
			if s[i] == '\r' {
				runs = append(runs, fkpRun{fc: uint32(from), end: uint32(i + 1), props: paraProps{ilfo: 1}})
				from = i + 1
			}
		}
		b := &builder{chars: chars, runs: runs, lists: lists()}
		var out []string
		for _, bl := range b.build(chs(s)) {
			if p, ok := bl.(*docx.Paragraph); ok && p.Label != nil && p.Text != "" {
				out = append(out, p.Label.Text+" "+p.Text)
			}
		}
		return strings.Join(out, "|")
	}
	s := "Ẩn\rHai\r"
	hidden := []chpxRun{{fc: 0, end: uint32(strings.Index(s, "H")), props: charProps{vanish: true}}}
	if got, want := labels(s, hidden), "2. Hai"; got != want {
		t.Errorf("after a paragraph hidden whole: %q, want %q", got, want)
	}
	s = "Một:\r tiếp\rBa\r"
	at := uint32(strings.Index(s, "\r"))
	sep := []chpxRun{{fc: at, end: at + 1, props: charProps{vanish: true, special: true}}}
	if got, want := labels(s, sep), "1. Một: tiếp|3. Ba"; got != want {
		t.Errorf("after a join: %q, want %q", got, want)
	}
}
