package check

import "strings"

// endsCutInList reports whether a body, under a header, ends on a point
// of a list with nothing after it: no closing sentence, no Nơi nhận, no
// signature. A notice does not end inside a list; the copy was cut there
// (the search service's copies of a school's page) and its last sentence
// is not in the text to judge; required says the end is missing. The
// page's own lines under the body (its share button, its comments' label)
// do not tell a copy served whole from one cut: the same notice served in
// another page's frame must give the same findings (TestFurnitureTransplant,
// TestMetamorphicPinned), so they are not read here.
func endsCutInList(v *View, i int) bool {
	return strings.TrimSpace(v.Body[i].Marker) != "" && len(v.Recips) == 0 && len(v.Signer) == 0 && v.Name == nil &&
		len(v.Header) > 0 && !headless(v)
}
