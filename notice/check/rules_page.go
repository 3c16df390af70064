package check

import (
	"fmt"
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/docx"
)

// The rules of the page: they run where formatting exists (a Word file).
func init() {
	register(
		&Rule{ID: "page-setup", Severity: diag.Error, Ref: diag.RefPaper, Run: pageSetup,
			Title: diag.Msg("khổ giấy A4, trình bày theo chiều dài", "A4 paper, portrait"),
			Help:  diag.Msg("chọn khổ A4 (210 x 297 mm), hướng dọc; chỉ trang có bảng biểu rộng mới được quay ngang", "choose A4 (210 x 297 mm), portrait; only a page of wide tables may be landscape")},
		&Rule{ID: "page-margins", Severity: diag.Error, Ref: diag.RefMargins, Run: pageMargins,
			Title: diag.Msg("lề trên, dưới 20-25 mm, lề trái 30-35 mm, lề phải 15-20 mm", "margins: top and bottom 20-25 mm, left 30-35 mm, right 15-20 mm"),
			Help:  diag.Msg("đặt lại lề trang (Bố cục > Lề > Lề tùy chỉnh)", "set the page margins again (Layout > Margins > Custom margins)")},
		&Rule{ID: "page-number", Severity: diag.Warning, Ref: diag.RefPageNumbers, Run: pageNumber,
			Title: diag.Msg("số trang cỡ 13-14, canh giữa ở lề trên, không hiện ở trang đầu", "page numbers 13-14 pt, centred in the top margin, not on page 1"),
			Help:  diag.Msg("chèn số trang ở đầu trang, canh giữa, cỡ 13 hoặc 14, và chọn \"Trang đầu khác\"", "insert page numbers in the header, centred, 13 or 14 pt, and choose \"Different first page\"")},
		&Rule{ID: "unaccepted-changes", Severity: diag.Warning, Ref: diag.Practice, Run: unacceptedChanges,
			Title: diag.Msg("văn bản trình ký không còn sửa đổi chưa chấp nhận, ghi chú hay trường trộn thư chưa điền", "a document for signing holds no unaccepted changes, comments or unfilled mail-merge fields"),
			Help:  diag.Msg("chấp nhận hoặc bỏ các sửa đổi (Xem lại > Chấp nhận) và xóa các ghi chú trước khi trình ký", "accept or reject the changes (Review > Accept) and delete the comments before signing")},
		&Rule{ID: "embedded-content", Severity: diag.Warning, Ref: diag.Practice, Run: embeddedContent,
			Title: diag.Msg("nội dung của tệp Word là văn bản của chính tệp, không nhúng từ trang web hay tệp khác", "the Word file's content is its own text, not embedded from a web page or another file"),
			Help:  diag.Msg("mở tệp bằng Word rồi lưu lại (Tệp > Lưu thành > Tài liệu Word) để phần nhúng thành văn bản, rồi kiểm tra lại", "open the file in Word and save it again (File > Save As > Word Document) so that the embedded part becomes text, then check it again")},
	)
}

// twips per millimetre: 1440 per inch.
const twipsPerMM = 1440 / 25.4

func mm(twips int) string { return fmt.Sprintf("%.0f", float64(twips)/twipsPerMM) }

func pageSetup(p *Pass) {
	w := p.View.Word
	if w == nil {
		return
	}
	for i, s := range w.doc.Sections {
		if s.PageWidth == 0 || s.PageHeight == 0 {
			continue
		}
		short, long := min(s.PageWidth, s.PageHeight), max(s.PageWidth, s.PageHeight)
		if !near(short, 11906, 30) || !near(long, 16838, 30) {
			p.ReportAt(sectionPos(p, i), diag.Msg("khổ giấy %s x %s mm, không phải A4 (210 x 297 mm)", "the paper is %s x %s mm, not A4 (210 x 297 mm)", mm(short), mm(long)))
			return
		}
		if i == 0 && s.PageWidth > s.PageHeight {
			p.ReportAt(sectionPos(p, i), diag.Msg("trang đầu trình bày theo chiều rộng (khổ ngang)", "the first page is landscape"),
				diag.Msg("trình bày theo chiều dài khổ A4; chỉ phần có bảng biểu rộng mới quay ngang", "lay the document out in portrait; only a part with wide tables may be landscape"))
		}
	}
}

func near(a, b, tol int) bool { return a >= b-tol && a <= b+tol }

// sectionPos is where a section starts in the listing: the first line of
// the document for the first.
func sectionPos(p *Pass, section int) diag.Pos {
	for _, wp := range p.View.Word.paras {
		if len(wp.docs) > 0 && wp.docs[0].Section >= section {
			return wp.seg.PosAt(0)
		}
	}
	return diag.Pos{Path: p.View.Path, Line: 1, Col: 1}
}

// margins of Phụ lục I, Mục I, khoản 3, in twips, with a little room for
// Word's rounding of millimetres.
var marginRanges = []struct {
	name   diag.Text
	get    func(docx.Margins) int
	lo, hi int
	want   string
}{
	{diag.Msg("lề trên", "top margin"), func(m docx.Margins) int { return m.Top }, 1134, 1417, "20-25"},
	{diag.Msg("lề dưới", "bottom margin"), func(m docx.Margins) int { return m.Bottom }, 1134, 1417, "20-25"},
	{diag.Msg("lề trái", "left margin"), func(m docx.Margins) int { return m.Left }, 1701, 1984, "30-35"},
	{diag.Msg("lề phải", "right margin"), func(m docx.Margins) int { return m.Right }, 850, 1134, "15-20"},
}

func pageMargins(p *Pass) {
	w := p.View.Word
	if w == nil {
		return
	}
	seen := map[string]bool{}
	for i, s := range w.doc.Sections {
		if s.PageWidth == 0 {
			continue
		}
		m := withGutter(s.Margins, w.doc.GutterAtTop)
		if s.PageWidth > s.PageHeight {
			m = landscapeMargins(m)
		}
		for _, r := range marginRanges {
			v := r.get(m)
			if v >= r.lo-5 && v <= r.hi+5 || seen[r.want+mm(v)+r.name.EN] {
				continue
			}
			seen[r.want+mm(v)+r.name.EN] = true
			p.ReportAt(sectionPos(p, i), diag.Msg("%s %s mm%s, phải từ %s mm", "the %s is %s mm%s; it must be %s mm", r.name, mm(v), gutterNote(s, w.doc.GutterAtTop, r.name), r.want))
		}
	}
}

// withGutter counts the gutter (lề đóng gáy) in the margin Word prints
// it beside: the left one, or the top one when the file's settings put it
// at the top (gutterAtTop). The text starts at their sum.
func withGutter(m docx.Margins, atTop bool) docx.Margins {
	if atTop {
		m.Top += max(m.Gutter, 0)
	} else {
		m.Left += max(m.Gutter, 0)
	}
	return m
}

// gutterNote says the gutter a margin counts (withGutter): " (gồm 10 mm
// lề đóng gáy)", "" for the other margins, a page with no gutter and a
// landscape page (its margins turned back to the portrait page's).
func gutterNote(s *docx.Section, atTop bool, name diag.Text) diag.Text {
	m := s.Margins
	side := "left margin"
	if atTop {
		side = "top margin"
	}
	if m.Gutter <= 0 || name.EN != side || s.PageWidth > s.PageHeight {
		return diag.Text{}
	}
	return diag.Msg(" (gồm %s mm lề đóng gáy)", " (with a %s mm gutter)", mm(m.Gutter))
}

func pageNumber(p *Pass) {
	w := p.View.Word
	if w == nil || len(w.doc.Sections) == 0 {
		return
	}
	s := w.doc.Sections[0]
	at := diag.Pos{Path: p.View.Path, Line: 1, Col: 1}
	var field *docx.Paragraph
	for _, h := range []*docx.HeaderFooter{s.Headers.Default, s.Headers.Even} {
		if f := h.PageField(); f != nil {
			field = f
			break
		}
	}
	footer := s.Footers.Default.PageField() != nil || s.Footers.First.PageField() != nil
	switch {
	case field == nil && footer:
		p.ReportAt(at, diag.Msg("số trang đặt ở cuối trang", "the page number is in the footer"),
			diag.Msg("đặt số trang ở lề trên, canh giữa", "put the page number in the top margin, centred"))
		return
	case field == nil:
		if w.doc.Props.Pages > 1 {
			p.ReportAt(at, diag.Msg("văn bản %d trang nhưng không đánh số trang", "the document has %d pages but no page numbers", w.doc.Props.Pages))
		}
		return
	}
	if !s.TitlePage || s.Headers.First.PageField() != nil {
		p.ReportAt(at, diag.Msg("số trang hiện cả ở trang đầu", "the page number shows on page 1 too"),
			diag.Msg("chọn \"Trang đầu khác\" (Different first page) cho phần đầu trang", "choose \"Different first page\" for the header"))
	}
	if a := field.Props.Align; a != "center" && !tabCentred(field) {
		p.ReportAt(at, diag.Msg("số trang canh %s, phải canh giữa", "the page number is aligned %s; it must be centred", alignName(a)))
	}
	if size := fieldSize(field); size != 0 && (size < 26 || size > 28) {
		p.ReportAt(at, diag.Msg("số trang cỡ %s, phải cỡ 13 đến 14", "the page number is %s pt; it must be 13 to 14", pt(size)))
	}
}

// fieldSize is the size of the page number's text: the runs of the field.
func fieldSize(p *docx.Paragraph) int {
	for _, f := range p.Fields {
		if f.Code != "PAGE" {
			continue
		}
		for _, r := range p.Runs {
			if r.Start >= f.Start && r.Start < max(f.End, f.Start+1) && r.End > r.Start {
				return r.Props.Size
			}
		}
	}
	return 0
}

func alignName(a string) diag.Text {
	switch a {
	case "center":
		return diag.Msg("giữa", "centre")
	case "right", "end":
		return diag.Msg("phải", "right")
	case "both", "distribute":
		return diag.Msg("đều hai bên", "justified")
	}
	return diag.Msg("trái", "left")
}

func unacceptedChanges(p *Pass) {
	w := p.View.Word
	if w == nil {
		return
	}
	c := w.doc.Changes
	at := func(pl docx.Place) diag.Pos {
		if pl.Para != nil {
			if line, off, ok := w.listing.Find(pl.Para, pl.Offset); ok {
				return diag.Pos{Path: p.View.Path, Line: line, Col: w.listing.Col(line, off)}
			}
		}
		return diag.Pos{Path: p.View.Path, Line: 1, Col: 1}
	}
	if n := c.Tracked(); n > 0 {
		p.ReportAt(at(c.First), diag.Msg("tệp còn %d sửa đổi chưa được chấp nhận (bản dự thảo, chưa phải bản cuối)", "the file holds "+englishCount(n, "change", "changes")+" not yet accepted (a draft, not the final text)", n))
	}
	if c.Comments > 0 {
		p.ReportAt(at(c.FirstComment), diag.Msg("tệp còn %d ghi chú (comment)", "the file holds "+englishCount(c.Comments, "comment", "comments"), c.Comments))
	}
	if n, first, name := unmergedFields(w.doc); n > 0 {
		p.ReportAt(at(first), diag.Msg("tệp còn %d trường trộn thư chưa điền (đầu tiên: %s)", "the file holds "+englishCount(n, "mail-merge field", "mail-merge fields")+" not filled in (the first: %s)", n, name),
			diag.Msg("hoàn tất trộn thư (Thư > Hoàn tất và Trộn) hoặc gõ nội dung thay cho trường trước khi trình ký", "finish the merge (Mailings > Finish & Merge) or type the text in place of the field before signing"))
	}
}

// unmergedFields counts the mail-merge fields of the body whose result is
// still the field's name in chevrons ("«HoTen»"), as Word shows a field
// the merge has not filled: a template's blank sent for signing. A field
// the merge filled shows its value and is left alone. It returns the
// first's place and result.
func unmergedFields(d *docx.Document) (n int, first docx.Place, name string) {
	for _, para := range d.Paragraphs() {
		for _, f := range para.Fields {
			if f.Code != "MERGEFIELD" || f.Start < 0 || f.End > len(para.Text) || f.Start >= f.End {
				continue
			}
			r := strings.TrimSpace(para.Text[f.Start:f.End])
			if !strings.HasPrefix(r, "«") || !strings.HasSuffix(r, "»") {
				continue
			}
			if n == 0 {
				first, name = docx.Place{Para: para, Offset: f.Start}, r
			}
			n++
		}
	}
	return n, first, name
}

// embeddedContent says that a part of the body was embedded by the
// program that wrote the file (w:altChunk: a web page, an RTF or another
// Word file) and not read: Word builds its text when it opens the file,
// and its words and layout are not checked until the file is saved again.
func embeddedContent(p *Pass) {
	w := p.View.Word
	if w == nil || w.doc.Embedded.Chunks == 0 {
		return
	}
	pos := diag.Pos{Path: p.View.Path, Line: 1, Col: 1}
	if pl := w.doc.Embedded.First; pl.Para != nil {
		if line, off, ok := w.listing.Find(pl.Para, pl.Offset); ok {
			pos = diag.Pos{Path: p.View.Path, Line: line, Col: w.listing.Col(line, off)}
		}
	}
	n := w.doc.Embedded.Chunks
	p.ReportAt(pos, diag.Msg("tệp có %d phần nội dung nhúng từ trang web hay tệp khác, chỉ hiện thành chữ khi mở bằng Word: phần đó chưa được kiểm tra",
		"the file embeds "+englishCount(n, "part", "parts")+" from a web page or another file; Word makes them text only when it opens the file, and they are not checked", n))
}

// landscapeMargins turns the margins of a landscape page back to the
// portrait page it is bound with. The decree sets no margins of its own
// for a landscape page (Phụ lục I, Mục I, khoản 1-3); the binding margin
// ends up at the top or at the bottom of the turned page, as the drafter
// turned it (Word turns the margins one way when the orientation
// changes, LibreOffice keeps them and the drafter sets them by hand). The
// turn that fits the decree is taken; when neither fits, the one that
// breaks fewer margins.
func landscapeMargins(m docx.Margins) docx.Margins {
	// Binding at the bottom of the turned page, then at its top.
	ccw := m
	ccw.Top, ccw.Left, ccw.Bottom, ccw.Right = m.Left, m.Bottom, m.Right, m.Top
	cw := m
	cw.Top, cw.Left, cw.Bottom, cw.Right = m.Right, m.Top, m.Left, m.Bottom
	if marginFaults(cw) < marginFaults(ccw) {
		return cw
	}
	return ccw
}

// marginFaults counts the margins outside the decree's ranges.
func marginFaults(m docx.Margins) int {
	n := 0
	for _, r := range marginRanges {
		if v := r.get(m); v < r.lo-5 || v > r.hi+5 {
			n++
		}
	}
	return n
}

// tabCentred reports a page number centred by the centre tab stop of
// Word's Header style: a tab, then the PAGE field, in a left-aligned
// paragraph of that style (Word's own "header" style puts a centre tab in
// the middle of the line).
func tabCentred(p *docx.Paragraph) bool {
	if !strings.EqualFold(p.StyleName, "header") || p.Props.Align != "left" {
		return false
	}
	for _, f := range p.Fields {
		if f.Code == "PAGE" {
			return strings.Trim(p.Text[:f.Start], " ") == "\t" && strings.TrimSpace(p.Text[f.End:]) == ""
		}
	}
	return false
}
