package check

import "iter"

// gioPlaces yields where each "giờ" of s stands from s[from:] on, in
// order: the one walk the time rules (time-minutes and its readings of
// minutes and hours past the clock) each take over a text's times.
func gioPlaces(s string, from int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for at := from; ; {
			i := indexLit(s[at:], "giờ")
			if i < 0 {
				return
			}
			g := at + i
			at = g + len("giờ")
			if !yield(g) {
				return
			}
		}
	}
}
