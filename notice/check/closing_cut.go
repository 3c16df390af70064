package check

import "strings"

// endsCutInList reports whether a body, under a header, ends on a point
// of a list with nothing after it: no closing sentence, no Nơi nhận, no
// signature. A notice does not end inside a list; the copy was cut there
// (the search service's copies of a school's page) and its last sentence
// is not in the text to judge; required says the end is missing. A copy
// with the page's own lines under the body (its share button, its
// comments' label: plain.Page) was served to its foot, not cut: its body
// ends there.
func endsCutInList(v *View, i int) bool {
	return strings.TrimSpace(v.Body[i].Marker) != "" && len(v.Recips) == 0 && len(v.Signer) == 0 && v.Name == nil &&
		len(v.Header) > 0 && !headless(v) && !pageBelow(v, v.Body[i].PosAt(0).Line)
}

// pageBelow reports whether a line of the page (View.Pages) stands under
// line n of the text.
func pageBelow(v *View, n int) bool {
	for i := range v.Pages {
		if v.Pages[i].PosAt(0).Line > n {
			return true
		}
	}
	return false
}
