package check

import "strings"

// yearRangeGroups groups the spans of years a notice writes ("năm học
// 2018-2019", "giai đoạn 2021 – 2025") by their two years, each spot's
// variant the dash and spaces between them: one school year written
// "2022-2023" and "2022 – 2023" in one notice is one term written two
// ways. A year is four digits starting 19 or 20, standing alone.
func yearRangeGroups(segs []*Seg) [][]spot {
	groups := map[string][]spot{}
	for _, s := range segs {
		t := s.Text
		eachYearSpan(t, func(a, b int) {
			k := t[a:a+4] + "|" + t[b:b+4]
			groups[k] = append(groups[k], spot{seg: s, off: a, end: b + 4, form: t[a : b+4], variant: t[a+4 : b], diffOff: a + 4})
		})
	}
	return sortedGroups(groups)
}

// eachYearSpan calls fn for each span of two years joined by a dash in t,
// the first year at t[a:a+4], the second at t[b:b+4], left to right.
func eachYearSpan(t string, fn func(a, b int)) {
	if !strings.Contains(t, "-") && !strings.Contains(t, "–") && !strings.Contains(t, "—") {
		return // no span: a literal look before the scan
	}
	d := newDigitScan(t)
	for a := d.next(0); a >= 0 && a+4 <= len(t); a = d.next(a + 1) {
		if !isYearAt(t, a) {
			continue
		}
		b := dashGapEnd(t, a+4)
		if b == a+4 || !dashGap(t[a+4:b]) || !isYearAt(t, b) {
			continue
		}
		fn(a, b)
		a = b + 3
	}
}

// yearMinority reports the spots of a group of year spans not written the
// usual way. The usual way is a lawful gap, a hyphen with no space or a
// space on each side ("2022-2023", "2022 - 2023"), before a dash with
// spaces on each side or none ("2022 – 2023"), before a gap with a space
// on one side only ("2022 -2023", "2018- 2019"), which is a slip however
// often it is written; among gaps of one kind, the most used, then the
// first written.
func yearMinority(g []spot, report func(s, usual spot, n int)) {
	count := map[string]int{}
	first := map[string]spot{}
	for _, s := range g {
		if count[s.variant]++; count[s.variant] == 1 {
			first[s.variant] = s
		}
	}
	if len(count) < 2 {
		return
	}
	usual := g[0].variant
	for _, s := range g {
		a, b := yearGapKind(s.variant), yearGapKind(usual)
		if a < b || a == b && count[s.variant] > count[usual] {
			usual = s.variant
		}
	}
	for _, s := range g {
		if s.variant != usual {
			report(s, first[usual], count[usual])
		}
	}
}

// yearGapKind ranks the gap between two years: 0 lawful, 1 a dash
// spaced evenly, 2 a space on one side only.
func yearGapKind(gap string) int {
	switch {
	case gap == "-" || gap == " - ":
		return 0
	case strings.HasPrefix(gap, " ") == strings.HasSuffix(gap, " "):
		return 1
	}
	return 2
}

// isYearAt reports whether t holds a year at i: "19" or "20" and two more
// digits, no digit on either side.
func isYearAt(t string, i int) bool {
	if i+4 > len(t) || i > 0 && isDigit(t[i-1]) || i+4 < len(t) && isDigit(t[i+4]) {
		return false
	}
	if p := t[i : i+2]; p != "19" && p != "20" {
		return false
	}
	return isDigit(t[i+2]) && isDigit(t[i+3])
}

// dashGapEnd is where the spaces and dashes from i in t end.
func dashGapEnd(t string, i int) int {
	for i < len(t) {
		switch {
		case t[i] == ' ' || t[i] == '-':
			i++
		case strings.HasPrefix(t[i:], "–") || strings.HasPrefix(t[i:], "—"):
			i += len("–")
		default:
			return i
		}
	}
	return i
}

// digitScan finds the bytes '1' and '2' of a text, where a year of
// isYearAt starts, in order: each by strings.IndexByte, rather than
// every byte asked in turn.
type digitScan struct {
	t      string
	n1, n2 int // the next '1' and '2' found, -1 when none is left
}

func newDigitScan(t string) *digitScan {
	return &digitScan{t: t, n1: indexByteFrom(t, 0, '1'), n2: indexByteFrom(t, 0, '2')}
}

// next is the first '1' or '2' at from or after, -1 when none.
func (d *digitScan) next(from int) int {
	if d.n1 >= 0 && d.n1 < from {
		d.n1 = indexByteFrom(d.t, from, '1')
	}
	if d.n2 >= 0 && d.n2 < from {
		d.n2 = indexByteFrom(d.t, from, '2')
	}
	switch {
	case d.n1 < 0:
		return d.n2
	case d.n2 < 0:
		return d.n1
	}
	return min(d.n1, d.n2)
}
