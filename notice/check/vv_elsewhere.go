package check

import "strings"

// vvElsewhere reports whether a Công văn read with no trích yếu under its
// number holds its "V/v ..." as a paragraph of the body: a PDF's text
// layer that serves the header's cells out of order sets the trích yếu
// after the body or the recipients, where no sentence of a letter opens
// with "V/v". The trích yếu is written; only the page moved it.
func (v *View) vvElsewhere() bool {
	for _, s := range v.Body {
		if isVV(strings.TrimSpace(s.Text)) {
			return true
		}
	}
	return false
}
