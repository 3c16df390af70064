package notice

import (
	"strconv"
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
)

// Numbering styles of a level of numbered parts.
const (
	StyleRoman   = "I"   // I. II. III.
	StyleArabic  = "1"   // 1. 2. 3.
	StyleNested  = "1.1" // 2.1. 2.2. (the parent's number, a dot, this one)
	StyleLetter  = "a"   // a) b) c) d) đ) e) g) ...
	StyleDash    = "-"   // - (no number)
	StylePlus    = "+"   // + (no number)
	defaultStyle = StylePlus
)

var numberingStyles = []string{StyleRoman, StyleArabic, StyleNested, StyleLetter, StyleDash, StylePlus}

// DefaultNumbering is structure B of the decree (spec §7.4): mục I., khoản
// 1., điểm a), then "-" and "+".
var DefaultNumbering = Numbering{StyleRoman, StyleArabic, StyleLetter, StyleDash, StylePlus}

// Numbering is the style of each level, outermost first.
type Numbering []string

func (n *Numbering) decodeTOML(v value) {
	elems, ok := v.v.([]any)
	if !ok {
		v.wrongType(kindArray)
		return
	}
	out := make(Numbering, 0, len(elems))
	for i, e := range elems {
		if s, ok := enumValue(value{d: v.d, path: joinIndex(v.path, i), v: e}, numberingStyles); ok {
			out = append(out, s)
		}
	}
	*n = out
}

// Style returns the style of level (0 is outermost); deeper levels than
// given reuse the last.
func (n Numbering) Style(level int) string {
	if len(n) == 0 {
		n = DefaultNumbering
	}
	if level < len(n) {
		return n[level]
	}
	return n[len(n)-1]
}

// Marker returns the marker of the i-th part (from 1) in style, given the
// marker of its parent for nested numbers: "II.", "3.", "2.1.", "đ)", "-".
func Marker(style string, i int, parent string) string {
	switch style {
	case StyleRoman:
		return cite.Roman(i) + "."
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
// (spec §7.3).
var VietnameseLetters = []string{"a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y"}

// Letter returns the i-th list letter (from 1): a, b, ..., y, then aa, bb...
func Letter(i int) string {
	if i < 1 {
		return "?"
	}
	n := len(VietnameseLetters)
	return strings.Repeat(VietnameseLetters[(i-1)%n], (i-1)/n+1)
}

// PersonForm is how a person is named in the text: "comrade" or "title".
type PersonForm string

const (
	FormComrade PersonForm = "comrade" // đồng chí <name>, <title>[, <role>]
	FormTitle   PersonForm = "title"   // <title> <name>[, <role>]
)

func (f *PersonForm) decodeTOML(v value) {
	if s, ok := enumValue(v, []string{string(FormComrade), string(FormTitle)}); ok {
		*f = PersonForm(s)
	}
}
