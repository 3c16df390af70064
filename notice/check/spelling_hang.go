package check

import "strings"

// hangUnits are the spans of time "hằng" (every) goes before.
var hangUnits = setOf("ngày", "tuần", "tháng", "quý", "năm")

// hangGroups reads "hằng" and "hàng" before a span of time ("hằng năm",
// "hàng tháng"), one word the dictionary writes "hằng" and usage writes
// both ways. Where a notice writes both, each "hàng" is reported, the fix
// "hằng" (the laws' spelling: "hằng năm"): one group, "hằng" its usual
// spelling however often each is written. A notice that writes one way
// only is left alone.
func hangGroups(v *View, segs []*Seg) []spot {
	var hang, hang2 []spot // "hàng ...", "hằng ..."
	for _, s := range segs {
		x := v.index(s.Text)
		for i := 0; i+1 < len(x.words); i++ {
			w, next := x.words[i], x.words[i+1]
			if w.text[0] != 'h' && w.text[0] != 'H' {
				continue // the quick way out, before the word is lowered
			}
			lw := x.lex[i].lowered()
			if lw != "hàng" && lw != "hằng" || !x.spaced[i+1] || !hangUnits[x.lex[i+1].lowered()] {
				continue
			}
			sp := spot{seg: s, off: w.off, end: next.end, form: w.text, variant: lw, diffOff: w.off}
			if lw == "hằng" {
				hang2 = append(hang2, sp)
				continue
			}
			sp.lawful = "hằng " + next.text
			if strings.HasPrefix(w.text, "H") {
				sp.lawful = "Hằng " + next.text
			}
			hang = append(hang, sp)
		}
	}
	if len(hang) == 0 || len(hang2) == 0 {
		return nil
	}
	return append(hang2, hang...)
}

// hangMinority reports each "hàng" of a group of hangGroups against the
// first "hằng".
func hangMinority(g []spot, report func(s, usual spot, n int)) {
	variantAgainstFirst(g, "hằng", "hàng", report)
}
