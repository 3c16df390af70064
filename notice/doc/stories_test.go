package doc

import (
	"encoding/binary"
	"os"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/docx"
)

func readDoc(t *testing.T, name string) *docx.Document {
	t.Helper()
	data, err := os.ReadFile("../../testdata/word-doc/" + name + ".doc")
	if err != nil {
		t.Fatal(err)
	}
	d, err := Read(name+".doc", data)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestTextBoxesFollowAnchor: the header typed in four text boxes, two
// rows of two, is read after the paragraph that anchors them, as text
// boxes' paragraphs, left box before right box on each row.
func TestTextBoxesFollowAnchor(t *testing.T) {
	for _, name := range []string{"textboxes", "group-header"} {
		d := readDoc(t, name)
		var boxed []string
		for _, p := range d.Paragraphs() {
			if p.TextBox && !p.Empty() {
				boxed = append(boxed, p.Text)
			}
		}
		want := []string{"UBND TỈNH QUẢNG TRỊ", "SỞ TÀI CHÍNH", "Số: 125/TB-STC", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"}
		if len(boxed) < len(want) || strings.Join(boxed[:4], "|") != strings.Join(want, "|") {
			t.Errorf("%s: text boxes read %q, want them to start %q", name, boxed, want)
		}
		if first := d.Body[0].(*docx.Paragraph); first.TextBox {
			t.Errorf("%s: the anchoring paragraph is not first", name)
		}
	}
}

// TestFirstPageHeader: a section with a first page of its own prints
// that page's header, which holds the header block.
func TestFirstPageHeader(t *testing.T) {
	d := readDoc(t, "first-page-header")
	s := d.Sections[0]
	if !s.TitlePage || s.Headers.First == nil {
		t.Fatalf("section %+v: want a first page of its own with its header", s)
	}
	if h := d.PageHeader(); h == nil || h != s.Headers.First {
		t.Fatalf("PageHeader = %v, want the first page's", h)
	}
	for _, p := range s.Headers.First.Paragraphs() {
		if p.Story != docx.InHeader {
			t.Errorf("paragraph %q of the header is in the %s", p.Text, p.Story)
		}
	}
}

// art builds an OfficeArt record.
func art(typ uint16, container bool, data ...[]byte) []byte {
	body := []byte{}
	for _, d := range data {
		body = append(body, d...)
	}
	h := make([]byte, 8)
	if container {
		h[0] = 0x0F
	}
	binary.LittleEndian.PutUint16(h[2:], typ)
	binary.LittleEndian.PutUint32(h[4:], uint32(len(body)))
	return append(h, body...)
}

func ints(v ...int32) []byte {
	b := make([]byte, 4*len(v))
	for i, x := range v {
		binary.LittleEndian.PutUint32(b[4*i:], uint32(x))
	}
	return b
}

// TestGroupMembers: the shapes of a group anchored in the text are
// placed on the page through the group's coordinates, and anchored
// where the group is.
func TestGroupMembers(t *testing.T) {
	shape := func(id int32, rec uint16, rect ...int32) []byte {
		return art(artSpContainer, true, art(artFSP, false, ints(id, 0)), art(rec, false, ints(rect...)))
	}
	group := art(artSpgrContainer, true,
		shape(7, artFSPGR, 0, 0, 2000, 1000),         // the group: its own coordinates
		shape(8, artChildAnchor, 1000, 0, 2000, 500), // right half, top
		shape(9, artChildAnchor, 0, 500, 1000, 1000)) // left half, bottom
	dg := art(artDgContainer, true, art(artSpgrContainer, true, shape(1, artFSPGR, 0, 0, 0, 0), group))
	data := append(art(0xF000, true), 0)
	data = append(data, dg...)
	shapes := map[uint32]shapeAt{7: {cp: 5, left: 100, top: 200, right: 4100, bott: 2200}}
	got := groupMembers(data, 0, shapes)
	if s := got[8]; s.cp != 5 || s.left != 2100 || s.top != 200 {
		t.Errorf("shape 8 at %+v, want anchored at 5, left 2100, top 200", s)
	}
	if s := got[9]; s.left != 100 || s.top != 1200 {
		t.Errorf("shape 9 at %+v, want left 100, top 1200", s)
	}
	if got := groupMembers(data, 1, shapes); len(got) != 0 {
		t.Errorf("the headers' drawing has no shapes, got %v", got)
	}
}

// TestDrawingHostile: records that run past their end, nest without
// end or claim absurd sizes are read as far as they go, at once.
func TestDrawingHostile(t *testing.T) {
	deep := art(artSpContainer, true, art(artFSP, false, ints(3, 0)))
	for range 10000 {
		deep = art(artSpgrContainer, true, deep)
	}
	long := art(artDgContainer, true, art(artSpgrContainer, true))
	binary.LittleEndian.PutUint32(long[4:], 0xFFFFFFF0)
	shapes := map[uint32]shapeAt{3: {}}
	for _, b := range [][]byte{deep, long, {0xFF}, append(art(0xF000, true), append([]byte{0}, deep...)...)} {
		groupMembers(b, 0, shapes)
		textBoxes(make([]byte, 30), make([]byte, 34), b, 0, 10)
	}
}

func chs(s string) []char {
	var out []char
	for i, r := range s {
		out = append(out, char{c: uint16(r), fc: uint32(i)})
	}
	return out
}

// TestHeaderStories: the header story is cut by PlcfHdd after the six
// separators' stories, each section's six in order; a text box anchored
// in a header follows the header's paragraph that anchors it, its
// anchor's CP counted from the header story's start; an empty story is
// the previous section's.
func TestHeaderStories(t *testing.T) {
	// Section 1: even header "e" at 0-2, odd header "xA" at 2-5 (a box
	// anchored at CP 3, the "A"), first footer "F" at 5-7; section 2 has
	// none of its own; the guard follows.
	cps := []uint32{0, 0, 0, 0, 0, 0, 0, 2, 5, 5, 5, 5, 7, 7, 7, 7, 7, 7, 7, 9}
	plc := make([]byte, 4*len(cps))
	for i, cp := range cps {
		binary.LittleEndian.PutUint32(plc[4*i:], cp)
	}
	b := &builder{boxes: map[uint32][]boxStory{3: {{from: 0, to: 2}}}, boxChars: chs("B\r")}
	secs := []*docx.Section{{}, {}}
	b.headers(secs, chs("e\rxA\rF\r\r\r"), plc)
	h := secs[0].Headers.Default
	if h == nil {
		t.Fatal("no header")
	}
	var got []string
	for _, p := range h.Paragraphs() {
		if !p.Empty() {
			got = append(got, p.Text)
			if p.Story != docx.InHeader || p.TextBox != (p.Text == "B") {
				t.Errorf("paragraph %q: story %s, text box %v", p.Text, p.Story, p.TextBox)
			}
		}
	}
	if strings.Join(got, "|") != "xA|B" {
		t.Errorf("header %q, want xA then the box's B", got)
	}
	if f := secs[0].Footers.First; f == nil || f.Paragraphs()[0].Text != "F" || f.Paragraphs()[0].Story != docx.InFooter {
		t.Errorf("first footer %+v, want F", f)
	}
	if secs[1].Headers.Default != h || secs[1].Footers.First != secs[0].Footers.First {
		t.Error("the second section does not take the first's header and footer")
	}
}
