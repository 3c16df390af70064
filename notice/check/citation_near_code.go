package check

import "github.com/thongbao/thongbao/notice/cite"

// nearCode reports whether a document cited before c, with its date
// (after its number or leading its sentence), has c's type, running
// number and year, and a ký hiệu that is c's but for one letter typed
// wrong or two side by side swapped ("Thông báo số 38/TB-TTĐMTS" dated,
// then "Thông báo số 38/TB-TTĐMST"): one document whose code is written
// two ways, not a second one cited without its date. Which of the two is
// the slip citation-code-typo tells where it knows the code; the first
// mention says nothing.
func nearCode(earlier []string, byDoc map[string][]cited, c cited) bool {
	for _, k := range earlier {
		o := byDoc[k][0]
		if o.Number.Family != c.Number.Family || o.Number.Year != c.Number.Year ||
			o.Number.Seq != c.Number.Seq || cite.Fold(o.Type) != cite.Fold(c.Type) {
			continue
		}
		if !oneLetterOff(foldCode(o.Number.Code()), foldCode(c.Number.Code())) {
			continue
		}
		if o.DateOff >= 0 || leadDated(o) {
			return true
		}
	}
	return false
}

// oneLetterOff reports whether two codes of as many letters differ in
// one letter, or in two side by side swapped ("ttdmst", "ttdmts").
func oneLetterOff(a, b string) bool {
	x, y := []rune(a), []rune(b)
	if len(x) != len(y) || a == b {
		return false
	}
	var diff []int
	for i := range x {
		if x[i] != y[i] {
			diff = append(diff, i)
		}
	}
	switch len(diff) {
	case 1:
		return true
	case 2:
		i, j := diff[0], diff[1]
		return j == i+1 && x[i] == y[j] && x[j] == y[i]
	}
	return false
}
