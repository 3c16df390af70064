package docx

import (
	"testing"

	dx "github.com/thongbao/thongbao/notice/docx/docxtest"
)

// TestUniversalMeasures: lengths written with their unit ("14pt",
// "1.27cm", "2cm", "210mm", "0.5in"), as ECMA-376 allows and the "docx"
// library of JavaScript writes, are read as Word reads them; bare numbers
// stay in the attribute's unit, a decimal one ("100.0") rounded.
func TestUniversalMeasures(t *testing.T) {
	body := P(`<w:ind w:firstLine="1.27cm" w:left="0.5in"/><w:spacing w:before="6pt" w:after="100.0" w:line="240"/>`,
		R(`<w:sz w:val="14pt"/><w:szCs w:val="13pt"/><w:spacing w:val="-0.5pt"/>`, "thân")) +
		P(`<w:ind w:hanging="10mm"/>`, R(`<w:sz w:val="27"/>`, "treo"))
	sect := `<w:sectPr><w:pgSz w:w="210mm" w:h="297mm"/><w:pgMar w:top="2cm" w:right="1.5cm" w:bottom="2cm" w:left="3cm" w:header="0.5in" w:footer="36pt" w:gutter="0"/></w:sectPr>`
	d := read(t, dx.Doc{Body: body, SectPr: sect})
	p := para(t, d, "thân")
	if p.Props.Indent.FirstLine != 720 || p.Props.Indent.Left != 720 || p.Props.Spacing.Before != 120 || p.Props.Spacing.After != 100 || p.Props.Spacing.Line != 240 {
		t.Errorf("paragraph props %+v", p.Props)
	}
	if r := run(t, p, "thân"); r.Props.Size != 28 || r.Props.SizeCS != 26 || r.Props.Spacing != -10 {
		t.Errorf("run props %+v", r.Props)
	}
	if p := para(t, d, "treo"); p.Props.Indent.FirstLine != -567 || run(t, p, "treo").Props.Size != 27 {
		t.Errorf("hanging %+v, size %d", p.Props.Indent, run(t, p, "treo").Props.Size)
	}
	s := d.Sections[0]
	want := Margins{Top: 1134, Bottom: 1134, Left: 1701, Right: 850, Header: 720, Footer: 720}
	if s.Margins != want || s.PageWidth != 11906 || s.PageHeight != 16838 {
		t.Errorf("section %+v", s)
	}
}

func TestParseMeasure(t *testing.T) {
	for _, c := range []struct {
		v    string
		per  float64
		want int
		ok   bool
	}{
		{"1134", 1, 1134, true}, {"100.0", 1, 100, true}, {"-1.5", 1, -2, true}, {"2cm", 1, 1134, true},
		{"1in", 1, 1440, true}, {"1pc", 1, 240, true}, {"1pi", 1, 240, true}, {"13pt", 10, 26, true},
		{"5mm", 10, 28, true}, {"cm", 1, 0, false}, {"2km", 1, 0, false}, {"", 1, 0, false},
	} {
		if got, ok := parseMeasure(c.v, c.per); got != c.want || ok != c.ok {
			t.Errorf("parseMeasure(%q, %v) = %d, %v; want %d, %v", c.v, c.per, got, ok, c.want, c.ok)
		}
	}
}

// FuzzParseMeasure holds parseMeasure to a length within the limit the
// reader keeps every length to, on any value.
func FuzzParseMeasure(f *testing.F) {
	for _, v := range []string{"1134", "1.27cm", "-0.5in", "1e308cm", "NaNpt", "Infmm", "12.5pt", " 2cm ", "pc"} {
		f.Add(v)
	}
	f.Fuzz(func(t *testing.T, v string) {
		for _, per := range []float64{1, 10} {
			if n, ok := parseMeasure(v, per); n < -(1<<30) || n > 1<<30 || !ok && n != 0 {
				t.Fatalf("parseMeasure(%q, %v) = %d, %v", v, per, n, ok)
			}
		}
	})
}
