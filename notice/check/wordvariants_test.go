package check_test

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"github.com/thongbao/thongbao/notice/check"
	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/docx/docxtest"
	"github.com/thongbao/thongbao/notice/reading"
)

// wordNotice is a Thông báo laid out in Word as Nghị định 30 asks: the
// variants below each break one thing and must get exactly one finding.
type wordNotice struct {
	page        docxtest.Page
	header      func(cell int, i int, text string) string // a paragraph of the header table
	body        func(i int, text string) string
	titlePPr    string
	titleText   string // "" is "THÔNG BÁO", centred
	titleRPr    string // the tên loại's run properties, "" for bold 14 pt
	letters     int    // items numbered automatically a), b) ... before the closing
	numbering   string
	bodyPrefix  string // raw paragraphs before the body
	tabHeader   bool   // the header typed as lines with tabs, not a table
	tabEnd      bool   // the end block typed as lines with tabs, not a table
	afterBody   string
	extraRun    string // run properties added to every body run
	footnotes   string
	changes     bool
	pageInFoot  bool
	noTitlePage bool
	// headerXML replaces the header table; appendix follows the signer;
	// styles, settings and theme replace docxtest's defaults when set.
	headerXML, appendix     string
	styles, settings, theme string
	pageHeader              string // the default header's content, "" for the PAGE field
	// firstHeader puts the header (its table, or headerXML) in the
	// header of the first page instead of the body.
	firstHeader bool
	// footerEnd puts the end block's table in the footer of the first
	// page instead of the body.
	footerEnd bool
	nameRPr   string // the signer's name's run properties, "" for bold 14 pt
}

const (
	tnr     = `<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>`
	center  = `<w:jc w:val="center"/><w:spacing w:before="0" w:after="0"/>`
	bodyPPr = `<w:jc w:val="both"/><w:ind w:firstLine="720"/><w:spacing w:before="120" w:after="0" w:line="288" w:lineRule="auto"/>`
)

func sz(half int) string { return fmt.Sprintf(`<w:sz w:val="%d"/><w:szCs w:val="%d"/>`, half, half) }

var headerCells = [2][]struct {
	text, rPr string
}{
	{{"UBND HUYỆN LÝ SƠN", tnr + sz(26)}, {"VĂN PHÒNG", tnr + "<w:b/>" + sz(26)}, {"Số:      /TB-VP", tnr + sz(26)}},
	{{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", tnr + "<w:b/>" + sz(26)}, {"Độc lập - Tự do - Hạnh phúc", tnr + "<w:b/>" + sz(28)}, {"Lý Sơn, ngày      tháng 02 năm 2023", tnr + "<w:i/>" + sz(28)}},
}

var bodyTexts = []string{
	"Ngày 22 tháng 02 năm 2023, đồng chí Phạm Thị Hương, Chủ tịch Ủy ban nhân dân huyện (UBND huyện) chủ trì cuộc họp về công tác thu ngân sách. Tham dự cuộc họp có lãnh đạo Phòng Tài chính - Kế hoạch huyện.",
	"Sau khi nghe Phòng Tài chính - Kế hoạch huyện báo cáo, ý kiến của các đại biểu dự họp, đồng chí Phạm Thị Hương, Chủ tịch UBND huyện kết luận như sau:",
	"1. Giao Phòng Tài chính - Kế hoạch huyện chủ trì, tham mưu kế hoạch thu ngân sách năm 2023, báo cáo UBND huyện trước ngày 15/3/2023.",
	"Văn phòng thông báo để các cơ quan, đơn vị liên quan biết, thực hiện./.",
}

func (n wordNotice) doc() docxtest.Doc {
	var cells [2]string
	for c, ps := range headerCells {
		var b strings.Builder
		for i, p := range ps {
			if n.header != nil {
				b.WriteString(n.header(c, i, p.text))
				continue
			}
			b.WriteString(docxtest.P(center, docxtest.R(p.rPr, p.text)))
		}
		cells[c] = docxtest.Cell(b.String())
	}
	body := docxtest.Table("", docxtest.Row(cells[0], cells[1]))
	if n.headerXML != "" {
		body = n.headerXML
	}
	if n.tabHeader {
		body = ""
		for i := range headerCells[0] {
			l, r := headerCells[0][i], headerCells[1][i]
			body += docxtest.P("", docxtest.R(l.rPr, l.text+"\t\t"), docxtest.R(r.rPr, r.text))
		}
	}
	first := docxtest.P("", "") // the first page's header
	footer := ""                // the first page's footer
	if n.firstHeader {
		first, body = body+docxtest.P("", ""), ""
	}
	title, titlePPr := "THÔNG BÁO", center
	if n.titleText != "" {
		title, titlePPr = n.titleText, n.titlePPr
	}
	titleRPr := tnr + "<w:b/>" + sz(28)
	if n.titleRPr != "" {
		titleRPr = n.titleRPr
	}
	body += docxtest.P(titlePPr, docxtest.R(titleRPr, title))
	body += docxtest.P(center, docxtest.R(tnr+"<w:b/>"+sz(28), "Kết luận của đồng chí Phạm Thị Hương, Chủ tịch Ủy ban nhân dân huyện tại cuộc họp về công tác thu ngân sách"))
	body += n.bodyPrefix
	for i, t := range bodyTexts {
		if n.body != nil {
			body += n.body(i, t)
			continue
		}
		if i == len(bodyTexts)-1 {
			for k := 0; k < n.letters; k++ {
				body += docxtest.P(bodyPPr+docxtest.NumPr(1, 0), docxtest.R(tnr+sz(28), "Phòng Tài chính - Kế hoạch huyện thực hiện phần việc số "+itoa(k+1)+" của kế hoạch thu ngân sách."))
			}
		}
		run := docxtest.R(tnr+sz(28)+n.extraRun, t)
		if n.changes && i == 0 {
			run = `<w:ins w:id="1" w:author="A" w:date="2023-02-22T00:00:00Z">` + run + `</w:ins>`
		}
		body += docxtest.P(bodyPPr, run)
	}
	body += n.afterBody
	left := docxtest.P("", docxtest.R(tnr+"<w:b/><w:i/>"+sz(24), "Nơi nhận:")) +
		docxtest.P("", docxtest.R(tnr+sz(22), "- Phòng Tài chính - Kế hoạch huyện;")) +
		docxtest.P("", docxtest.R(tnr+sz(22), "- Lưu: VT, TH."))
	nameRPr := tnr + "<w:b/>" + sz(28)
	if n.nameRPr != "" {
		nameRPr = n.nameRPr
	}
	right := docxtest.P(center, docxtest.R(tnr+"<w:b/>"+sz(28), "CHÁNH VĂN PHÒNG")) +
		docxtest.P(center, "") + docxtest.P(center, "") +
		docxtest.P(center, docxtest.R(nameRPr, "Nguyễn Văn Bình"))
	if n.tabEnd {
		tabs := `<w:tabs><w:tab w:val="center" w:pos="6800"/></w:tabs>`
		body += docxtest.P(tabs, docxtest.R(tnr+"<w:b/><w:i/>"+sz(24), "Nơi nhận:"), docxtest.R(tnr+"<w:b/>"+sz(28), "\tCHÁNH VĂN PHÒNG")) +
			docxtest.P(tabs, docxtest.R(tnr+sz(22), "- Phòng Tài chính - Kế hoạch huyện;")) +
			docxtest.P(tabs, docxtest.R(tnr+sz(22), "- Lưu: VT, TH."), docxtest.R(tnr+"<w:b/>"+sz(28), "\tNguyễn Văn Bình"))
	} else {
		end := docxtest.Table("", docxtest.Row(docxtest.Cell(left), docxtest.Cell(right)))
		if n.footerEnd {
			footer = end + docxtest.P("", "")
		} else {
			body += end
		}
	}
	body += n.appendix
	page := n.page
	if page.W == 0 {
		page = docxtest.DefaultPage
	}
	d := docxtest.Doc{Body: body, Numbering: n.numbering, Footnotes: n.footnotes, Styles: n.styles, Settings: n.settings, Theme: n.theme}
	number := docxtest.P(center, docxtest.Field(tnr+sz(26), "PAGE", "2"))
	if n.pageHeader != "" {
		number = n.pageHeader
	}
	if n.pageInFoot {
		d.Footers = []docxtest.Part{{ID: "rIdF1", Name: "footer1.xml", XML: number}}
		page.Refs = docxtest.FooterRef("default", "rIdF1")
	} else {
		d.Headers = []docxtest.Part{{ID: "rIdH1", Name: "header1.xml", XML: number}, {ID: "rIdH2", Name: "header2.xml", XML: first}}
		page.Refs = docxtest.HeaderRef("default", "rIdH1") + docxtest.HeaderRef("first", "rIdH2")
		page.TitlePage = !n.noTitlePage
	}
	if footer != "" {
		d.Footers = append(d.Footers, docxtest.Part{ID: "rIdF2", Name: "footer2.xml", XML: footer})
		page.Refs += docxtest.FooterRef("first", "rIdF2")
	}
	d.SectPr = page.XML()
	return d
}

// findings checks the notice as a Word file and lists "rule: message".
func (n wordNotice) findings(t *testing.T) []string {
	t.Helper()
	var out []string
	for _, f := range n.check(t) {
		out = append(out, f.Rule+": "+f.Message.In(diag.VI))
	}
	return out
}

// fixes are what n's findings tell the clerk to do.
func (n wordNotice) fixes(t *testing.T) []string {
	t.Helper()
	var out []string
	for _, f := range n.check(t) {
		out = append(out, f.Fix.In(diag.VI))
	}
	return out
}

func (n wordNotice) check(t *testing.T) []diag.Finding {
	t.Helper()
	r, err := reading.Read("n.docx", n.doc().Bytes())
	if err != nil {
		t.Fatal(err)
	}
	return check.Reading(r, nil, check.Options{Today: cite.Date{Year: 2023, Month: 2, Day: 23}})
}

// wordOnly are the rules of thể thức that only a Word file can break: a
// text fixture cannot fire them (but element-format's case of a tên loại,
// issued/element-format-title-small*.txt). TestWordVariants fires each, and
// TestWordLawful is the near-miss every one of them must stay silent on.
var wordOnly = map[string]bool{
	"page-setup": true, "page-margins": true, "page-number": true, "unaccepted-changes": true,
	"font-face": true, "element-format": true, "body-format": true, "space-layout": true, "embedded-content": true,
}

// TestWordLawful: a notice laid out as the decree asks gets no finding.
func TestWordLawful(t *testing.T) {
	if got := (wordNotice{}).findings(t); len(got) != 0 {
		t.Errorf("a lawful notice got findings:\n%s", strings.Join(got, "\n"))
	}
}

// TestWordAllCapsLawful: Word's All Caps (w:caps) on a line whose
// capitals are due (the Quốc hiệu, the issuer, the tên loại typed in
// small letters) prints it as the decree asks: no finding (x93, f94).
func TestWordAllCapsLawful(t *testing.T) {
	capsLine := func(cell, line int, typed string) func(int, int, string) string {
		return func(c, i int, s string) string {
			p := headerCells[c][i].rPr
			if c == cell && i == line {
				p, s = p+"<w:caps/>", typed
			}
			return docxtest.P(center, docxtest.R(p, s))
		}
	}
	for name, n := range map[string]wordNotice{
		"the Quốc hiệu typed in small letters": {header: capsLine(1, 0, "Cộng hòa xã hội chủ nghĩa Việt Nam")},
		"the issuer typed in small letters":    {header: capsLine(0, 1, "Văn phòng")},
		"the tên loại typed in small letters":  {titleText: "Thông báo", titlePPr: center, titleRPr: tnr + "<w:b/><w:caps/>" + sz(28)},
	} {
		if got := n.findings(t); len(got) != 0 {
			t.Errorf("%s, in All Caps: findings:\n%s", name, strings.Join(got, "\n"))
		}
	}
}

// TestWordLawfulUnits: the lawful notice with its lengths written with
// their units ("14pt", "1.27cm", "6pt"), as ECMA-376 allows and the
// "docx" library of JavaScript writes, gets no finding (read as bare
// numbers they were 7 pt and an indent of one twip).
func TestWordLawfulUnits(t *testing.T) {
	n := wordNotice{body: func(i int, s string) string {
		return docxtest.P(`<w:jc w:val="both"/><w:ind w:firstLine="1.27cm"/><w:spacing w:before="6pt" w:after="0" w:line="288" w:lineRule="auto"/>`,
			docxtest.R(tnr+`<w:sz w:val="14pt"/><w:szCs w:val="14pt"/>`, s))
	}}
	if got := n.findings(t); len(got) != 0 {
		t.Errorf("a lawful notice with lengths in units got findings:\n%s", strings.Join(got, "\n"))
	}
}

// TestWordVariants breaks one thing at a time; each gets exactly its
// finding, in the words a văn thư reads.
func TestWordVariants(t *testing.T) {
	bodyWith := func(pPr, rPr string) func(int, string) string {
		return func(i int, s string) string { return docxtest.P(pPr, docxtest.R(rPr, s)) }
	}
	headerWith := func(cell, line int, rPr string) func(int, int, string) string {
		return func(c, i int, s string) string {
			p := headerCells[c][i].rPr
			if c == cell && i == line {
				p = rPr
			}
			return docxtest.P(center, docxtest.R(p, s))
		}
	}
	narrow := docxtest.DefaultPage
	narrow.Bottom = 851
	letter := docxtest.DefaultPage
	letter.W, letter.H = 12240, 15840
	gutter := docxtest.DefaultPage
	gutter.Gutter = 567
	tests := []struct {
		name string
		n    wordNotice
		want string
	}{
		{"bottom margin 15 mm", wordNotice{page: narrow}, "page-margins: lề dưới 15 mm, phải từ 20-25 mm"},
		{"a 10 mm gutter beside a 30 mm left margin", wordNotice{page: gutter}, "page-margins: lề trái 40 mm (gồm 10 mm lề đóng gáy), phải từ 30-35 mm"},
		{"a 10 mm gutter at the top, over a 20 mm top margin", wordNotice{page: gutter, settings: `<w:gutterAtTop/>`}, "page-margins: lề trên 30 mm (gồm 10 mm lề đóng gáy), phải từ 20-25 mm"},
		{"the body centred", wordNotice{body: bodyWith(`<w:jc w:val="center"/><w:ind w:firstLine="720"/><w:spacing w:before="120" w:after="0"/>`, tnr+sz(28))}, "body-format: 1 đoạn nội dung không canh đều hai lề (đoạn này: canh giữa)"},
		{"US letter paper", wordNotice{page: letter}, "page-setup: khổ giấy 216 x 279 mm, không phải A4 (210 x 297 mm)"},
		{"Arial in the body", wordNotice{body: bodyWith(bodyPPr, `<w:rFonts w:ascii="Arial" w:hAnsi="Arial"/>`+sz(28))}, `font-face: phông "Arial", không phải Times New Roman`},
		{"an old TCVN3 face", wordNotice{body: bodyWith(bodyPPr, `<w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/>`+sz(28))}, `font-face: phông ".VnTime" là phông của bảng mã cũ`},
		{"Số at 14 pt", wordNotice{header: headerWith(0, 2, tnr+sz(28))}, "element-format: Số, ký hiệu: cỡ 14, phải 13"},
		{"Số at 14 pt in the first page's header", wordNotice{firstHeader: true, header: headerWith(0, 2, tnr+sz(28))}, "element-format: Số, ký hiệu: cỡ 14, phải 13"},
		{"the signer's name at 12 pt in the first page's footer", wordNotice{footerEnd: true, nameRPr: tnr + "<w:b/>" + sz(24)}, "element-format: họ tên người ký: cỡ 12, phải"},
		{"Quốc hiệu not bold in the first page's header", wordNotice{firstHeader: true, header: headerWith(1, 0, tnr+sz(26))}, "element-format: Quốc hiệu: không in đậm, phải in đậm"},
		{"Quốc hiệu not bold", wordNotice{header: headerWith(1, 0, tnr+sz(26))}, "element-format: Quốc hiệu: không in đậm, phải in đậm"},
		{"Tiêu ngữ the size of the Quốc hiệu", wordNotice{header: headerWith(1, 1, tnr+"<w:b/>"+sz(26))}, "element-format: Tiêu ngữ cỡ 13, phải lớn hơn Quốc hiệu (cỡ 13) một cỡ"},
		{"Quốc hiệu at 12 pt over a Tiêu ngữ at 14", wordNotice{header: headerWith(1, 0, tnr+"<w:b/>"+sz(24))}, "element-format: Tiêu ngữ cỡ 14, phải lớn hơn Quốc hiệu (cỡ 12) một cỡ"},
		{"date upright", wordNotice{header: headerWith(1, 2, tnr+sz(28))}, "element-format: địa danh và ngày tháng: chữ đứng, phải chữ nghiêng"},
		{"Tiêu ngữ at 11 pt over a lawful date", wordNotice{header: headerWith(1, 1, tnr+"<w:b/>"+sz(22))}, "element-format: Tiêu ngữ: cỡ 11, phải 13 đến 14"},
		{"date at 13 pt under a Tiêu ngữ at 14", wordNotice{header: headerWith(1, 2, tnr+"<w:i/>"+sz(26))}, "element-format: địa danh và ngày tháng cỡ 13, phải bằng cỡ Tiêu ngữ (14)"},
		{"the parent body bold over a Học viện", wordNotice{header: func(c, i int, s string) string {
			p := headerCells[c][i].rPr
			switch {
			case c == 0 && i == 0:
				s, p = "BAN CƠ YẾU CHÍNH PHỦ", tnr+"<w:b/>"+sz(26)
			case c == 0 && i == 1:
				s = "HỌC VIỆN KỸ THUẬT MẬT MÃ"
			}
			return docxtest.P(center, docxtest.R(p, s))
		}}, "element-format: tên cơ quan chủ quản: in đậm, phải chữ thường"},
		{"body left-aligned", wordNotice{body: bodyWith(`<w:ind w:firstLine="720"/><w:spacing w:before="120" w:after="0"/>`, tnr+sz(28))}, "body-format: 3 đoạn nội dung không canh đều hai lề"},
		{"body not indented", wordNotice{body: bodyWith(`<w:jc w:val="both"/><w:spacing w:before="120" w:after="0"/>`, tnr+sz(28))}, "body-format: 4 đoạn nội dung không lùi đầu dòng 1 cm hoặc 1,27 cm"},
		{"body at 12 pt", wordNotice{body: bodyWith(bodyPPr, tnr+sz(24))}, "body-format: 4 đoạn nội dung không có cỡ chữ 13-14"},
		{"paragraphs touching", wordNotice{body: bodyWith(`<w:jc w:val="both"/><w:ind w:firstLine="720"/><w:spacing w:before="0" w:after="0"/>`, tnr+sz(28))}, "body-format: 3 đoạn nội dung cách đoạn trên ít hơn 6 pt"},
		{"double line spacing", wordNotice{body: bodyWith(`<w:jc w:val="both"/><w:ind w:firstLine="720"/><w:spacing w:before="120" w:after="0" w:line="480" w:lineRule="auto"/>`, tnr+sz(28))}, "body-format: 4 đoạn nội dung có giãn dòng ngoài khoảng từ dòng đơn đến 1,5 dòng"},
		{"a tracked change", wordNotice{changes: true}, "unaccepted-changes: tệp còn 1 sửa đổi chưa được chấp nhận"},
		{"page number in the footer", wordNotice{pageInFoot: true}, "page-number: số trang đặt ở cuối trang"},
		{"page number on page 1", wordNotice{noTitlePage: true}, "page-number: số trang hiện cả ở trang đầu"},
		{"header typed with tabs", wordNotice{tabHeader: true}, "space-layout: 3 dòng đặt hai phần cạnh nhau bằng dấu cách hoặc Tab thay cho bảng"},
		{"date typed with combining marks", wordNotice{header: func(c, i int, s string) string {
			if c == 1 && i == 2 {
				s = norm.NFD.String(s) // "ngày      tháng": the blanks of a draft, not a gap between two pieces
			}
			return docxtest.P(center, docxtest.R(headerCells[c][i].rPr, s))
		}}, "normalization: văn bản có chữ gõ dấu rời (tổ hợp) ở 1 đoạn"},
		{"end block typed with tabs", wordNotice{tabEnd: true}, "space-layout: 2 dòng đặt hai phần cạnh nhau bằng dấu cách hoặc Tab thay cho bảng"},
		{"title centred with spaces", wordNotice{titleText: "            THÔNG BÁO", titlePPr: `<w:jc w:val="left"/>`}, "space-layout: 1 dòng của phần đầu, tên loại, trích yếu, Kính gửi hoặc phần ký được đẩy vào giữa bằng dấu cách hoặc Tab"},
		{"title centred over a first-line indent", wordNotice{titleText: "THÔNG BÁO", titlePPr: center + `<w:ind w:firstLine="720"/>`}, "element-format: tên loại văn bản: canh giữa nhưng thụt dòng đầu 1,27 cm"},
		{"body at 12 pt written with its unit", wordNotice{body: bodyWith(`<w:jc w:val="both"/><w:ind w:firstLine="1.27cm"/><w:spacing w:before="6pt" w:after="0"/>`, tnr+`<w:sz w:val="12pt"/>`)}, "body-format: 4 đoạn nội dung không có cỡ chữ 13-14"},
		{"a body embedded as a web page", wordNotice{bodyPrefix: `<w:altChunk r:id="rIdHtml"/>`}, "embedded-content: tệp có 1 phần nội dung nhúng từ trang web hay tệp khác"},
		{"Tiêu ngữ in All Caps", wordNotice{header: headerWith(1, 1, tnr+"<w:b/><w:caps/>"+sz(28))}, "motto: Tiêu ngữ"},
		{"the signer's name in All Caps", wordNotice{nameRPr: tnr + "<w:b/><w:caps/>" + sz(28)}, "signer-case: "},
		{"lowerLetter numbering", wordNotice{numbering: docxtest.AbstractNum(1, docxtest.Lvl(0, 1, "lowerLetter", "%1)", "", "")) + docxtest.Num(1, 1), letters: 6},
			"list-letter-sequence: các điểm được đánh theo chữ cái a, b, c, d, e"},
	}
	// fixes: what a finding tells the clerk to do in Word, for the
	// variants that name it.
	fixes := map[string]string{
		"Số at 14 pt": "chọn cỡ chữ 13 cho Số, ký hiệu",
		"Tiêu ngữ at 11 pt over a lawful date": "chọn cỡ chữ 13 hoặc 14 cho Tiêu ngữ",
		// the fix names the line to set and its size, the one that
		// keeps the date line as it is (x93)
		"Tiêu ngữ the size of the Quốc hiệu":       "đặt Tiêu ngữ cỡ 14, bằng địa danh và ngày tháng (Quốc hiệu và Tiêu ngữ cỡ 12 và 13, hoặc 13 và 14)",
		"Quốc hiệu at 12 pt over a Tiêu ngữ at 14": "đặt Quốc hiệu cỡ 13 (Quốc hiệu và Tiêu ngữ cỡ 12 và 13, hoặc 13 và 14)",
		// the capitals of All Caps: the format turned off, not the text retyped (x93, f94)
		"Tiêu ngữ in All Caps":          `chữ hoa do định dạng All caps của Word: chọn dòng, mở hộp Font (Ctrl+D), bỏ chọn "All caps" (Tất cả chữ hoa); dòng phải hiện là "Độc lập - Tự do - Hạnh phúc"`,
		"the signer's name in All Caps": `chữ hoa do định dạng All caps của Word: chọn dòng, mở hộp Font (Ctrl+D), bỏ chọn "All caps" (Tất cả chữ hoa); dòng phải hiện là "Nguyễn Văn Bình"`,
	}
	fired := map[string]bool{}
	for _, tc := range tests {
		fired[strings.SplitN(tc.want, ":", 2)[0]] = true
	}
	for id := range wordOnly {
		if !fired[id] {
			t.Errorf("no Word variant fires %s", id)
		}
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := tc.n.findings(t)
			if len(got) != 1 || !strings.HasPrefix(got[0], tc.want) {
				t.Errorf("findings:\n%s\nwant exactly one starting %q", strings.Join(got, "\n"), tc.want)
			} else if fix := fixes[tc.name]; fix != "" && tc.n.fixes(t)[0] != fix {
				t.Errorf("finding %q: fix %q, want %q", got[0], tc.n.fixes(t)[0], fix)
			}
		})
	}
}

func itoa(n int) string { return fmt.Sprint(n) }
