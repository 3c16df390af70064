package check

import (
	"strconv"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

var (
	// dotNumberRe is a khoản numbered as the decree writes it: "2. ",
	// a word after. "1.1." and "2.5 ha" have no space after the period.
	dotNumberRe = lazyre.New(`^(\d{1,2})\.[ \t\x{00A0}]+\p{L}`)
	// parenLetterRe is a điểm lettered as the decree writes it: "b) ".
	parenLetterRe = lazyre.New(`^([a-zđ])\)[ \t\x{00A0}]+\p{L}`)
)

// strayMarks reports the one point of a list numbered or lettered as
// the decree writes it ("1.", "2.", or "a)") that takes another mark
// while it goes on with the number or letter after the point before it
// ("1. ...", "2) ...", "3. ..."; "a) ...", "b. ..."): styledMarks reads a
// list only from its first point, so a single slip inside a list of the
// decree's marks passed. A list marked so from its first point is
// styledMarks's; a table between two khoản does not part them.
func strayMarks(p *Pass, starts []lineStart, party bool) {
	numbers := []markStyle{slashNumbers, parenNumbers}
	if !party {
		numbers = append(numbers, dashNumbers)
	}
	lastNumber, lastLetter := 0, 0 // the decree-marked point before, 0 for none
	for _, l := range starts {
		if l.seg == nil {
			continue
		}
		t := l.text()
		if m := dotNumberRe().FindStringSubmatch(t); m != nil {
			lastNumber, _ = strconv.Atoi(m[1])
			lastLetter = 0
			continue
		}
		if m := parenLetterRe().FindStringSubmatch(t); m != nil {
			lastLetter = letterIndexOf(m[1])
			continue
		}
		if straySay(p, l, numbers, lastNumber) {
			lastNumber++
			lastLetter = 0
			continue
		}
		if straySay(p, l, []markStyle{dotLetters}, lastLetter) {
			lastLetter++
			continue
		}
		if anyStyle(t, numbers) {
			lastNumber, lastLetter = 0, 0
		}
	}
}

// straySay reports the line when it starts with a mark of one of the
// styles whose number goes on from last (a decree-marked point): true
// when it did.
func straySay(p *Pass, l lineStart, styles []markStyle, last int) bool {
	if last == 0 {
		return false
	}
	for _, st := range styles {
		m := st.re().FindStringSubmatch(l.text())
		if m == nil || st.index(m) != last+1 {
			continue
		}
		p.Report(l.seg, l.off, diag.Msg("%s đánh %q, khác %s trước đó (%q); %s",
			"the %s is marked %q, unlike the %s before it (%q); %s",
			st.what, st.mark(m), st.what, st.want(last), st.rule),
			diag.Msg("viết %q", "write %q", st.want(last+1)))
		return true
	}
	return false
}

func anyStyle(t string, styles []markStyle) bool {
	for _, st := range styles {
		if st.re().MatchString(t) {
			return true
		}
	}
	return false
}

func letterIndexOf(s string) int { return dotLetters.index([]string{s, s}) }
