package notice

import (
	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/tomlpos"
)

// The numbering styles, as cite names them.
const (
	StyleRoman  = cite.StyleRoman
	StyleArabic = cite.StyleArabic
	StyleNested = cite.StyleNested
	StyleLetter = cite.StyleLetter
	StyleDash   = cite.StyleDash
	StylePlus   = cite.StylePlus
)

// DefaultNumbering is structure B of the decree (spec §7.4): mục I., khoản
// 1., điểm a), then "-" and "+".
var DefaultNumbering = Numbering{StyleRoman, StyleArabic, StyleLetter, StyleDash, StylePlus}

// Numbering is the style of each level, outermost first.
type Numbering []string

// DecodeTOML reads the styles, each one of the known ones.
func (n *Numbering) DecodeTOML(v tomlpos.Value) {
	elems, ok := v.Raw().([]any)
	if !ok {
		v.WrongType(tomlpos.KindArray)
		return
	}
	out := make(Numbering, 0, len(elems))
	for i, e := range elems {
		if s, ok := v.Index(i, e).Enum(cite.Styles); ok {
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

// PersonForm is how a person is named in the text: "comrade" or "title".
type PersonForm string

const (
	FormComrade PersonForm = "comrade" // đồng chí <name>, <title>[, <role>]
	FormTitle   PersonForm = "title"   // <title> <name>[, <role>]
)

// DecodeTOML reads "comrade" or "title".
func (f *PersonForm) DecodeTOML(v tomlpos.Value) {
	if s, ok := v.Enum([]string{string(FormComrade), string(FormTitle)}); ok {
		*f = PersonForm(s)
	}
}
