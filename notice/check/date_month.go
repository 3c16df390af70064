package check

import (
	"strings"
	"unicode/utf8"
)

// monthYears finds a month and year outside a full date ("tháng 9/2024",
// "tháng 9 năm 2024") as the expression
//
//	(?i)(?:^|[^\d\s]\s*|\s)tháng\s+(\d{1,2})(\s*/\s*|\s+năm\s+)(\d{4})
//
// does with FindAllStringSubmatchIndex (held to it by
// TestMonthYearsAsExpression): at each "tháng", in any case, what follows
// is read once, and the match starts where the expression's would, at the
// earliest of the rune before the spaces ahead of it (not a digit) or the
// space right before it, not before the end of the match before.
func monthYears(s string) [][]int {
	var out [][]int
	pos := 0
	for from := 0; ; {
		t := indexThang(s, from)
		if t < 0 {
			return out
		}
		from = t + len("tháng")
		m := monthAfter(s, from)
		if m == nil {
			continue
		}
		p, ok := monthStart(s, t, pos)
		if !ok {
			continue
		}
		out = append(out, append([]int{p, m[0]}, m[1:]...))
		pos, from = m[0], m[0]
	}
}

// monthStart is where a match of monthYears' expression starts for the
// "tháng" at t, searched from pos.
func monthStart(s string, t, pos int) (int, bool) {
	if t == 0 {
		return 0, pos == 0
	}
	q := t
	for q > 0 && asciiSpace(s[q-1]) {
		q--
	}
	if q > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:q])
		if !(r >= '0' && r <= '9') && q-n >= pos {
			return q - n, true // [^\d\s]\s*
		}
	}
	if q < t && t-1 >= pos {
		return t - 1, true // \s
	}
	return 0, false
}

// monthAfter reads \s+(\d{1,2})(\s*/\s*|\s+năm\s+)(\d{4}) at s[i:]: the
// end of the match, then the bounds of its three groups; nil when it does
// not match.
func monthAfter(s string, i int) []int {
	k := skipSpaces(s, i)
	if k == i {
		return nil
	}
	d0, d1 := k, digitsAt(s, k, 2)
	if d1 == d0 {
		return nil
	}
	if d1 < len(s) && s[d1] >= '0' && s[d1] <= '9' {
		return nil // a third digit: neither separator can follow
	}
	// \s*/\s*
	k = skipSpaces(s, d1)
	if k < len(s) && s[k] == '/' {
		y0 := skipSpaces(s, k+1)
		if y1 := digitsAt(s, y0, 4); y1-y0 == 4 {
			return []int{y1, d0, d1, d1, y0, y0, y1}
		}
	}
	// \s+năm\s+
	k = skipSpaces(s, d1)
	if k == d1 || !hasNamAt(s, k) {
		return nil
	}
	y0 := skipSpaces(s, k+len("năm"))
	if y0 == k+len("năm") {
		return nil
	}
	if y1 := digitsAt(s, y0, 4); y1-y0 == 4 {
		return []int{y1, d0, d1, d1, y0, y0, y1}
	}
	return nil
}

// indexThang is the offset of the first "tháng", in any case, in s from
// from on; -1 when there is none. Its "á" starts with 0xC3, found by
// strings.IndexByte many bytes at a time (held to the byte by byte walk
// by TestIndexNgayThang).
func indexThang(s string, from int) int {
	for p := from + 2; p+len("tháng")-2 <= len(s); p++ {
		k := strings.IndexByte(s[p:len(s)-len("áng")+1], 0xc3)
		if k < 0 {
			return -1
		}
		p += k
		if i := p - 2; s[i]|0x20 == 't' && s[i+1]|0x20 == 'h' && (s[i+3] == 0xa1 || s[i+3] == 0x81) && s[i+4]|0x20 == 'n' && s[i+5]|0x20 == 'g' {
			return i
		}
	}
	return -1
}

// hasNamAt reports whether "năm", in any case, stands at s[i:].
func hasNamAt(s string, i int) bool {
	return i+len("năm") <= len(s) && s[i]|0x20 == 'n' && s[i+1] == 0xc4 && (s[i+2] == 0x83 || s[i+2] == 0x82) && s[i+3]|0x20 == 'm'
}

// skipSpaces is the end of the run of \s at s[i:].
func skipSpaces(s string, i int) int {
	for i < len(s) && asciiSpace(s[i]) {
		i++
	}
	return i
}
