package check

import (
	"strings"
	"sync"
)

// slashDateWordRe is a whole date in figures, its year of four figures,
// typed against the word in small letters after it: "trước ngày
// 30/9/2017để lựa chọn". No letter, figure or slash stands before the
// date, so the tail of a number's code ("12/2017/NĐ-CP") is not one. It
// is tried only where a number starts (a leadExpr): run over a whole
// text, the regexp package tried its lead class from every byte.
var slashDateWordRe = sync.OnceValue(func() *leadExpr {
	x := newLeadExpr(``, `[^\d/\p{L}]`, `(\d{1,2}/\d{1,2}/(?:19|20)\d\d)(\p{Ll}{2,})`)
	x.at = dateThenWordAt
	return x
})

// gluedSlashDate reports a date in figures glued to the word after it in
// the prose ("30/9/2017để" for "30/9/2017 để"): a date ends with its
// year's figures, and the word after it is parted by a space as any is.
func gluedSlashDate(p *Pass) {
	for _, seg := range p.View.textSegs() {
		if strings.Count(seg.Text, "/") < 2 {
			continue
		}
		for _, m := range slashDateWordRe().findAllIn(p.View, seg.Text) {
			if quoted(seg.Text, m[2]) {
				continue
			}
			date, word := seg.Text[m[2]:m[3]], seg.Text[m[4]:m[5]]
			reportGlued(p, seg, m[4], date, word)
		}
	}
}
