package docxtest

import (
	"fmt"
	"strings"
)

// Twin is a notice's text cut into the elements an office lays out in
// Word: the generator writes it as Nghị định 30 asks (Phụ lục I), in one
// of several shapes offices use, so that the .docx reading can be held
// against the reading of the text it came from.
type Twin struct {
	// Left are the header's left lines: the parent body and the issuer
	// (Parent of them are the parent's, set regular; the rest bold), then
	// "Số: ..." and, for a Công văn, its "V/v ..." lines (VV of them).
	Left       []string
	Parent, VV int
	// Right are the Quốc hiệu, the Tiêu ngữ and the place and date.
	Right []string
	// Title is the tên loại ("" for a Công văn); Subject its trích yếu.
	Title   string
	Subject []string
	// Body are the paragraphs between the trích yếu and the end block:
	// "Kính gửi" lines, grounds, points.
	Body []TwinPara
	// Recipients are the lines of the end block's left column: "Nơi nhận:"
	// (and any other label, "Bản điện tử:") and its lines; Signer the
	// authority and title lines, Name the signer's name.
	Recipients []TwinLine
	Signer     []string
	Name       string
	// Notes are the footnotes, by their numbers; the body refers to them
	// in superscript digits.
	Notes []TwinNote
}

// TwinNote is a footnote: its number and its text.
type TwinNote struct {
	Number int
	Text   string
}

// TwinLine is a line of Nơi nhận: a label ("Nơi nhận:") or a recipient.
type TwinLine struct {
	Text  string
	Label bool
}

// TwinPara is a paragraph of the body: its text and the numbering marker
// it starts with ("1.", "a)", "-"; "" for none). Text holds the marker as
// typed.
type TwinPara struct {
	Text   string
	Marker string
	Rest   int // where the text after the marker starts
}

// Shape is a way offices lay a notice out in Word.
type Shape int

const (
	// ShapeTables: the header and the end block as borderless two-column
	// tables, every marker typed.
	ShapeTables Shape = iota
	// ShapeNumbering: as ShapeTables, but the points numbered by Word's
	// automatic numbering (numbering.xml) instead of typed markers.
	ShapeNumbering
	// ShapeTextBoxes: the header's two columns in two floating text boxes.
	ShapeTextBoxes
	// ShapeTabs: the header's two columns, and the end block's, typed
	// side by side in plain paragraphs, pushed into place with tabs.
	ShapeTabs
	// ShapeStyles: as ShapeTables (the header a table of two rows, "Số"
	// and the date in the second), the formatting done by paragraph styles
	// (the elements in capitals typed in small letters, set in capitals
	// by their style's w:caps)
	// over docDefaults whose theme fonts resolve to Times New Roman through
	// the theme language (w:themeFontLang vi-VN; the theme's Latin face
	// is Calibri, its Vietnamese one Times New Roman).
	ShapeStyles
	// ShapeBreaks: as ShapeTables, but an element of several lines typed
	// as one paragraph with manual line breaks (Shift+Enter): the issuer's
	// lines, the Quốc hiệu and the Tiêu ngữ, the trích yếu, Nơi nhận and
	// its lines, the signer's authority and title.
	ShapeBreaks
	// ShapeWPS: as WPS Office writes a file (and some offices' templates):
	// the tables of three columns, an empty one between the two, the
	// header of two rows; spacing
	// in lines (w:beforeLines) and the first-line indent in characters
	// (w:firstLineChars); an East Asian face beside Times New Roman.
	ShapeWPS
	// ShapePageHeader: as ShapeTables, but the header's table is in the
	// header of the first page (different first page), as some offices'
	// templates keep it, and the body starts with the tên loại.
	ShapePageHeader
)

// Shapes are all the shapes, in order.
var Shapes = []Shape{ShapeTables, ShapeNumbering, ShapeTextBoxes, ShapeTabs, ShapeStyles, ShapeBreaks, ShapeWPS, ShapePageHeader}

var shapeNames = [...]string{"tables", "numbering", "textboxes", "tabs", "styles", "breaks", "wps", "pageheader"}

func (s Shape) String() string { return shapeNames[s] }

// twinRole is an element of the layout, with its formatting as Phụ lục I
// sets it (Mục V's table).
type twinRole struct {
	style string // the paragraph style of ShapeStyles
	pPr   string // direct paragraph properties
	rPr   string // direct run properties, fonts and size included
}

const (
	twinFont = `<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>`
	wpsFont  = `<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="宋体" w:cs="Times New Roman"/>`
	// 0.5 line before (6 pt), 2 characters of 14 pt indent (0.99 cm)
	wpsBodyPPr = `<w:spacing w:before="120" w:beforeLines="50" w:after="0" w:line="312" w:lineRule="auto"/><w:ind w:firstLine="560" w:firstLineChars="200"/><w:jc w:val="both"/>`
)

func twinSz(pt2 int) string { return fmt.Sprintf(`<w:sz w:val="%d"/><w:szCs w:val="%d"/>`, pt2, pt2) }

const (
	twinCenter  = `<w:jc w:val="center"/><w:spacing w:before="0" w:after="0"/>`
	twinLeftPPr = `<w:jc w:val="left"/><w:spacing w:before="0" w:after="0"/>`
	twinBodyPPr = `<w:spacing w:before="120" w:after="0" w:line="312" w:lineRule="auto"/><w:ind w:firstLine="720"/><w:jc w:val="both"/>`
)

var (
	roleParent    = twinRole{"TBParent", twinCenter, twinFont + twinSz(26)}
	roleIssuer    = twinRole{"TBIssuer", twinCenter, twinFont + "<w:b/>" + twinSz(26)}
	roleNumber    = twinRole{"TBNumber", twinCenter, twinFont + twinSz(26)}
	roleVV        = twinRole{"TBVv", twinCenter, twinFont + twinSz(24)}
	roleQuocHieu  = twinRole{"TBQuocHieu", twinCenter, twinFont + "<w:b/>" + twinSz(26)}
	roleTieuNgu   = twinRole{"TBTieuNgu", twinCenter, twinFont + "<w:b/>" + twinSz(28)}
	rolePlaceDate = twinRole{"TBPlaceDate", twinCenter, twinFont + "<w:i/>" + twinSz(28)}
	roleTitle     = twinRole{"TBTitle", `<w:jc w:val="center"/><w:spacing w:before="240" w:after="0"/>`, twinFont + "<w:b/>" + twinSz(28)}
	roleSubject   = twinRole{"TBSubject", twinCenter, twinFont + "<w:b/>" + twinSz(28)}
	roleBody      = twinRole{"TBBody", twinBodyPPr, twinFont + twinSz(28)}
	roleLabel     = twinRole{"TBLabel", twinLeftPPr, twinFont + "<w:b/><w:i/>" + twinSz(24)}
	roleRecipient = twinRole{"TBRecipient", twinLeftPPr, twinFont + twinSz(22)}
	roleSigner    = twinRole{"TBSigner", twinCenter, twinFont + "<w:b/>" + twinSz(28)}
	roleName      = twinRole{"TBName", twinCenter, twinFont + "<w:b/>" + twinSz(28)}
)

// twinWriter writes the paragraphs of one shape.
type twinWriter struct {
	shape Shape
	num   *twinNumbering
	notes map[int]bool // the numbers of the footnotes
}

// para writes a paragraph of role r; extra is added to its pPr. A "\n"
// in text is a manual line break.
func (w *twinWriter) para(r twinRole, extra, text string) string {
	switch w.shape {
	case ShapeStyles:
		rPr := ""
		if twinCaps[r.style] {
			if typed := typedForCaps(text); typed != text {
				text = typed
			} else {
				rPr = `<w:caps w:val="0"/>` // text with small letters printed as typed
			}
		}
		return P(`<w:pStyle w:val="`+r.style+`"/>`+extra, w.noteRuns(rPr, text)...)
	case ShapeWPS:
		pPr := r.pPr
		if pPr == twinBodyPPr {
			pPr = wpsBodyPPr
		}
		return P(pPr+extra, w.noteRuns(strings.Replace(r.rPr, twinFont, wpsFont, 1), text)...)
	}
	return P(r.pPr+extra, w.noteRuns(r.rPr, text)...)
}

// noteRuns is twinRuns, a reference to a footnote typed in superscript
// digits ("Chính phủ¹") written as Word's reference to the footnote.
func (w *twinWriter) noteRuns(rPr, text string) []string {
	var out []string
	for text != "" {
		i, n, num := superscriptRef(text)
		if i < 0 || !w.notes[num] {
			return append(out, twinRuns(rPr, text)...)
		}
		if i > 0 {
			out = append(out, twinRuns(rPr, text[:i])...)
		}
		out = append(out, strings.Replace(FootnoteRef(num), "<w:rPr>", "<w:rPr>"+rPr, 1))
		text = text[i+n:]
	}
	return out
}

// superscriptRef finds the first run of superscript digits in s: where,
// its length in bytes and the number it writes; -1 if none.
func superscriptRef(s string) (at, n, num int) {
	at = -1
	for i, c := range s {
		d := strings.IndexRune("⁰¹²³⁴⁵⁶⁷⁸⁹", c)
		if d < 0 {
			if at >= 0 {
				return at, i - at, num
			}
			continue
		}
		if at < 0 {
			at = i
		}
		num = num*10 + len([]rune("⁰¹²³⁴⁵⁶⁷⁸⁹"[:d]))
	}
	if at >= 0 {
		return at, len(s) - at, num
	}
	return -1, 0, 0
}

// twinRuns writes text as Word leaves it after editing: cut into runs
// of the same properties at revision marks, in the middle of a word as
// often as not, with the marks of the spelling checker and a bookmark
// between some of them. No two files cut alike; these cut every 23
// characters or so.
func twinRuns(rPr, text string) []string {
	var out []string
	r := []rune(text)
	for i, k := 0, 0; i < len(r); k++ {
		n := min(len(r)-i, 17+(k*7)%13)
		piece := string(r[i : i+n])
		switch k % 4 {
		case 1:
			out = append(out, `<w:proofErr w:type="spellStart"/>`, R(rPr, piece), `<w:proofErr w:type="spellEnd"/>`)
		case 3:
			out = append(out, fmt.Sprintf(`<w:bookmarkStart w:id="%d" w:name="_Hlk%d"/>`, k, 1000+k), R(rPr, piece), fmt.Sprintf(`<w:bookmarkEnd w:id="%d"/>`, k))
		default:
			out = append(out, strings.Replace(R(rPr, piece), "<w:r>", fmt.Sprintf(`<w:r w:rsidR="00A1%04d">`, k), 1))
		}
		i += n
	}
	if len(out) == 0 {
		out = append(out, R(rPr, ""))
	}
	return out
}

// Doc lays the notice out in shape s.
func (t Twin) Doc(s Shape) Doc {
	w := &twinWriter{shape: s, notes: map[int]bool{}}
	var notes strings.Builder
	for _, n := range t.Notes {
		w.notes[n.Number] = true
		notes.WriteString(Footnote(n.Number, n.Text))
	}
	if s == ShapeNumbering {
		w.num = &twinNumbering{}
	}
	var body strings.Builder
	left, right := w.headerLeft(t), w.headerRight(t)
	first := P("", "") // the first page's header
	switch s {
	case ShapeTextBoxes:
		// Word anchors both boxes in the first paragraph: the left one at
		// the margin, the right one 7.5 cm in, each 7-9 cm wide.
		body.WriteString(P(twinCenter, twinBox(0, 3240000, left), twinBox(2700000, 3420000, right)))
		body.WriteString(P(twinCenter, ""))
	case ShapeTabs:
		body.WriteString(w.tabHeader(t))
	case ShapeStyles, ShapeWPS:
		// a template of two rows: the issuer beside the Quốc hiệu and the
		// Tiêu ngữ, then "Số" beside the place and date
		n := len(left) - t.VV - 1
		body.WriteString(w.table(3600, 5750,
			[2]string{strings.Join(left[:n], ""), strings.Join(right[:len(right)-1], "")},
			[2]string{strings.Join(left[n:], ""), right[len(right)-1]}))
	case ShapePageHeader:
		// Word ends a header with a paragraph after its table.
		first = w.table(3600, 5750, [2]string{strings.Join(left, ""), strings.Join(right, "")}) + P(twinCenter, "")
	default:
		body.WriteString(w.table(3600, 5750, [2]string{strings.Join(left, ""), strings.Join(right, "")}))
	}
	if t.Title != "" {
		body.WriteString(w.para(roleTitle, "", t.Title))
	}
	for _, p := range w.lines([]twinRole{roleSubject}, t.Subject) {
		body.WriteString(p)
	}
	for _, p := range t.Body {
		body.WriteString(w.bodyPara(p))
	}
	var sign []string
	sign = append(sign, w.lines([]twinRole{roleSigner}, t.Signer)...)
	sign = append(sign, P(twinCenter, ""), P(twinCenter, ""), P(twinCenter, ""))
	if t.Name != "" {
		sign = append(sign, w.para(roleName, "", t.Name))
	}
	var recvRoles []twinRole
	var recvTexts []string
	for _, l := range t.Recipients {
		r := roleRecipient
		if l.Label {
			r = roleLabel
		}
		recvRoles, recvTexts = append(recvRoles, r), append(recvTexts, l.Text)
	}
	recv := w.lines(recvRoles, recvTexts)
	body.WriteString(P(twinBodyPPr, ""))
	if s == ShapeTabs {
		body.WriteString(tabEnd(t))
	} else {
		body.WriteString(w.table(4500, 4850, [2]string{strings.Join(recv, ""), strings.Join(sign, "")}))
	}
	page := DefaultPage
	if s == ShapeWPS {
		// the widest margins the decree allows, typed in centimetres
		// (2,5 cm top and bottom, 3,5 cm left, 2 cm right): Word keeps
		// them in whole twips, rounded
		page.Top, page.Bottom, page.Left, page.Right = 1418, 1418, 1985, 1134
	}
	d := Doc{Body: body.String(), Footnotes: notes.String()}
	// The page number: centred in the header, 14 pt, not on the first page.
	d.Headers = []Part{{ID: "rIdH1", Name: "header1.xml", XML: P(`<w:jc w:val="center"/>`, Field(twinFont+twinSz(28), "PAGE", "2"))},
		{ID: "rIdH2", Name: "header2.xml", XML: first}}
	page.Refs = HeaderRef("default", "rIdH1") + HeaderRef("first", "rIdH2")
	page.TitlePage = true
	d.SectPr = page.XML()
	if w.num != nil {
		d.Numbering = w.num.xml()
	}
	if s == ShapeStyles {
		// Calibri for Latin text, but Times New Roman for Vietnamese, the
		// theme language of a Vietnamese Word
		viet := map[string]string{"Viet": "Times New Roman"}
		d.Styles, d.Theme = twinStyles(), Theme("Calibri Light", "Calibri", viet, viet)
		d.Settings = `<w:themeFontLang w:val="vi-VN" w:eastAsia="zh-CN" w:bidi="ar-SA"/>`
	}
	return d
}

// headerLeft and headerRight are the paragraphs of the header's columns.
func (w *twinWriter) headerLeft(t Twin) []string {
	var out []string
	number := len(t.Left) - t.VV - 1 // the "Số" line
	var roles []twinRole
	for i := range number {
		if i < t.Parent {
			roles = append(roles, roleParent)
		} else {
			roles = append(roles, roleIssuer)
		}
	}
	out = append(out, w.lines(roles, t.Left[:number])...)
	// the rule under the issuer, drawn in an empty paragraph
	out = append(out, P(twinCenter, twinLine(900000)))
	extra := ""
	if t.VV > 0 {
		extra = `<w:spacing w:before="0" w:after="120"/>`
	}
	out = append(out, w.para(roleNumber, extra, t.Left[number]))
	if t.VV > 0 {
		out = append(out, w.lines(nil, t.Left[number+1:])...)
	}
	return out
}

// lines writes the lines of one element, each of its role (roles[0]
// for all when roles is short; roleVV when nil): a paragraph each, or
// in ShapeBreaks one paragraph, the lines parted by manual line breaks.
func (w *twinWriter) lines(roles []twinRole, texts []string) []string {
	role := func(i int) twinRole {
		switch {
		case roles == nil:
			return roleVV
		case i < len(roles):
			return roles[i]
		}
		return roles[0]
	}
	var out []string
	if w.shape != ShapeBreaks || len(texts) < 2 {
		for i, l := range texts {
			out = append(out, w.para(role(i), "", l))
		}
		return out
	}
	var runs []string
	for i, l := range texts {
		if i > 0 {
			runs = append(runs, `<w:r><w:rPr>`+role(i-1).rPr+`</w:rPr><w:br/></w:r>`)
		}
		runs = append(runs, twinRuns(role(i).rPr, l)...)
	}
	return []string{P(role(0).pPr, runs...)}
}

// twinLine is a run holding a line drawn width EMU long, as Word draws
// the rules under the issuer and the Tiêu ngữ: a shape anchored in the
// paragraph, with its VML fallback.
func twinLine(width int64) string {
	return `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor behindDoc="0" simplePos="0" relativeHeight="2" locked="0" layoutInCell="1" allowOverlap="1">` +
		`<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:align>center</wp:align></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>` +
		fmt.Sprintf(`<wp:extent cx="%d" cy="0"/><wp:wrapNone/><wp:docPr id="2" name="Straight Connector 2"/>`, width) +
		`<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvCnPr/><wps:spPr><a:prstGeom prst="line"><a:avLst/></a:prstGeom></wps:spPr><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>` +
		fmt.Sprintf(`<mc:Fallback><w:pict><v:line from="0,0" to="%.1fpt,0"/></w:pict></mc:Fallback></mc:AlternateContent></w:r>`, float64(width)/12700)
}

func (w *twinWriter) headerRight(t Twin) []string {
	var out []string
	out = append(out, w.lines([]twinRole{roleQuocHieu, roleTieuNgu}, t.Right[:2])...)
	out = append(out, P(twinCenter, twinLine(2160000)))
	return append(out, w.para(rolePlaceDate, "", t.Right[2]))
}

// tabHeader types the header's columns side by side, each line of the
// left column, a tab, and the line of the right column, the columns
// centred on tab stops as offices do without a table: the Quốc hiệu
// beside the first line, the Tiêu ngữ beside the second, the place and
// date beside "Số".
func (w *twinWriter) tabHeader(t Twin) string {
	number := len(t.Left) - t.VV - 1
	var left []string
	var lr []twinRole
	for i, l := range t.Left {
		if i == number {
			for len(left) < 2 {
				left, lr = append(left, ""), append(lr, roleIssuer)
			}
		}
		r := roleIssuer
		switch {
		case i < t.Parent:
			r = roleParent
		case i == number:
			r = roleNumber
		case i > number:
			r = roleVV
		}
		left, lr = append(left, l), append(lr, r)
	}
	row := max(number, 2) // the row of "Số" and the date
	right := map[int]string{0: t.Right[0], 1: t.Right[1], row: t.Right[2]}
	rr := map[int]twinRole{0: roleQuocHieu, 1: roleTieuNgu, row: rolePlaceDate}
	var b strings.Builder
	const tabs = `<w:tabs><w:tab w:val="center" w:pos="1800"/><w:tab w:val="center" w:pos="6480"/></w:tabs><w:spacing w:before="0" w:after="0"/>`
	for i := 0; i < max(len(left), row+1); i++ {
		var runs []string
		if i < len(left) && left[i] != "" {
			runs = append(runs, R(lr[i].rPr, "\t"+left[i]))
		} else {
			runs = append(runs, R(twinFont+twinSz(26), "\t"))
		}
		if r, ok := right[i]; ok {
			runs = append(runs, R(rr[i].rPr, "\t"+r))
		}
		b.WriteString(P(tabs, runs...))
	}
	return b.String()
}

// tabEnd types the end block as the tabs shape's header: Nơi nhận at the
// margin and, after a tab, the signer's lines centred on a tab stop;
// three lines of room, then the name.
func tabEnd(t Twin) string {
	right := map[int]twinRole{}
	texts := map[int]string{}
	for i, l := range t.Signer {
		right[i], texts[i] = roleSigner, l
	}
	nameRow := len(t.Signer) + 3
	right[nameRow], texts[nameRow] = roleName, t.Name
	const tabs = `<w:tabs><w:tab w:val="center" w:pos="6800"/></w:tabs><w:spacing w:before="0" w:after="0"/>`
	var b strings.Builder
	for i := 0; i < max(len(t.Recipients), nameRow+1); i++ {
		var runs []string
		if i < len(t.Recipients) {
			r := roleRecipient
			if t.Recipients[i].Label {
				r = roleLabel
			}
			runs = append(runs, R(r.rPr, t.Recipients[i].Text))
		}
		if r, ok := right[i]; ok {
			runs = append(runs, R(r.rPr, "\t"+texts[i]))
		}
		b.WriteString(P(tabs, runs...))
	}
	return b.String()
}

// bodyPara writes a paragraph of the body; ShapeNumbering numbers the
// markers Word's numbering can write.
func (w *twinWriter) bodyPara(p TwinPara) string {
	if w.num != nil && p.Marker != "" {
		if id, lvl, ok := w.num.number(p.Marker); ok {
			return w.para(roleBody, NumPr(id, lvl), strings.TrimLeft(p.Text[p.Rest:], " \t"))
		}
	}
	return w.para(roleBody, "", p.Text)
}

// table is a borderless table of two columns of the widths given
// (twips), as offices lay out the header and the end block, each row
// the content of its two cells. ShapeWPS puts an empty column of 300
// twips between the two.
func (w *twinWriter) table(lw, rw int, rows ...[2]string) string {
	cell := func(w int, blocks string) string {
		if blocks == "" {
			blocks = "<w:p/>"
		}
		return fmt.Sprintf(`<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>%s</w:tc>`, w, blocks)
	}
	grid := fmt.Sprintf(`<w:gridCol w:w="%d"/><w:gridCol w:w="%d"/>`, lw, rw)
	if w.shape == ShapeWPS {
		grid = fmt.Sprintf(`<w:gridCol w:w="%d"/><w:gridCol w:w="300"/><w:gridCol w:w="%d"/>`, lw-300, rw)
	}
	var tr strings.Builder
	for _, r := range rows {
		tr.WriteString("<w:tr>")
		if w.shape == ShapeWPS {
			tr.WriteString(cell(lw-300, r[0]) + cell(300, P(twinCenter, "")) + cell(rw, r[1]))
		} else {
			tr.WriteString(cell(lw, r[0]) + cell(rw, r[1]))
		}
		tr.WriteString("</w:tr>")
	}
	return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr>` +
		"<w:tblGrid>" + grid + "</w:tblGrid>" + tr.String() + "</w:tbl>"
}

// twinBox is a floating text box at x (EMU from the column) of width cx
// holding blocks.
func twinBox(x, cx int64, blocks []string) string {
	s := TextBoxAt(x, 0, blocks...)
	return strings.Replace(s, `<wp:extent cx="2743200"`, fmt.Sprintf(`<wp:extent cx="%d"`, cx), 1)
}
