package cite

import (
	"strconv"
	"strings"
)

// List numbering has one owner, here: the renderers write markers with it
// and the readers and the checker read them back with it.

// Numbering styles of a level of numbered parts.
const (
	StyleRoman  = "I"   // I. II. III.
	StyleArabic = "1"   // 1. 2. 3.
	StyleNested = "1.1" // 2.1. 2.2. (the parent's number, a dot, this one)
	StyleLetter = "a"   // a) b) c) d) đ) e) g) ...
	StyleDash   = "-"   // - (no number)
	StylePlus   = "+"   // + (no number)
)

// Styles lists the numbering styles.
var Styles = []string{StyleRoman, StyleArabic, StyleNested, StyleLetter, StyleDash, StylePlus}

// Marker returns the marker of the i-th part (from 1) in style, given the
// marker of its parent for nested numbers: "II.", "3.", "2.1.", "đ)", "-".
func Marker(style string, i int, parent string) string {
	switch style {
	case StyleRoman:
		return Roman(i) + "."
	case StyleArabic:
		return strconv.Itoa(i) + "."
	case StyleNested:
		p := strings.TrimSuffix(strings.TrimSuffix(parent, "."), ")")
		if p == "" {
			return strconv.Itoa(i) + "."
		}
		return p + "." + strconv.Itoa(i) + "."
	case StyleLetter:
		return Letter(i) + ")"
	case StyleDash:
		return "-"
	}
	return "+"
}

// VietnameseLetters is the alphabet of điểm: no f, j, w, z, and đ after d
// (Phụ lục I, Mục II, khoản 6 of Nghị định 30).
var VietnameseLetters = []string{"a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y"}

// Letter returns the i-th list letter (from 1): a, b, ..., y, then aa, bb...
func Letter(i int) string {
	if i < 1 {
		return "?"
	}
	n := len(VietnameseLetters)
	return strings.Repeat(VietnameseLetters[(i-1)%n], (i-1)/n+1)
}

// LetterIndex returns the place of a list letter (from 1), or 0 when l is
// not one of the Vietnamese list letters ("f", "w" ...).
func LetterIndex(l string) int {
	for i, v := range VietnameseLetters {
		if v == l {
			return i + 1
		}
	}
	return 0
}

// Roman writes 1 to 3999 in Roman numerals.
func Roman(n int) string {
	if n <= 0 || n >= 4000 {
		return strconv.Itoa(n)
	}
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var b strings.Builder
	for i, v := range vals {
		for n >= v {
			b.WriteString(syms[i])
			n -= v
		}
	}
	return b.String()
}

// RomanValue reads a Roman numeral written the usual way ("IV", "XII"),
// or returns 0.
func RomanValue(s string) int {
	if s == "" || len(s) > 15 {
		return 0
	}
	total, prev := 0, 0
	for i := len(s) - 1; i >= 0; i-- {
		v := romanDigit(s[i])
		if v == 0 {
			return 0
		}
		if v < prev {
			total -= v
		} else {
			total += v
			prev = v
		}
	}
	if Roman(total) != s {
		return 0
	}
	return total
}

func romanDigit(c byte) int {
	switch c {
	case 'I':
		return 1
	case 'V':
		return 5
	case 'X':
		return 10
	case 'L':
		return 50
	case 'C':
		return 100
	case 'D':
		return 500
	case 'M':
		return 1000
	}
	return 0
}

// HasMarker reports whether s starts with a list marker: "II.", "2.1.",
// "3.", "đ)", "-" or "+", followed by space, the end, or a letter typed
// without the space ("-Mục"); markerEnd reads it.
func HasMarker(s string) bool {
	_, _, ok := markerEnd(s)
	return ok
}

// ParseMarker returns the list marker s starts with, as written ("II.",
// "a)", "-"), and the offset where the text after it starts; "" and 0
// when s has none.
func ParseMarker(s string) (marker string, rest int) {
	end, letter, ok := markerEnd(s)
	if !ok {
		return "", 0
	}
	if letter >= 0 { // a letter right after the marker: "-Mục"
		end = letter
	}
	return strings.TrimRight(s[:end], " \t\u00a0"), end
}
