package check_test

import (
	"strings"
	"testing"

	dx "github.com/thongbao/thongbao/notice/docx/docxtest"
)

// headerParas are the paragraphs of the header's two columns, as the
// lawful notice sets them, for layouts other than a table.
func headerParas(col int, pPr string) string {
	var b strings.Builder
	for _, p := range headerCells[col] {
		b.WriteString(dx.P(center+pPr, dx.R(p.rPr, p.text)))
	}
	return b.String()
}

// styledHeader is a column of the header whose paragraphs take their
// alignment, and their face and size where the decree sets 13 pt, from
// the table style.
func styledHeader(col int) string {
	var b strings.Builder
	for _, p := range headerCells[col] {
		rPr := strings.Replace(p.rPr, tnr, "", 1)
		rPr = strings.Replace(rPr, sz(26), "", 1)
		b.WriteString(dx.P("", dx.R(rPr, p.text)))
	}
	return b.String()
}

// TestWordFeaturesLawful: features of Word files that offices use and the
// four real files do not, each on a notice laid out as the decree asks.
// None of them may change what check says: no finding.
func TestWordFeaturesLawful(t *testing.T) {
	run := func(rPr, s string) string { return dx.R(tnr+sz(28)+rPr, s) }
	body := func(pPr string, content func(i int, s string) string) func(int, string) string {
		return func(i int, s string) string { return dx.P(pPr, content(i, s)) }
	}
	plainRun := func(_ int, s string) string { return run("", s) }
	landscape := dx.Page{W: 16838, H: 11906, Landscape: true, Top: 1701, Bottom: 851, Left: 1134, Right: 1134, Header: 720, Footer: 720}
	appendix := dx.P(dx.DefaultPage.XML()) + // the section of the notice ends here
		dx.P(center, dx.R(tnr+"<w:b/>"+sz(28), "Phụ lục")) +
		dx.P(center, dx.R(tnr+"<w:b/>"+sz(28), "DANH SÁCH CÁC KHOẢN THU NGÂN SÁCH NĂM 2023")) +
		dx.P(center, dx.R(tnr+"<w:i/>"+sz(28), "(Kèm theo Thông báo số      /TB-VP ngày      tháng 02 năm 2023 của Văn phòng HĐND và UBND huyện)")) +
		dx.Table(`<w:tblBorders><w:insideH w:val="single" w:sz="4"/></w:tblBorders>`,
			dx.Row(dx.TextCell("STT"), dx.TextCell("Khoản thu"), dx.TextCell("Dự toán")),
			dx.Row(dx.TextCell("1"), dx.TextCell("Thuế giá trị gia tăng"), dx.TextCell("1.200")))
	tableStyle := dx.DefaultStyles + dx.Style("table", "HeaderGrid", "Header Grid", "TableNormal",
		`<w:jc w:val="center"/><w:spacing w:before="0" w:after="0"/>`, tnr+sz(26))
	chain := dx.DefaultStyles +
		dx.Style("paragraph", "BodyBase", "Body Base", "Normal", `<w:jc w:val="both"/><w:spacing w:before="120" w:after="0" w:line="288" w:lineRule="auto"/>`, "") +
		dx.Style("paragraph", "BodyText14", "Body Text 14", "BodyBase", `<w:ind w:firstLine="720"/>`, tnr+sz(28)) +
		`<w:latentStyles w:defLockedState="0" w:count="376"><w:lsdException w:name="Normal" w:qFormat="1"/></w:latentStyles>`
	themed := dx.DocDefaults(`<w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" w:eastAsiaTheme="minorEastAsia" w:cstheme="minorBidi"/><w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="vi-VN" w:eastAsia="vi-VN" w:bidi="ar-SA"/>`, "") +
		dx.DefaultStyle("paragraph", "Normal", "Normal", "", "") + dx.DefaultStyle("character", "DefaultParagraphFont", "Default Paragraph Font", "", "") +
		dx.DefaultStyle("table", "TableNormal", "Normal Table", "", "")
	// Word's Header style as an office's template sets it: the face, 13
	// pt and centred; the header's runs say only what differs.
	headerStyle := dx.DefaultStyles + dx.Style("paragraph", "Header", "header", "Normal",
		`<w:tabs><w:tab w:val="center" w:pos="4680"/><w:tab w:val="right" w:pos="9360"/></w:tabs><w:jc w:val="center"/><w:spacing w:before="0" w:after="0"/>`, tnr+sz(26))
	styledFirst := func(c, i int, s string) string {
		rPr := strings.Replace(headerCells[c][i].rPr, tnr, "", 1)
		return dx.P(`<w:pStyle w:val="Header"/>`, dx.R(strings.Replace(rPr, sz(26), "", 1), s))
	}
	vietTheme := dx.Theme("Times New Roman", "Calibri", nil, map[string]string{"Viet": "Times New Roman"})
	tests := []struct {
		name string
		n    wordNotice
	}{
		{"header in two floating text boxes, the right one drawn first", wordNotice{headerXML: dx.P("",
			dx.TextBoxAt(2286000, 0, headerParas(1, "")), dx.TextBoxAt(0, 0, headerParas(0, ""))) + dx.P("", "") + dx.P("", "")}},
		{"header block in the first page's header", wordNotice{firstHeader: true}},
		{"header block in the first page's header, in Word's Header style", wordNotice{firstHeader: true, styles: headerStyle, header: styledFirst}},
		{"header block in the first page's header, in text boxes", wordNotice{firstHeader: true, headerXML: dx.P("",
			dx.TextBoxAt(2286000, 0, headerParas(1, "")), dx.TextBoxAt(0, 0, headerParas(0, "")))}},
		{"end block in the first page's footer", wordNotice{footerEnd: true}},
		{"header in the first page's header, end block in its footer", wordNotice{firstHeader: true, footerEnd: true}},
		{"header in VML text boxes", wordNotice{headerXML: dx.P("",
			dx.VMLTextBox("position:absolute;margin-left:180pt;margin-top:0;width:300pt;height:70pt", headerParas(1, "")),
			dx.VMLTextBox("position:absolute;margin-left:0;margin-top:0;width:170pt;height:70pt", headerParas(0, ""))) + dx.P("", "")}},
		{"header in frames (w:framePr)", wordNotice{headerXML: headerParas(0, `<w:framePr w:w="3600" w:hSpace="180" w:wrap="around" w:vAnchor="text" w:hAnchor="margin" w:y="1"/>`) +
			headerParas(1, "")}},
		{"header cells and runs in content controls", wordNotice{header: func(c, i int, s string) string {
			return `<w:sdt><w:sdtPr><w:alias w:val="x"/></w:sdtPr><w:sdtContent>` + dx.P(center, `<w:sdt><w:sdtContent>`+dx.R(headerCells[c][i].rPr, s)+`</w:sdtContent></w:sdt>`) + `</w:sdtContent></w:sdt>`
		}}},
		{"header table with a table style that centres it and sets its face", wordNotice{styles: tableStyle, headerXML: dx.Table(`<w:tblStyle w:val="HeaderGrid"/>`,
			dx.Row(dx.Cell(styledHeader(0)), dx.Cell(styledHeader(1))))}},
		{"body runs in hyperlinks, smart tags and content controls", wordNotice{body: body(bodyPPr, func(i int, s string) string {
			half := strings.Index(s, " ") + 1
			return `<w:hyperlink r:id="rIdNone" w:history="1">` + run("", s[:half]) + `</w:hyperlink>` +
				`<w:smartTag w:uri="urn:x" w:element="place">` + `<w:sdt><w:sdtContent>` + run("", s[half:]) + `</w:sdtContent></w:sdt></w:smartTag>`
		})}},
		{"hidden text in another face, soft and no-break hyphens", wordNotice{body: body(bodyPPr, func(i int, s string) string {
			return run(`<w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:vanish/>`, "ghi chú ẩn ") + run("", s[:1]) + `<w:r><w:softHyphen/></w:r>` + run("", s[1:])
		})}},
		{"a symbol, a page break and a column break in the body", wordNotice{body: body(bodyPPr, func(i int, s string) string {
			switch i {
			case 0:
				half := strings.Index(s, ",") + 1
				return run("", s[:half]+" ") + `<w:r><w:rPr>` + tnr + sz(28) + `</w:rPr><w:sym w:font="Symbol" w:char="F0AE"/></w:r>` + run("", s[half:])
			case 1:
				return `<w:r><w:br w:type="page"/></w:r><w:r><w:br w:type="column"/></w:r>` + run("", s)
			}
			return run("", s)
		})}},
		{"simple fields: PAGE in the header, a DATE in the place and date", wordNotice{
			pageHeader: dx.P(center, `<w:fldSimple w:instr=" PAGE \* MERGEFORMAT ">`+dx.R(tnr+sz(26), "2")+`</w:fldSimple>`),
			header: func(c, i int, s string) string {
				if c == 1 && i == 2 {
					return dx.P(center, dx.R(headerCells[1][2].rPr, "Lý Sơn, "), dx.Field(headerCells[1][2].rPr, `DATE \@ "'ngày' dd 'tháng' MM 'năm' yyyy"`, "ngày 22 tháng 02 năm 2023"))
				}
				return dx.P(center, dx.R(headerCells[c][i].rPr, s))
			}}},
		{"a phụ lục in a landscape section, binding margin at the top", wordNotice{appendix: appendix, page: landscape}},
		{"body style through a basedOn chain, latent styles", wordNotice{styles: chain, body: body(`<w:pStyle w:val="BodyText14"/>`, func(_ int, s string) string { return dx.R("", s) })}},
		{"theme fonts with a Vietnamese theme language", wordNotice{styles: themed, theme: vietTheme,
			settings: `<w:themeFontLang w:val="vi-VN" w:eastAsia="vi-VN" w:bidi="vi-VN"/>`,
			body:     body(bodyPPr, func(_ int, s string) string { return dx.R("", s) })}},
		{"faces given as hAnsi only, sizes as szCs only", wordNotice{body: body(bodyPPr, func(_ int, s string) string {
			return dx.R(`<w:rFonts w:hAnsi="Times New Roman" w:cs="Arial"/><w:szCs w:val="26"/>`, s)
		})}},
		{"line spacing exactly 17 pt", wordNotice{body: body(`<w:jc w:val="both"/><w:ind w:firstLine="720"/><w:spacing w:before="120" w:after="0" w:line="340" w:lineRule="exact"/>`, plainRun)}},
		{"line spacing exactly 18 pt", wordNotice{body: body(`<w:jc w:val="both"/><w:ind w:firstLine="720"/><w:spacing w:before="120" w:after="0" w:line="360" w:lineRule="exact"/>`, plainRun)}},
		{"line spacing at least 12 pt", wordNotice{body: body(`<w:jc w:val="both"/><w:ind w:firstLine="720"/><w:spacing w:before="120" w:after="0" w:line="240" w:lineRule="atLeast"/>`, plainRun)}},
		{"line spacing multiple 1.3", wordNotice{body: body(`<w:jc w:val="both"/><w:ind w:firstLine="720"/><w:spacing w:before="120" w:after="0" w:line="312" w:lineRule="auto"/>`, plainRun)}},
		{"spacing given in lines (half a line before)", wordNotice{body: body(`<w:jc w:val="both"/><w:ind w:firstLine="720"/><w:spacing w:before="0" w:beforeLines="50" w:after="0"/>`, plainRun)}},
		{"first-line indent given in characters", wordNotice{body: body(`<w:jc w:val="both"/><w:ind w:firstLine="0" w:firstLineChars="200"/><w:spacing w:before="120" w:after="0"/>`, plainRun)}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.n.findings(t); len(got) != 0 {
				t.Errorf("findings on a lawful notice:\n%s", strings.Join(got, "\n"))
			}
		})
	}
}

// TestWordFeaturesFaults: the same features, set wrong; each gets exactly
// its finding.
func TestWordFeaturesFaults(t *testing.T) {
	run := func(rPr, s string) string { return dx.R(tnr+sz(28)+rPr, s) }
	body := func(pPr string) func(int, string) string {
		return func(_ int, s string) string { return dx.P(pPr, run("", s)) }
	}
	allRound := dx.Page{W: 16838, H: 11906, Landscape: true, Top: 1134, Bottom: 1134, Left: 1134, Right: 1134, Header: 720, Footer: 720}
	appendix := dx.P(dx.DefaultPage.XML()) + dx.P(center, dx.R(tnr+"<w:b/>"+sz(28), "Phụ lục")) +
		dx.P(center, dx.R(tnr+"<w:b/>"+sz(28), "DANH SÁCH CÁC KHOẢN THU NGÂN SÁCH NĂM 2023")) +
		dx.Table("", dx.Row(dx.TextCell("STT"), dx.TextCell("Khoản thu")))
	arialBox := func(c, i int, s string) string {
		rPr := headerCells[c][i].rPr
		if c == 1 && i == 0 {
			rPr = `<w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:b/>` + sz(26)
		}
		return dx.P(center, dx.R(rPr, s))
	}
	tests := []struct {
		name string
		n    wordNotice
		want string
	}{
		{"a line of the header in Arial, in a text box", wordNotice{headerXML: dx.P("", dx.TextBoxAt(0, 0, arialBox(0, 0, headerCells[0][0].text)+arialBox(0, 1, headerCells[0][1].text)+arialBox(0, 2, headerCells[0][2].text)),
			dx.TextBoxAt(2286000, 0, arialBox(1, 0, headerCells[1][0].text)+arialBox(1, 1, headerCells[1][1].text)+arialBox(1, 2, headerCells[1][2].text)))},
			`font-face: phông "Arial", không phải Times New Roman (27 chữ, đầu tiên ở đây)`},
		{"a fifth of a line before", wordNotice{body: body(`<w:jc w:val="both"/><w:ind w:firstLine="720"/><w:spacing w:before="0" w:beforeLines="20" w:after="0"/>`)},
			"body-format: 3 đoạn nội dung cách đoạn trên ít hơn 6 pt (đoạn này: cách đoạn trên 2 pt)"},
		{"one character of indent", wordNotice{body: body(`<w:jc w:val="both"/><w:ind w:firstLine="720" w:firstLineChars="100"/><w:spacing w:before="120" w:after="0"/>`)},
			"body-format: 4 đoạn nội dung không lùi đầu dòng 1 cm hoặc 1,27 cm (đoạn này: lùi đầu dòng 0,49 cm)"},
		{"line spacing exactly 13 pt for 14 pt text", wordNotice{body: body(`<w:jc w:val="both"/><w:ind w:firstLine="720"/><w:spacing w:before="120" w:after="0" w:line="260" w:lineRule="exact"/>`)},
			"body-format: 4 đoạn nội dung có giãn dòng ngoài khoảng từ dòng đơn đến 1,5 dòng (đoạn này: giãn dòng 13 pt)"},
		{"line spacing exactly 26 pt for 14 pt text", wordNotice{body: body(`<w:jc w:val="both"/><w:ind w:firstLine="720"/><w:spacing w:before="120" w:after="0" w:line="520" w:lineRule="exact"/>`)},
			"body-format: 4 đoạn nội dung có giãn dòng ngoài khoảng từ dòng đơn đến 1,5 dòng (đoạn này: giãn dòng 26 pt)"},
		{"a landscape phụ lục with 20 mm all round", wordNotice{appendix: appendix, page: allRound},
			"page-margins: lề trái 20 mm, phải từ 30-35 mm"},
		{"theme fonts with an English theme language", wordNotice{
			styles: dx.DocDefaults(`<w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/><w:sz w:val="28"/>`, "") + dx.DefaultStyle("paragraph", "Normal", "Normal", "", ""),
			theme:  dx.Theme("Times New Roman", "Calibri", nil, map[string]string{"Viet": "Times New Roman"}), settings: `<w:themeFontLang w:val="en-US" w:eastAsia="vi-VN" w:bidi="vi-VN"/>`,
			body: func(_ int, s string) string { return dx.P(bodyPPr, dx.R("", s)) }},
			`font-face: phông "Calibri", không phải Times New Roman`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := tc.n.findings(t)
			if len(got) != 1 || !strings.HasPrefix(got[0], tc.want) {
				t.Errorf("got\n%s\nwant exactly one finding starting\n%s", strings.Join(got, "\n"), tc.want)
			}
		})
	}
}

// TestWordPageNumberByTab: a page number put in the middle of the header
// with a tab, on the centre tab stop of Word's Header style, is centred
// as printed; a page number after two tabs is at the right.
func TestWordPageNumberByTab(t *testing.T) {
	styles := dx.DefaultStyles + dx.Style("paragraph", "Header", "header", "Normal",
		`<w:tabs><w:tab w:val="center" w:pos="4680"/><w:tab w:val="right" w:pos="9360"/></w:tabs>`, "")
	header := func(tabs string) string {
		return dx.P(`<w:pStyle w:val="Header"/>`, dx.R(tnr+sz(26), tabs), dx.Field(tnr+sz(26), "PAGE", "2"))
	}
	if got := (wordNotice{styles: styles, pageHeader: header("\t")}).findings(t); len(got) != 0 {
		t.Errorf("a page number on the centre tab got findings:\n%s", strings.Join(got, "\n"))
	}
	got := (wordNotice{styles: styles, pageHeader: header("\t\t")}).findings(t)
	if len(got) != 1 || got[0] != "page-number: số trang canh trái, phải canh giữa" {
		t.Errorf("a page number at the right tab got:\n%s", strings.Join(got, "\n"))
	}
}
