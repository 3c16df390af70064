package docxtest

import (
	"fmt"
	"sort"
	"strings"
)

// Escape escapes text for XML.
func Escape(s string) string { return escaper.Replace(s) }

var escaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")

// R is a run with run properties rPr (the content of w:rPr) and text: a
// tab in text is a w:tab, a newline a w:br.
func R(rPr, text string) string {
	var b strings.Builder
	b.WriteString("<w:r>")
	if rPr != "" {
		b.WriteString("<w:rPr>" + rPr + "</w:rPr>")
	}
	for i, line := range strings.Split(text, "\n") {
		if i > 0 {
			b.WriteString("<w:br/>")
		}
		for j, part := range strings.Split(line, "\t") {
			if j > 0 {
				b.WriteString("<w:tab/>")
			}
			if part != "" {
				b.WriteString(`<w:t xml:space="preserve">` + Escape(part) + `</w:t>`)
			}
		}
	}
	b.WriteString("</w:r>")
	return b.String()
}

// P is a paragraph with paragraph properties pPr (the content of w:pPr)
// and content: runs or anything a paragraph holds.
func P(pPr string, content ...string) string {
	s := "<w:p>"
	if pPr != "" {
		s += "<w:pPr>" + pPr + "</w:pPr>"
	}
	return s + strings.Join(content, "") + "</w:p>"
}

// T is a paragraph of plain text.
func T(text string) string { return P("", R("", text)) }

// Table is a table with table properties tblPr (the content of w:tblPr)
// and rows (Row). The grid is taken from the widest row, 2000 twips a
// column.
func Table(tblPr string, rows ...string) string {
	cols := 1
	for _, r := range rows {
		cols = max(cols, strings.Count(r, "<w:tc>"))
	}
	grid := strings.Repeat(`<w:gridCol w:w="2000"/>`, cols)
	return "<w:tbl><w:tblPr>" + tblPr + "</w:tblPr><w:tblGrid>" + grid + "</w:tblGrid>" + strings.Join(rows, "") + "</w:tbl>"
}

// Row is a table row of cells (Cell).
func Row(cells ...string) string { return "<w:tr>" + strings.Join(cells, "") + "</w:tr>" }

// Cell is a table cell holding blocks; an empty cell gets the empty
// paragraph Word requires.
func Cell(blocks ...string) string {
	if len(blocks) == 0 {
		blocks = []string{"<w:p/>"}
	}
	return "<w:tc>" + strings.Join(blocks, "") + "</w:tc>"
}

// TextCell is a cell with one paragraph for each text.
func TextCell(texts ...string) string {
	var blocks []string
	for _, t := range texts {
		blocks = append(blocks, T(t))
	}
	return Cell(blocks...)
}

// TextBox is a run holding a text box (DrawingML, with its VML fallback
// the way Word writes both) of blocks.
func TextBox(blocks ...string) string {
	content := "<w:txbxContent>" + strings.Join(blocks, "") + "</w:txbxContent>"
	return `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><wp:extent cx="914400" cy="914400"/>` +
		`<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:txbx>` +
		content + `</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>` +
		`<mc:Fallback><w:pict><v:shape><v:textbox>` + content + `</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`
}

// Field is a complex field (w:fldChar) with instruction instr showing
// result, in runs with rPr.
func Field(rPr, instr, result string) string {
	pr := ""
	if rPr != "" {
		pr = "<w:rPr>" + rPr + "</w:rPr>"
	}
	return `<w:r>` + pr + `<w:fldChar w:fldCharType="begin"/></w:r>` +
		`<w:r>` + pr + `<w:instrText xml:space="preserve"> ` + Escape(instr) + ` </w:instrText></w:r>` +
		`<w:r>` + pr + `<w:fldChar w:fldCharType="separate"/></w:r>` + R(rPr, result) +
		`<w:r>` + pr + `<w:fldChar w:fldCharType="end"/></w:r>`
}

// Page is the page setup of a section, lengths in twips.
type Page struct {
	W, H                                     int
	Landscape                                bool
	Top, Bottom, Left, Right, Header, Footer int
	Gutter                                   int // beside the left margin
	TitlePage                                bool
	PageNumStart                             int
	// Refs are w:headerReference and w:footerReference elements
	// (HeaderRef, FooterRef).
	Refs string
}

// DefaultPage is A4 portrait with margins of 20 mm top and bottom, 30 mm
// left and 15 mm right.
var DefaultPage = Page{W: 11906, H: 16838, Top: 1134, Bottom: 1134, Left: 1701, Right: 851, Header: 720, Footer: 720}

// XML returns the page setup as a w:sectPr.
func (p Page) XML() string {
	orient := ""
	if p.Landscape {
		orient = ` w:orient="landscape"`
	}
	s := "<w:sectPr>" + p.Refs + fmt.Sprintf(`<w:pgSz w:w="%d" w:h="%d"%s/>`, p.W, p.H, orient) +
		fmt.Sprintf(`<w:pgMar w:top="%d" w:right="%d" w:bottom="%d" w:left="%d" w:header="%d" w:footer="%d" w:gutter="%d"/>`,
			p.Top, p.Right, p.Bottom, p.Left, p.Header, p.Footer, p.Gutter)
	if p.PageNumStart > 0 {
		s += fmt.Sprintf(`<w:pgNumType w:start="%d"/>`, p.PageNumStart)
	}
	s += `<w:cols w:space="720"/>`
	if p.TitlePage {
		s += "<w:titlePg/>"
	}
	return s + "</w:sectPr>"
}

// HeaderRef references header id for pages of typ ("default", "first",
// "even"); FooterRef a footer.
func HeaderRef(typ, id string) string {
	return fmt.Sprintf(`<w:headerReference w:type="%s" r:id="%s"/>`, typ, id)
}

// FooterRef references a footer.
func FooterRef(typ, id string) string {
	return fmt.Sprintf(`<w:footerReference w:type="%s" r:id="%s"/>`, typ, id)
}

// DocDefaults is a w:docDefaults with run and paragraph properties.
func DocDefaults(rPr, pPr string) string {
	return "<w:docDefaults><w:rPrDefault><w:rPr>" + rPr + "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>" + pPr + "</w:pPr></w:pPrDefault></w:docDefaults>"
}

// Style is a w:style of type typ ("paragraph", "character", "table",
// "numbering"); basedOn, pPr and rPr may be empty.
func Style(typ, id, name, basedOn, pPr, rPr string) string {
	s := fmt.Sprintf(`<w:style w:type="%s" w:styleId="%s"><w:name w:val="%s"/>`, typ, id, Escape(name))
	if basedOn != "" {
		s += `<w:basedOn w:val="` + basedOn + `"/>`
	}
	if pPr != "" {
		s += "<w:pPr>" + pPr + "</w:pPr>"
	}
	if rPr != "" {
		s += "<w:rPr>" + rPr + "</w:rPr>"
	}
	return s + "</w:style>"
}

// DefaultStyle is a style marked as the default of its type.
func DefaultStyle(typ, id, name, pPr, rPr string) string {
	return strings.Replace(Style(typ, id, name, "", pPr, rPr), `<w:style `, `<w:style w:default="1" `, 1)
}

// DefaultStyles are Times New Roman 14 pt by default, a Normal paragraph
// style, a default character style and a default table style.
var DefaultStyles = DocDefaults(`<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="vi-VN"/>`, "") +
	DefaultStyle("paragraph", "Normal", "Normal", "", "") +
	DefaultStyle("character", "DefaultParagraphFont", "Default Paragraph Font", "", "") +
	DefaultStyle("table", "TableNormal", "Normal Table", "", "")

// Lvl is a numbering level.
func Lvl(ilvl, start int, numFmt, lvlText, pPr, rPr string) string {
	s := fmt.Sprintf(`<w:lvl w:ilvl="%d"><w:start w:val="%d"/><w:numFmt w:val="%s"/><w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>`,
		ilvl, start, numFmt, Escape(lvlText))
	if pPr != "" {
		s += "<w:pPr>" + pPr + "</w:pPr>"
	}
	if rPr != "" {
		s += "<w:rPr>" + rPr + "</w:rPr>"
	}
	return s + "</w:lvl>"
}

// AbstractNum is a numbering definition of levels (Lvl).
func AbstractNum(id int, levels ...string) string {
	return fmt.Sprintf(`<w:abstractNum w:abstractNumId="%d"><w:multiLevelType w:val="hybridMultilevel"/>%s</w:abstractNum>`, id, strings.Join(levels, ""))
}

// Num is a numbering instance of an abstract definition, with optional
// w:lvlOverride elements.
func Num(id, abstractID int, overrides ...string) string {
	return fmt.Sprintf(`<w:num w:numId="%d"><w:abstractNumId w:val="%d"/>%s</w:num>`, id, abstractID, strings.Join(overrides, ""))
}

// StartOverride restarts level ilvl of an instance at start.
func StartOverride(ilvl, start int) string {
	return fmt.Sprintf(`<w:lvlOverride w:ilvl="%d"><w:startOverride w:val="%d"/></w:lvlOverride>`, ilvl, start)
}

// NumPr numbers a paragraph: put it in pPr.
func NumPr(numID, ilvl int) string {
	return fmt.Sprintf(`<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>`, ilvl, numID)
}

// Footnote is a footnote with id whose text follows its number mark.
func Footnote(id int, text string) string {
	return fmt.Sprintf(`<w:footnote w:id="%d"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>`+
		`<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>%s</w:p></w:footnote>`, id, R("", " "+text))
}

// FootnoteRef references footnote id.
func FootnoteRef(id int) string {
	return fmt.Sprintf(`<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="%d"/></w:r>`, id)
}

// Theme builds a theme whose major (headings) and minor (body) fonts are
// majorLatin and minorLatin, with faces for scripts ("Viet") in majorBy
// and minorBy.
func Theme(majorLatin, minorLatin string, majorBy, minorBy map[string]string) string {
	coll := func(latin string, by map[string]string) string {
		s := `<a:latin typeface="` + latin + `"/><a:ea typeface=""/><a:cs typeface=""/>`
		keys := make([]string, 0, len(by))
		for k := range by {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			s += `<a:font script="` + k + `" typeface="` + by[k] + `"/>`
		}
		return s
	}
	return xmlHead + `<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme"><a:themeElements>` +
		`<a:fontScheme name="Office"><a:majorFont>` + coll(majorLatin, majorBy) + `</a:majorFont><a:minorFont>` +
		coll(minorLatin, minorBy) + `</a:minorFont></a:fontScheme></a:themeElements></a:theme>`
}

// OfficeTheme is the theme of Office 2013 and later: Calibri Light and
// Calibri, with Times New Roman and Arial for Vietnamese.
var OfficeTheme = Theme("Calibri Light", "Calibri", map[string]string{"Viet": "Times New Roman", "Arab": "Times New Roman"},
	map[string]string{"Viet": "Arial", "Arab": "Arial"})
