package check

import (
	"slices"
	"strings"
)

// capsCode reports whether a citation stands in a line in capitals (a
// trích yếu, a heading) and its code is one of the type's but for case:
// the line capitalises the code with the rest, "17-CTR/TU" for a
// Chương trình's "17-CTr/TU", so the case of its letters says nothing.
func capsCode(c cited, codes []string) bool {
	if hasLower(c.seg.Text) {
		return false
	}
	return slices.ContainsFunc(codes, func(k string) bool { return strings.EqualFold(k, c.Number.Type) })
}
