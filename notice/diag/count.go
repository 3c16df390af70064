package diag

import "strconv"

// Count writes a number as a reader of each language groups its digits:
// "1.600.000" in Vietnamese, "1,600,000" in English. Numbers of four
// digits are grouped too ("2.000"), as the decree's texts write them.
func Count[N ~int | ~int64](n N) Text {
	return Text{VI: grouped(int64(n), '.'), EN: grouped(int64(n), ',')}
}

// grouped is n with sep between each group of three digits.
func grouped(n int64, sep byte) string {
	s := strconv.FormatInt(n, 10)
	neg := len(s) > 0 && s[0] == '-'
	if neg {
		s = s[1:]
	}
	out := make([]byte, 0, len(s)+len(s)/3+1)
	if neg {
		out = append(out, '-')
	}
	for i := range len(s) {
		if i > 0 && (len(s)-i)%3 == 0 {
			out = append(out, sep)
		}
		out = append(out, s[i])
	}
	return string(out)
}
