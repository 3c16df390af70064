package docx

import (
	"strings"

	"golang.org/x/text/unicode/norm"
)

// PageHeader returns the header printed at the top of the first page
// when it holds the notice's header block, nil otherwise. Some offices'
// templates put the issuer, Số, the Quốc hiệu, the Tiêu ngữ and the place
// and date in the header of the first page (different first page, a
// w:headerReference of type "first"); the listing then reads them before
// the body, where Word prints them.
//
// The header is the first section's first-page header when the section
// has a different first page, its default header otherwise. It holds the
// header block when one of its paragraphs is the Quốc hiệu, the Tiêu ngữ
// or a "Số: .../..." line, and the body does not start with a Quốc hiệu
// of its own: a header of a page number alone, of a logo or of a running
// title is left out.
func (d *Document) PageHeader() *HeaderFooter {
	h := d.onFirstPage(func(s *Section) HeaderSet { return s.Headers })
	if h == nil || !holdsHeaderBlock(h.Paragraphs()) || bodyHasQuocHieu(d.paras) {
		return nil
	}
	return h
}

// onFirstPage returns the header or footer of the set of the first
// section that Word prints on the first page: the first page's own when
// the section has a different first page (none when it has no such
// part: Word prints an empty one), the default one otherwise.
func (d *Document) onFirstPage(set func(*Section) HeaderSet) *HeaderFooter {
	if len(d.Sections) == 0 {
		return nil
	}
	s := d.Sections[0]
	if s.TitlePage {
		return set(s).First
	}
	return set(s).Default
}

// holdsHeaderBlock reports whether one of ps is a line of a notice's
// header block that no running title holds: the Quốc hiệu, the Tiêu ngữ,
// or the number "Số: 12/TB-UBND".
func holdsHeaderBlock(ps []*Paragraph) bool {
	for _, p := range ps {
		u := strings.ToUpper(headerKey(p.Text))
		switch {
		case isQuocHieu(p.Text),
			strings.Contains(u, "ĐỘC LẬP") && strings.Contains(u, "TỰ DO") && strings.Contains(u, "HẠNH PHÚC"),
			(strings.HasPrefix(u, "SỐ:") || strings.HasPrefix(u, "SỐ ")) && strings.Contains(u, "/") && len(u) < 80:
			return true
		}
	}
	return false
}

// bodyHasQuocHieu reports whether one of the first paragraphs of the
// body is the Quốc hiệu: the body holds the header block itself.
func bodyHasQuocHieu(ps []*Paragraph) bool {
	for i, p := range ps {
		if i == 30 {
			break
		}
		if isQuocHieu(p.Text) {
			return true
		}
	}
	return false
}

// isQuocHieu reports whether a paragraph holds the Quốc hiệu: typed in
// capitals anywhere in it (beside the issuer, pushed there with tabs),
// or in any case at its start. The name of the state in a sentence of
// the body ("nước Cộng hòa xã hội chủ nghĩa Việt Nam") is not.
func isQuocHieu(text string) bool {
	s := headerKey(text)
	u := strings.ToUpper(s)
	for _, q := range []string{"CỘNG HÒA XÃ HỘI", "CỘNG HOÀ XÃ HỘI"} {
		if strings.Contains(s, q) || strings.HasPrefix(u, q) {
			return true
		}
	}
	return false
}

// headerKey is a paragraph's text as the tests above read it: composed,
// its spaces collapsed.
func headerKey(s string) string {
	return strings.Join(strings.Fields(norm.NFC.String(s)), " ")
}
