package check

import "strings"

// pairMarkSlip reads a slip of the marks in two words of a name side by
// side, the name's only difference from ref, at (the first word that
// differs) and at+1: "Đăk Lăk" beside "Đắk Lắk", a province's name typed
// without its tones in both syllables. Both words are capitalised and
// differ from ref's by their marks only, and the slip keeps a mark (a
// name typed with none, "Dak Lak", is no-diacritics'). A one-word slip
// of marks is slipAt's.
func pairMarkSlip(f, ref []string, at int) (int, bool) {
	if at+1 >= len(f) {
		return 0, false
	}
	for k := range f {
		if k != at && k != at+1 && f[k] != ref[k] {
			return 0, false
		}
	}
	for _, k := range []int{at, at + 1} {
		a, b := f[k], ref[k]
		if !titleCase(a) || !titleCase(b) || strings.EqualFold(a, b) || !strings.EqualFold(stripMarks(a), stripMarks(b)) {
			return 0, false
		}
	}
	if stripMarks(f[at]) == f[at] && stripMarks(f[at+1]) == f[at+1] {
		return 0, false
	}
	return at, true
}
