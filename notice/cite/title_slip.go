package cite

import (
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// TitleSlip reads a tên loại line written with a mark lost or wrong
// ("THÔNG BAO", "THONG BÁO", "QUYÊT ĐỊNH", "BAO CÁO", "THÔNG BẢO"): a
// line in capitals of two words or more that TitleType does not read,
// whose letters without their marks are those of one type's name, and
// that keeps a mark of its own. A line with no mark left ("THONG BAO") is
// a text typed without marks, the no-diacritics reading's; a letter
// other than the name's (OCR's "THÔNG BÁ0") is no slip of marks. It
// gives the type and its tên loại written right ("THÔNG BÁO").
func TitleSlip(line string) (DocType, string, bool) {
	line = strings.TrimSpace(line)
	if line == "" || len(line) > 40 || strings.ToUpper(line) != line || !strings.Contains(line, " ") {
		return DocType{}, "", false
	}
	if _, ok := TitleType(line); ok {
		return DocType{}, "", false
	}
	bare := Unmarked(line)
	if bare == line {
		return DocType{}, "", false // no mark kept
	}
	s, ok := titleSlips()[strings.Join(strings.Fields(bare), " ")]
	return s.t, s.title, ok && s.title != ""
}

// titleSlip is a tên loại of titleTypes and the type it names.
type titleSlip struct {
	t     DocType
	title string // in capitals, with its marks: "THÔNG BÁO"
}

// titleSlips files the tên loại of titleTypes of two words or more under
// their letters without marks ("THONG BAO"). Two names of one such form
// would leave a slip's type unknown: the form is kept with no title.
var titleSlips = sync.OnceValue(func() map[string]titleSlip {
	m := map[string]titleSlip{}
	for k, t := range titleTypes() {
		title := strings.ToUpper(k)
		if !strings.Contains(title, " ") {
			continue
		}
		bare := Unmarked(title)
		if _, dup := m[bare]; dup {
			m[bare] = titleSlip{}
			continue
		}
		m[bare] = titleSlip{t, title}
	}
	return m
})

// Unmarked is s without its Vietnamese marks, Đ and đ made D and d: the
// letters a word is typed with before its marks.
func Unmarked(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == 'Đ':
			r = 'D'
		case r == 'đ':
			r = 'd'
		}
		b.WriteRune(r)
	}
	return b.String()
}
