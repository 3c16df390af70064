package check

import "unicode/utf8"

// dayDates finds the dates the text gives a day of, as dayDateRe's
// expression
//
//	(?i)(?:^|(?-i:[^0-9A-Za-z_]))ngày\s+(\d{1,2})/(\d{1,2})/(\d+)\b
//
// does with FindAllStringSubmatchIndex on a valid UTF-8 text (held to it
// by TestDayDatesAsExpression and FuzzDayDates): "ngày" in any case, at
// the start or after a character that is no ASCII letter, digit or "_"
// (the match starts at that character); ASCII white space; day and month
// of one or two digits and a year of any number, parted by "/", no ASCII
// letter, digit or "_" after it. A text that is not valid UTF-8 is
// given to the expression (its characters are not what a decoding of its
// bytes back from "ngày" reads). dateUnreal asked the expression at each
// "ngày" that spaceThenDate let through, some 4,000 instructions a try.
func dayDates(s string) [][]int { return dayDatesValid(s, utf8.ValidString(s)) }

// dayDatesValid is dayDates of s, valid telling whether s is valid UTF-8
// (the view's index of a text tells it: View.validUTF8).
func dayDatesValid(s string, valid bool) [][]int {
	if !valid {
		return dayDateRe().re().FindAllStringSubmatchIndex(s, -1)
	}
	var out [][]int
	for i := 0; i < len(s); {
		j := indexNgay(s, i)
		if j < 0 {
			break
		}
		i = j + len("ngày")
		start := j
		if j > 0 {
			r, w := utf8.DecodeLastRuneInString(s[:j])
			if r < utf8.RuneSelf && asciiWord(byte(r)) {
				continue
			}
			start = j - w
		}
		if m := dayDateAt(s, i); m != nil {
			m[0] = start
			out = append(out, m)
			i = m[1]
		}
	}
	return out
}

// dayDateAt is the match of `\s+(\d{1,2})/(\d{1,2})/(\d+)\b` at s[i:], its
// start left 0, nil when there is none.
func dayDateAt(s string, i int) []int {
	k := i
	for k < len(s) && asciiSpace(s[k]) {
		k++
	}
	if k == i {
		return nil
	}
	d0, d1 := k, digitsAt(s, k, 3)
	if d1 == d0 || d1-d0 > 2 || d1 >= len(s) || s[d1] != '/' {
		return nil
	}
	m0, m1 := d1+1, digitsAt(s, d1+1, 3)
	if m1 == m0 || m1-m0 > 2 || m1 >= len(s) || s[m1] != '/' {
		return nil
	}
	y0, y1 := m1+1, digitsAt(s, m1+1, len(s))
	if y1 == y0 || y1 < len(s) && asciiWord(s[y1]) {
		return nil
	}
	return []int{0, y1, d0, d1, m0, m1, y0, y1}
}
