package docx

import "testing"

// TestIndex: a body built by another reader lists its paragraphs, those
// of tables included, in reading order, each with its section.
func TestIndex(t *testing.T) {
	a, b, c := &Paragraph{Text: "a", SectionEnd: true}, &Paragraph{Text: "b"}, &Paragraph{Text: "c"}
	d := &Document{Sections: []*Section{{}, {}},
		Body: []Block{a, &Table{Rows: []Row{{Cells: []Cell{{Blocks: []Block{b}}}}}}, c}}
	d.Index()
	ps := d.Paragraphs()
	if len(ps) != 3 || ps[0] != a || ps[1] != b || ps[2] != c {
		t.Fatalf("Paragraphs = %v", ps)
	}
	if a.Section != 0 || b.Section != 1 || c.Section != 1 {
		t.Errorf("sections %d %d %d, want 0 1 1", a.Section, b.Section, c.Section)
	}
}
