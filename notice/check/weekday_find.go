package check

import "strings"

// The regular expressions of weekday-date start with no literal, so the
// regexp package tries them from every byte of a text. Every match holds
// a day of the week, which starts "Thứ", "thứ", "Chủ" or "chủ": the
// finders below take where those stand from the words of the text that
// hold them (weekdayPlaces) and try the expressions only there, finding
// the matches FindAllStringSubmatchIndex finds.

// weekdayStarts are the words that hold "[Tt]hứ" or "[Cc]hủ": the four
// letters are letters, so each of them stands inside one word of the
// text index ("thứ", or glued, "Ngàythứ").
var weekdayStarts = newStartSet(func(x *lexeme) bool { return nextWeekday(x.text, 0) >= 0 })

// weekdayPlaces returns the offsets of every "[Tt]hứ" and "[Cc]hủ" of
// t, ascending, read in the words of t that hold them.
func weekdayPlaces(v *View, t string) []int {
	words := v.index(t).words
	var out []int
	for _, k := range v.startsOf(t, weekdayStarts) {
		w := words[k]
		for i := nextWeekday(w.text, 0); i >= 0; i = nextWeekday(w.text, i+1) {
			out = append(out, w.off+i)
		}
	}
	return out
}

// nextPlace returns the first of the offsets at or after from, or -1.
func nextPlace(offs []int, from int) int {
	for _, o := range offs {
		if o >= from {
			return o
		}
	}
	return -1
}

// nextWeekday returns the index of the first "[Tt]hứ" or "[Cc]hủ" of t
// at or after from, or -1.
func nextWeekday(t string, from int) int {
	for i := from + 1; i+4 <= len(t); i++ {
		// "ứ" is E1 BB A9, "ủ" E1 BB A7.
		j := indexLit(t[i:], "h\xe1\xbb")
		if j < 0 {
			return -1
		}
		i += j
		if i+4 > len(t) {
			return -1
		}
		switch c := t[i-1]; {
		case t[i+3] == 0xa9 && (c == 'T' || c == 't'),
			t[i+3] == 0xa7 && (c == 'C' || c == 'c'):
			return i - 1
		}
	}
	return -1
}

// dayThenDates returns dayThenDate's matches in t, whose days of the
// week stand at days (weekdayPlaces): each match starts at one, so the
// anchored expression is tried at each.
func dayThenDates(t string, days []int) [][]int {
	var out [][]int
	for pos := 0; pos < len(t); {
		i := nextPlace(days, pos)
		if i < 0 {
			break
		}
		m := dayThenDateAt().FindStringSubmatchIndex(t[i:])
		if m == nil {
			pos = i + 1
			continue
		}
		shiftMatch(m, i)
		out = append(out, m)
		pos = m[1]
	}
	return out
}

// dateThenDays returns dateThenDay's matches in t, whose days of the
// week stand at days (weekdayPlaces). Each ends with "(",
// spaces, a day of the week and the first ")" after it, and starts at a
// date whose bytes (figures, spaces, "/", "tháng", "năm") run up to that
// "(": for each such bracket the expression is run over that window
// alone, from the last byte before it no date holds to its ")".
func dateThenDays(t string, days []int) [][]int {
	var out [][]int
	for pos, from := 0, 0; ; {
		i := nextPlace(days, from)
		if i < 0 {
			break
		}
		from = i + 1
		q := i - 1
		for q >= 0 && isRESpace(t[q]) {
			q--
		}
		if q < pos || t[q] != '(' {
			continue
		}
		hi := indexByteFrom(t, i, ')')
		if hi < 0 {
			break
		}
		hi++
		lo := q
		for lo > pos && dateByte[t[lo-1]] {
			lo--
		}
		m := dateThenDay().FindStringSubmatchIndex(t[lo:hi])
		if m == nil {
			continue
		}
		shiftMatch(m, lo)
		out = append(out, m)
		pos = m[1]
		from = max(from, pos)
	}
	return out
}

// isRESpace tells the bytes `\s` matches.
func isRESpace(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\f' || b == '\r'
}

// dateByte holds every byte of datePat's matches: figures, `\s`, "/",
// and the letters of "tháng" and "năm".
var dateByte = func() (set [256]bool) {
	for _, s := range []string{"0123456789", " \t\n\f\r/", "tháng", "năm"} {
		for i := 0; i < len(s); i++ {
			set[s[i]] = true
		}
	}
	return set
}()

// indexByteFrom returns the index of the first c of t at or after from,
// or -1.
func indexByteFrom(t string, from int, c byte) int {
	j := strings.IndexByte(t[from:], c)
	if j < 0 {
		return -1
	}
	return from + j
}

// shiftMatch adds off to the set indices of m.
func shiftMatch(m []int, off int) {
	for k := range m {
		if m[k] >= 0 {
			m[k] += off
		}
	}
}
