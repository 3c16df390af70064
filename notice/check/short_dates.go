package check

import "unicode/utf8"

// shortDates finds the short dates of a text, as shortDateRe's expression
//
//	(?:^|[^\d/.])(\d{1,2})/(\d{1,2})/(\d{4})(?:$|[^\d/])
//
// does with FindAllStringSubmatchIndex on a valid UTF-8 text (held to it
// by TestShortDatesAsExpression and FuzzShortDates): a day and a month of
// one or two digits and a year of four, parted by "/", at the start or
// after a character that is no digit, "/" or "." (the match starts at
// it), and at the end or before a character that is no digit or "/" (the
// match takes it, so that a date right after it, "1/2/2003 4/5/2006", has
// no character of its own before it and is not found). A text that is
// not valid UTF-8 is given to the expression. fullDates tried the
// expression at each figure a date stood at, some 4,000 instructions a
// try, after looking at every byte.
func shortDates(s string, valid bool) [][]int {
	if !valid {
		return shortDateRe().re().FindAllStringSubmatchIndex(s, -1)
	}
	var out [][]int
	e := 0 // the end of the last match
	for i := 0; i < len(s); {
		k := indexSlash(s, i)
		if k < 0 {
			break
		}
		i = k + 1
		d0 := k
		for d0 > 0 && isDigit(s[d0-1]) {
			d0--
		}
		if k-d0 < 1 || k-d0 > 2 {
			continue
		}
		start := d0
		if d0 > 0 {
			r, w := utf8.DecodeLastRuneInString(s[:d0])
			if r == '/' || r == '.' {
				continue // a digit is not before it: the run above started there
			}
			start = d0 - w
		}
		if start < e {
			continue
		}
		m := shortDateAfter(s, d0, k)
		if m == nil {
			continue
		}
		m[0] = start
		out = append(out, m)
		e, i = m[1], m[1]
	}
	return out
}

// shortDateAfter is the match of `(\d{1,2})/(\d{1,2})/(\d{4})(?:$|[^\d/])`
// whose day runs from d0 to the "/" at k, its start left 0; nil if none.
func shortDateAfter(s string, d0, k int) []int {
	m0, m1 := k+1, digitsAt(s, k+1, 3)
	if m1 == m0 || m1-m0 > 2 || m1 >= len(s) || s[m1] != '/' {
		return nil
	}
	y0, y1 := m1+1, digitsAt(s, m1+1, 5)
	if y1-y0 != 4 {
		return nil
	}
	end := y1
	if y1 < len(s) {
		if s[y1] == '/' {
			return nil
		}
		_, w := utf8.DecodeRuneInString(s[y1:])
		end += w
	}
	return []int{0, end, d0, k, m0, m1, y0, y1}
}

// indexSlash is the offset of the first "/" in s from from on, -1 when
// there is none.
func indexSlash(s string, from int) int {
	for i := from; i < len(s); i++ {
		if s[i] == '/' {
			return i
		}
	}
	return -1
}
