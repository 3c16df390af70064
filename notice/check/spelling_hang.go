package check

import "sync"
import "strings"

// hangUnits are the spans of time "hằng" (every) goes before.
var hangUnits = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"ngày": true, "tuần": true, "tháng": true, "quý": true, "năm": true}
})

// hangGroups reads "hằng" and "hàng" before a span of time ("hằng năm",
// "hàng tháng"), one word the dictionary writes "hằng" and usage writes
// both ways. Where a notice writes both, each "hàng" is reported, the fix
// "hằng" (the laws' spelling: "hằng năm"): one group, "hằng" its usual
// spelling however often each is written. A notice that writes one way
// only is left alone.
func hangGroups(w *spellWalk) []spot {
	var hang, hang2 []spot // "hàng ...", "hằng ..."
	for _, c := range w.marked {
		s, x, i := w.at(c)
		if i+1 >= len(x.words) {
			continue
		}
		word, next := x.words[i], x.words[i+1]
		lw := x.lex[i].lowered()
		if !hangWord(lw) || !x.spaced[i+1] || !hangUnits()[x.lex[i+1].lowered()] {
			continue
		}
		sp := spot{seg: s, off: word.off, end: next.end, form: word.text, variant: lw, diffOff: word.off}
		if lw == "hằng" {
			hang2 = append(hang2, sp)
			continue
		}
		sp.lawful = "hằng " + next.text
		if strings.HasPrefix(word.text, "H") {
			sp.lawful = "Hằng " + next.text
		}
		hang = append(hang, sp)
	}
	if len(hang) == 0 || len(hang2) == 0 {
		return nil
	}
	return append(hang2, hang...)
}

// hangWord reports whether a word in small letters is "hàng" or "hằng".
func hangWord(lw string) bool { return lw == "hàng" || lw == "hằng" }

// hangMinority reports each "hàng" of a group of hangGroups against the
// first "hằng".
func hangMinority(g []spot, report func(s, usual spot, n int)) {
	variantAgainstFirst(g, "hằng", "hàng", report)
}
