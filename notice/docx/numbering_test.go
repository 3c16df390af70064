package docx

import (
	"testing"

	dx "github.com/thongbao/thongbao/notice/docx/docxtest"
)

// np is a numbered paragraph.
func np(numID, ilvl int, text string) string { return P(dx.NumPr(numID, ilvl), R("", text)) }

func TestNumberingLevels(t *testing.T) {
	num := dx.AbstractNum(1,
		dx.Lvl(0, 1, "upperRoman", "%1.", "", `<w:b/>`),
		dx.Lvl(1, 1, "decimal", "%2.", `<w:ind w:left="0" w:firstLine="709"/>`, ""),
		dx.Lvl(2, 1, "lowerLetter", "%3)", "", ""),
		dx.Lvl(3, 1, "bullet", "-", "", ""),
		dx.Lvl(4, 1, "bullet", "\uf0b7", "", `<w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/>`)) +
		dx.Num(1, 1)
	body := np(1, 0, "ĐÁNH GIÁ") + np(1, 1, "Kết quả") + np(1, 2, "một") + np(1, 2, "hai") + np(1, 3, "gạch") +
		np(1, 1, "Hạn chế") + np(1, 2, "ba") + np(1, 4, "chấm") + T("không đánh số") + np(1, 0, "NHIỆM VỤ") + np(1, 1, "Sở")
	d := read(t, dx.Doc{Body: body, Numbering: num})
	wantLines(t, d, "I. ĐÁNH GIÁ", "1. Kết quả", "a) một", "b) hai", "- gạch", "2. Hạn chế", "a) ba", "• chấm",
		"không đánh số", "II. NHIỆM VỤ", "1. Sở")
	l := para(t, d, "ĐÁNH GIÁ").Label
	if l.Format != "upperRoman" || l.Level != 0 || l.NumID != 1 || !l.Props.Bold || l.Props.Size != 28 || l.Suffix != "tab" {
		t.Errorf("label %+v", l)
	}
	if l := para(t, d, "chấm").Label; l.Raw != "\uf0b7" || l.Text != "•" {
		t.Errorf("bullet %q shown as %q", l.Raw, l.Text)
	}
	if p := para(t, d, "Kết quả"); p.Props.Indent.FirstLine != 709 || p.Props.Num != (NumRef{ID: 1, Level: 1}) {
		t.Errorf("the level's indent: %+v %+v", p.Props.Indent, p.Props.Num)
	}
}

func TestLowerLetterIsNotVietnamese(t *testing.T) {
	num := dx.AbstractNum(0, dx.Lvl(0, 1, "lowerLetter", "%1)", "", "")) + dx.Num(5, 0)
	body := ""
	for _, s := range []string{"một", "hai", "ba", "bốn", "năm", "sáu", "bảy"} {
		body += np(5, 0, s)
	}
	d := read(t, dx.Doc{Body: body, Numbering: num})
	wantLines(t, d, "a) một", "b) hai", "c) ba", "d) bốn", "e) năm", "f) sáu", "g) bảy")
}

func TestNumberFormats(t *testing.T) {
	for _, c := range []struct {
		n            int
		format, want string
	}{
		{3, "decimal", "3"}, {7, "decimalZero", "07"}, {12, "decimalZero", "12"}, {4, "upperRoman", "IV"},
		{9, "lowerRoman", "ix"}, {27, "lowerLetter", "aa"}, {28, "upperLetter", "BB"}, {2, "ordinal", "2nd"},
		{13, "ordinal", "13th"}, {3, "decimalEnclosedCircle", "③"}, {2, "chicago", "†"}, {5, "chicago", "**"}, {2, "none", ""},
		{4, "decimalEnclosedParen", "(4)"}, {11, "hex", "B"}, {5, "vietnameseCounting", "5"},
	} {
		if got := formatNumber(c.n, c.format, ""); got != c.want {
			t.Errorf("%s %d = %q, want %q", c.format, c.n, got, c.want)
		}
	}
	if got := formatNumber(7, "custom", "001, 002, 003, ..."); got != "007" {
		t.Errorf("custom = %q", got)
	}
	if got := formatNumber(1_000_000_000, "lowerLetter", ""); len(got) > MaxLabelLen {
		t.Errorf("a huge letter count is not cut: %d bytes", len(got))
	}
}

func TestNumberingRestartsAndOverrides(t *testing.T) {
	num := dx.AbstractNum(1, dx.Lvl(0, 1, "decimal", "%1.", "", ""), dx.Lvl(1, 1, "lowerLetter", "%2)", "", "")) +
		dx.AbstractNum(2, dx.Lvl(0, 1, "decimal", "%1.", "", ""),
			`<w:lvl w:ilvl="1"><w:start w:val="1"/><w:lvlRestart w:val="0"/><w:numFmt w:val="decimal"/><w:lvlText w:val="(%2)"/></w:lvl>`) +
		dx.Num(1, 1) + dx.Num(2, 1) + dx.Num(3, 1, dx.StartOverride(0, 1)) + dx.Num(4, 2)
	body := np(1, 0, "a") + np(1, 1, "b") + np(1, 1, "c") +
		np(2, 0, "instance 2 continues the list") + np(2, 1, "e") +
		np(3, 0, "an override restarts") + np(1, 0, "and the list goes on from there") +
		np(4, 0, "x") + np(4, 1, "y") + np(4, 0, "z") + np(4, 1, "lvlRestart 0 never restarts")
	d := read(t, dx.Doc{Body: body, Numbering: num})
	wantLines(t, d, "1. a", "a) b", "b) c", "2. instance 2 continues the list", "a) e", "1. an override restarts",
		"2. and the list goes on from there", "1. x", "(1) y", "2. z", "(2) lvlRestart 0 never restarts")
}

func TestNumberingLegalAndMultiLevelText(t *testing.T) {
	num := dx.AbstractNum(1, dx.Lvl(0, 1, "upperRoman", "%1.", "", ""), dx.Lvl(1, 1, "decimal", "%1.%2.", "", ""),
		`<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:isLgl/><w:lvlText w:val="%1.%2.%3"/></w:lvl>`) +
		dx.Num(1, 1)
	body := np(1, 0, "A") + np(1, 1, "B") + np(1, 1, "C") + np(1, 2, "D") + np(1, 0, "E") + np(1, 2, "F: level 2 unused, shows its start")
	d := read(t, dx.Doc{Body: body, Numbering: num})
	wantLines(t, d, "I. A", "I.1. B", "I.2. C", "1.2.1 D", "II. E", "2.1.1 F: level 2 unused, shows its start")
}

func TestNumberingFromStyle(t *testing.T) {
	styles := dx.DefaultStyles +
		dx.Style("paragraph", "Khoan", "khoản", "Normal", dx.NumPr(7, 0)+`<w:ind w:left="0" w:firstLine="567"/>`, "") +
		dx.Style("numbering", "ListStyle", "list style", "", dx.NumPr(8, 0), "")
	num := dx.AbstractNum(1, dx.Lvl(0, 1, "decimal", "%1.", `<w:ind w:left="720" w:hanging="360"/>`, "")) +
		`<w:abstractNum w:abstractNumId="2"><w:numStyleLink w:val="ListStyle"/></w:abstractNum>` +
		dx.AbstractNum(3, dx.Lvl(0, 1, "upperLetter", "%1.", "", "")) +
		dx.Num(7, 1) + dx.Num(8, 3) + dx.Num(9, 2)
	body := P(`<w:pStyle w:val="Khoan"/>`, R("", "từ kiểu")) + P(`<w:pStyle w:val="Khoan"/>`+dx.NumPr(0, 0), R("", "numId 0 gỡ số")) +
		P(`<w:pStyle w:val="Khoan"/>`, R("", "tiếp")) + np(9, 0, "qua numStyleLink")
	d := read(t, dx.Doc{Body: body, Styles: styles, Numbering: num})
	wantLines(t, d, "1. từ kiểu", "numId 0 gỡ số", "2. tiếp", "A. qua numStyleLink")
	if ind := para(t, d, "từ kiểu").Props.Indent; ind.FirstLine != 567 || ind.Left != 0 {
		t.Errorf("the style's indent wins over numbering given by the style: %+v", ind)
	}
}

func TestNumberingBroken(t *testing.T) {
	num := `<w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="Self"/></w:abstractNum>` + dx.Num(1, 1) + dx.Num(2, 99) +
		dx.AbstractNum(3, `<w:lvl w:ilvl="0"><w:start w:val="2147483647"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1%1%1%1%1%1%1%1%1%1%1%1%1%1%1%1)"/></w:lvl>`) +
		dx.Num(3, 3)
	styles := dx.DefaultStyles + dx.Style("numbering", "Self", "self", "", dx.NumPr(1, 0), "")
	body := np(1, 0, "vòng") + np(2, 0, "không có định nghĩa") + np(3, 0, "dài") + np(77, 0, "không có số") + np(3, 8, "cấp trống")
	d := read(t, dx.Doc{Body: body, Styles: styles, Numbering: num})
	for _, p := range d.Paragraphs() {
		if p.Label != nil && len(p.Label.Text) > MaxLabelLen {
			t.Errorf("label of %d bytes", len(p.Label.Text))
		}
	}
	if p := para(t, d, "vòng"); p.Label != nil {
		t.Errorf("a link to itself gives no label, got %q", p.Label.Text)
	}
}

// TestEmptyLevelIsNoLabel: LibreOffice ties Heading 1 to a level that
// prints nothing (numFmt none, lvlText "", suff nothing) in every file it
// writes through its own formats; a paragraph in that style has no label,
// as Word shows none, though it stays in its list. A level with an empty
// text and a tab after it still puts the tab there: it keeps its label.
func TestEmptyLevelIsNoLabel(t *testing.T) {
	lvl := func(suff string) string {
		return `<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="none"/>` + suff +
			`<w:lvlText w:val=""/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:hanging="0"/></w:pPr></w:lvl>`
	}
	styles := dx.DefaultStyles + dx.Style("paragraph", "Heading1", "Heading 1", "Normal", dx.NumPr(1, 0), "<w:b/>")
	num := dx.AbstractNum(1, lvl(`<w:suff w:val="nothing"/>`)) + dx.AbstractNum(2, lvl("")) + dx.Num(1, 1) + dx.Num(2, 2)
	body := P(`<w:pStyle w:val="Heading1"/><w:jc w:val="center"/>`, R("", "         THÔNG BÁO")) + np(2, 0, "sau một Tab")
	d := read(t, dx.Doc{Body: body, Styles: styles, Numbering: num})
	wantLines(t, d, "         THÔNG BÁO", "sau một Tab")
	if p := para(t, d, "THÔNG BÁO"); p.Label != nil || p.Props.Num != (NumRef{ID: 1, Level: 0}) {
		t.Errorf("label %+v, list %+v; want no label, still in list 1", p.Label, p.Props.Num)
	}
	if l := para(t, d, "sau một Tab").Label; l == nil || l.Text != "" || l.Suffix != "tab" {
		t.Errorf("label %+v, want an empty one followed by a tab", l)
	}
}
