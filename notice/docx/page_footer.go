package docx

import "strings"

// PageFooter returns the footer printed at the foot of the first page
// when it holds the notice's end block, nil otherwise: a notice of one
// page whose template keeps Nơi nhận and the signature in the footer.
// The listing reads it after the body, where the end block belongs.
//
// The footer is the first section's first-page footer when the section
// has a different first page, its default footer otherwise. It holds the
// end block when one of its paragraphs starts with the label "Nơi nhận"
// and no paragraph of the body does: a footer of a page number, an
// address or a file name is left out.
func (d *Document) PageFooter() *HeaderFooter {
	f := d.onFirstPage(func(s *Section) HeaderSet { return s.Footers })
	if f == nil || !holdsRecipientsLabel(f.Paragraphs()) || holdsRecipientsLabel(d.paras) {
		return nil
	}
	return f
}

// holdsRecipientsLabel reports whether one of ps starts with "Nơi nhận".
func holdsRecipientsLabel(ps []*Paragraph) bool {
	for _, p := range ps {
		if strings.HasPrefix(strings.ToLower(headerKey(p.Text)), "nơi nhận") {
			return true
		}
	}
	return false
}
