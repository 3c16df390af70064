package docx

import (
	"testing"

	dx "github.com/thongbao/thongbao/notice/docx/docxtest"
)

func TestPageSetup(t *testing.T) {
	pg := dx.DefaultPage
	pg.Bottom, pg.Left, pg.TitlePage, pg.PageNumStart = 851, 1985, true, 3
	d := read(t, dx.Doc{Body: T("x"), SectPr: pg.XML()})
	if len(d.Sections) != 1 {
		t.Fatalf("%d sections, want 1", len(d.Sections))
	}
	s := d.Sections[0]
	want := Margins{Top: 1134, Bottom: 851, Left: 1985, Right: 851, Header: 720, Footer: 720}
	if s.Margins != want || s.PageWidth != 11906 || s.PageHeight != 16838 || s.Orientation != "portrait" || !s.TitlePage || s.PageNumStart != 3 {
		t.Errorf("section %+v", s)
	}
	pg.Landscape, pg.W, pg.H = true, 16838, 11906
	d = read(t, dx.Doc{Body: T("x"), SectPr: pg.XML()})
	if d.Sections[0].Orientation != "landscape" {
		t.Errorf("orientation %q, want landscape", d.Sections[0].Orientation)
	}
}

func TestSectionsInParagraphs(t *testing.T) {
	land := dx.Page{W: 16838, H: 11906, Landscape: true, Top: 1134, Bottom: 1134, Left: 1134, Right: 1134}
	body := T("một") + P(dx.DefaultPage.XML(), R("", "hai")) + T("ba") + P("", R("", "bốn"))
	d := read(t, dx.Doc{Body: body, SectPr: land.XML()})
	if len(d.Sections) != 2 {
		t.Fatalf("%d sections, want 2", len(d.Sections))
	}
	for text, sec := range map[string]int{"một": 0, "hai": 0, "ba": 1, "bốn": 1} {
		if p := para(t, d, text); p.Section != sec {
			t.Errorf("%q in section %d, want %d", text, p.Section, sec)
		}
	}
	if !para(t, d, "hai").SectionEnd || para(t, d, "ba").SectionEnd {
		t.Error("the section end is on the wrong paragraph")
	}
	if d.Sections[0].Orientation != "portrait" || d.Sections[1].Orientation != "landscape" {
		t.Errorf("orientations %q %q", d.Sections[0].Orientation, d.Sections[1].Orientation)
	}
}

func TestDefaultsAndDirect(t *testing.T) {
	body := P(`<w:jc w:val="both"/><w:ind w:firstLine="720"/><w:spacing w:before="120" w:after="0" w:line="312" w:lineRule="auto"/>`,
		R("", "thân "), R(`<w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:sz w:val="26"/><w:b/>`, "đậm"))
	d := read(t, dx.Doc{Body: body})
	p := para(t, d, "thân")
	if p.Props.Align != "both" || p.Props.Indent.FirstLine != 720 || p.Props.Spacing.Before != 120 ||
		p.Props.Spacing.After != 0 || p.Props.Spacing.Line != 312 || p.Props.Spacing.LineRule != "auto" {
		t.Errorf("paragraph props %+v", p.Props)
	}
	r := run(t, p, "thân")
	if r.Props.Size != 28 || r.Props.Fonts.HAnsi != "Times New Roman" || r.Props.Bold {
		t.Errorf("plain run %+v", r.Props)
	}
	r = run(t, p, "đậm")
	if r.Props.Size != 26 || r.Props.Fonts.For('đ') != "Arial" || r.Props.Fonts.EastAsia != "Times New Roman" || !r.Props.Bold {
		t.Errorf("direct run %+v", r.Props)
	}
	if p.Style != "Normal" || p.StyleName != "Normal" {
		t.Errorf("style %q %q, want Normal", p.Style, p.StyleName)
	}
}

func TestNothingSaid(t *testing.T) {
	// No defaults, no style: Word's own defaults.
	d := read(t, dx.Doc{Body: T("x"), Styles: "<w:latentStyles/>"})
	p := para(t, d, "x")
	r := p.Runs[0]
	if r.Props.Size != 20 || r.Props.Fonts.ASCII != "Times New Roman" || p.Props.Align != "left" ||
		p.Props.Spacing.Line != 240 || p.Props.Spacing.LineRule != "auto" || p.Props.OutlineLevel != -1 {
		t.Errorf("defaults: run %+v, paragraph %+v", r.Props, p.Props)
	}
}

func TestStyleChain(t *testing.T) {
	styles := dx.DefaultStyles +
		dx.Style("paragraph", "Heading1", "heading 1", "Normal", `<w:keepNext/><w:spacing w:before="240"/><w:jc w:val="center"/>`, `<w:b/><w:sz w:val="32"/>`) +
		dx.Style("paragraph", "Heading2", "heading 2", "Heading1", `<w:jc w:val="start"/>`, `<w:i/>`) +
		dx.Style("paragraph", "Loop", "loop", "Loop2", "", `<w:caps/>`) +
		dx.Style("paragraph", "Loop2", "loop 2", "Loop", "", `<w:sz w:val="22"/>`)
	body := P(`<w:pStyle w:val="Heading2"/>`, R("", "tiêu đề")) + P(`<w:pStyle w:val="Loop"/>`, R("", "vòng")) +
		P(`<w:pStyle w:val="Missing"/>`, R("", "thiếu"))
	d := read(t, dx.Doc{Body: body, Styles: styles})
	p := para(t, d, "tiêu đề")
	if p.Style != "Heading2" || p.StyleName != "heading 2" || p.Props.Align != "left" || !p.Props.KeepNext || p.Props.Spacing.Before != 240 {
		t.Errorf("heading 2 paragraph %s %+v", p.Style, p.Props)
	}
	r := p.Runs[0].Props
	if !r.Bold || !r.Italic || r.Size != 32 || r.Fonts.HAnsi != "Times New Roman" {
		t.Errorf("heading 2 run %+v", r)
	}
	if r := para(t, d, "VÒNG").Runs[0].Props; !r.Caps || r.Size != 22 {
		t.Errorf("a loop of basedOn is cut where it closes: %+v", r)
	}
	if p := para(t, d, "thiếu"); p.Style != "Normal" {
		t.Errorf("a missing style falls back to Normal, got %q", p.Style)
	}
}

func TestToggles(t *testing.T) {
	styles := dx.DefaultStyles +
		dx.Style("paragraph", "Bold", "bold para", "Normal", "", `<w:b/><w:i/>`) +
		dx.Style("paragraph", "Bolder", "bolder", "Bold", "", `<w:b/>`) +
		dx.Style("character", "Strong", "strong", "", "", `<w:b/>`) +
		dx.Style("character", "NotItalic", "not italic", "", "", `<w:i w:val="0"/>`)
	body := P(`<w:pStyle w:val="Bold"/>`,
		R("", "[kế thừa]"),
		R(`<w:rStyle w:val="Strong"/>`, "[đảo]"),
		R(`<w:rStyle w:val="NotItalic"/>`, "[tắt]"),
		R(`<w:rStyle w:val="Strong"/><w:b/>`, "[trực tiếp]"),
		R(`<w:b w:val="false"/>`, "[tắt trực tiếp]")) +
		P(`<w:pStyle w:val="Bolder"/>`, R("", "[chuỗi]"))
	d := read(t, dx.Doc{Body: body, Styles: styles})
	p := para(t, d, "kế thừa")
	for _, c := range []struct {
		text         string
		bold, italic bool
	}{
		{"[kế thừa]", true, true},
		{"[đảo]", false, true},      // a character style's bold flips the paragraph style's
		{"[tắt]", true, false},      // an explicit off sets it off
		{"[trực tiếp]", true, true}, // direct formatting is absolute
		{"[tắt trực tiếp]", false, true},
	} {
		r := run(t, p, c.text).Props
		if r.Bold != c.bold || r.Italic != c.italic {
			t.Errorf("%s: bold %v italic %v, want %v %v", c.text, r.Bold, r.Italic, c.bold, c.italic)
		}
	}
	// Within one basedOn chain the nearest value counts: no flip.
	if r := para(t, d, "chuỗi").Runs[0].Props; !r.Bold {
		t.Error("bold set twice in one chain must stay bold")
	}
}

func TestThemeFonts(t *testing.T) {
	rFonts := `<w:rFonts w:asciiTheme="majorHAnsi" w:hAnsiTheme="majorHAnsi" w:cstheme="majorHAnsi"/>`
	body := P("", R(rFonts, "Tiêu đề")) + P("", R(`<w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" w:ascii="Courier New"/>`, "Thân"))
	for lang, want := range map[string][2]string{
		"vi-VN": {"Times New Roman", "Arial"},
		"en-US": {"Calibri Light", "Calibri"},
		"":      {"Calibri Light", "Calibri"},
	} {
		settings := ""
		if lang != "" {
			settings = `<w:themeFontLang w:val="` + lang + `" w:eastAsia="zh-CN"/>`
		}
		d := read(t, dx.Doc{Body: body, Settings: settings})
		if d.ThemeLang != lang {
			t.Errorf("theme language %q, want %q", d.ThemeLang, lang)
		}
		if got := para(t, d, "Tiêu").Runs[0].Props.Fonts; got.ASCII != want[0] || got.For('ề') != want[0] || got.CS != want[0] {
			t.Errorf("%s: major font %+v, want %s", lang, got, want[0])
		}
		if got := para(t, d, "Thân").Runs[0].Props.Fonts; got.ASCII != want[1] {
			t.Errorf("%s: minor font %+v, want %s (the theme attribute wins over w:ascii)", lang, got, want[1])
		}
	}
}

func TestThemeFontsByScript(t *testing.T) {
	theme := dx.Theme("Cambria", "Calibri", map[string]string{"Viet": "Times New Roman", "Hans": "SimSun", "Arab": "Arial"}, nil)
	rFonts := `<w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/>`
	d := read(t, dx.Doc{Body: P("", R(rFonts, "x")), Theme: theme,
		Settings: `<w:themeFontLang w:val="vi" w:eastAsia="zh-CN" w:bidi="ar-SA"/>`})
	f := d.Paragraphs()[0].Runs[0].Props.Fonts
	if f.ASCII != "Times New Roman" || f.EastAsia != "SimSun" || f.CS != "Arial" {
		t.Errorf("fonts %+v", f)
	}
}

func TestFontFor(t *testing.T) {
	f := Fonts{ASCII: "A", HAnsi: "H", EastAsia: "E", CS: "C"}
	for r, want := range map[rune]string{'a': "A", 'ộ': "H", 'Đ': "H", 'é': "H", '中': "E", 'ب': "C", '“': "H"} {
		if got := f.For(r); got != want {
			t.Errorf("For(%q) = %s, want %s", r, got, want)
		}
	}
	f.Hint = "eastAsia"
	if f.For('“') != "E" || f.For('ộ') != "H" {
		t.Error("an eastAsia hint moves punctuation, not Vietnamese letters")
	}
	if got := f.Faces("Ab ộ"); len(got) != 2 || got[0] != "A" || got[1] != "H" {
		t.Errorf("Faces %v", got)
	}
}

func TestParagraphProps(t *testing.T) {
	pPr := `<w:jc w:val="end"/><w:ind w:start="360" w:end="120" w:hanging="284"/><w:spacing w:beforeAutospacing="1" w:after="120" w:line="300" w:lineRule="exact"/>` +
		`<w:keepNext/><w:contextualSpacing/><w:outlineLvl w:val="1"/><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr>`
	d := read(t, dx.Doc{Body: P(pPr, R("", "x")) + P(`<w:ind w:firstLineChars="200" w:firstLine="560"/>`, R("", "y"))})
	p := para(t, d, "x").Props
	if p.Align != "right" || p.Indent.Left != 360 || p.Indent.Right != 120 || p.Indent.FirstLine != -284 || p.Indent.Hanging != 284 {
		t.Errorf("indent %+v align %s", p.Indent, p.Align)
	}
	if !p.Spacing.BeforeAuto || p.Spacing.After != 120 || p.Spacing.Line != 300 || p.Spacing.LineRule != "exact" {
		t.Errorf("spacing %+v", p.Spacing)
	}
	if !p.KeepNext || !p.ContextualSpacing || p.OutlineLevel != 1 {
		t.Errorf("flags %+v", p)
	}
	if b := p.Borders.Bottom; b == nil || b.Style != "single" || b.Size != 6 || p.Borders.Top != nil {
		t.Errorf("borders %+v", p.Borders)
	}
	if q := para(t, d, "y").Props.Indent; q.FirstLineChars != 200 || q.FirstLine != 560 {
		t.Errorf("chars indent %+v", q)
	}
}

func TestTableStyle(t *testing.T) {
	styles := dx.DocDefaults(`<w:sz w:val="20"/>`, "") +
		dx.DefaultStyle("paragraph", "Normal", "Normal", `<w:spacing w:after="200"/>`, `<w:sz w:val="28"/>`) +
		dx.DefaultStyle("table", "TableNormal", "Normal Table", "", "") +
		dx.Style("table", "Grid", "Table Grid", "TableNormal", `<w:spacing w:after="0"/>`, `<w:sz w:val="24"/>`) +
		dx.Style("paragraph", "Own", "own", "Normal", "", `<w:sz w:val="30"/>`)
	tbl := dx.Table(`<w:tblStyle w:val="Grid"/><w:tblBorders><w:top w:val="single" w:sz="4"/><w:insideV w:val="nil"/></w:tblBorders>`,
		dx.Row(dx.TextCell("thường"), dx.Cell(P(`<w:pStyle w:val="Own"/>`, R("", "riêng")))))
	d := read(t, dx.Doc{Body: tbl + T("ngoài"), Styles: styles})
	if p := para(t, d, "thường"); p.Runs[0].Props.Size != 24 || p.Props.Spacing.After != 0 {
		t.Errorf("the table style overrides Normal in its cells: size %d, after %d", p.Runs[0].Props.Size, p.Props.Spacing.After)
	}
	if p := para(t, d, "ngoài"); p.Runs[0].Props.Size != 28 || p.Props.Spacing.After != 200 {
		t.Errorf("outside the table Normal holds: size %d, after %d", p.Runs[0].Props.Size, p.Props.Spacing.After)
	}
	if r := para(t, d, "riêng").Runs[0].Props; r.Size != 30 {
		t.Errorf("a paragraph style of its own wins over the table style: %d", r.Size)
	}
	tb := d.Body[0].(*Table)
	if tb.Style != "Grid" || tb.Borders.Top == nil || tb.Borders.InsideV != nil {
		t.Errorf("table %+v", tb.Borders)
	}
}

func TestCapsHiddenAndSpecialCharacters(t *testing.T) {
	body := P("",
		R(`<w:caps/>`, "cộng hòa"),
		R(`<w:vanish/>`, "[ẩn]"),
		R("", " a\tb\nc"),
		`<w:r><w:cr/><w:noBreakHyphen/><w:softHyphen/><w:sym w:font="Symbol" w:char="F0B7"/><w:sym w:font="Wingdings" w:char="F0FC"/><w:t>d</w:t></w:r>`,
		`<w:r><w:rPr><w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/></w:rPr><w:t>`+"\uf0d8"+`</w:t></w:r>`,
		`<w:r><w:br w:type="page"/><w:t>e</w:t></w:r>`)
	d := read(t, dx.Doc{Body: body})
	p := d.Paragraphs()[0]
	want := "CỘNG HÒA a\tb c -•✓d➢e"
	if p.Text != want {
		t.Errorf("text %q, want %q", p.Text, want)
	}
	hidden := run(t, p, "[ẩn]")
	if !hidden.Props.Vanish || hidden.Start != hidden.End || hidden.Start != len("CỘNG HÒA") {
		t.Errorf("hidden run %+v", hidden)
	}
	if len(p.Breaks) != 2 || p.Text[p.Breaks[0]] != ' ' || p.Text[p.Breaks[1]] != ' ' || !p.PageBreak {
		t.Errorf("breaks %v page %v", p.Breaks, p.PageBreak)
	}
	if r := run(t, p, "➢"); !r.Symbol || r.SymbolChar != 0xF0D8 {
		t.Errorf("symbol run %+v", r)
	}
	if r := run(t, p, "•"); !r.Symbol || r.SymbolFont != "Symbol" || r.SymbolChar != 0xF0B7 {
		t.Errorf("w:sym run %+v", r)
	}
	for _, r := range p.Runs {
		if r.Start != r.End && p.Text[r.Start:r.End] != r.Text {
			t.Errorf("run %q does not cover its text %q", r.Text, p.Text[r.Start:r.End])
		}
	}
}

func TestWrappers(t *testing.T) {
	body := P("",
		`<w:hyperlink r:id="rId99"><w:r><w:t>liên kết </w:t></w:r></w:hyperlink>`,
		`<w:smartTag w:uri="x" w:element="place"><w:r><w:t>thẻ </w:t></w:r></w:smartTag>`,
		`<w:sdt><w:sdtPr/><w:sdtContent><w:r><w:t>điều khiển </w:t></w:r></w:sdtContent></w:sdt>`,
		`<w:customXml w:element="x"><w:r><w:t>tùy biến </w:t></w:r></w:customXml>`,
		`<w:bookmarkStart w:id="0" w:name="a"/><w:proofErr w:type="spellStart"/>`,
		`<m:oMath><m:r><m:t>x=1</m:t></m:r></m:oMath>`) +
		`<w:sdt><w:sdtContent>` + T("khối trong sdt") + `</w:sdtContent></w:sdt>`
	d := read(t, dx.Doc{Body: body})
	wantLines(t, d, "liên kết thẻ điều khiển tùy biến x=1", "khối trong sdt")
}
