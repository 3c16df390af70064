package check

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// issuerThenDate reports whether a citation with no date after its
// number names its issuer and then its date: "Quyết định số 205/QĐ-UBND
// của Ủy ban nhân dân tỉnh Bắc Giang ngày 19 tháng 3 năm 2021 về việc
// ...". The date is there, out of the decree's order (number, date,
// issuer). The date must follow the issuer's name before the clause
// turns ("về", a comma, a stop): "của UBND tỉnh về việc tổ chức hội
// nghị ngày 5/3/2024" dates the meeting, not the document.
func issuerThenDate(c cited) bool {
	rest := c.seg.Text[c.End:]
	if !containsLit(rest, "ngày") {
		return false // literal prefilter
	}
	m := issuerThenDateRe().FindStringSubmatchIndex(rest)
	if m == nil {
		return false
	}
	ws := strings.Fields(rest[m[2]:m[3]])
	for i, w := range ws {
		if w == "và" && i+1 < len(ws) && upperRune(firstRune(ws[i+1])) {
			continue // "Sở Giáo dục và Đào tạo": a "và" inside the name
		}
		if clauseTurns()[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

var issuerThenDateRe = lazyre.New(`^[\s\x{00A0}]*,?[\s\x{00A0}]*(?:của|do)[\s\x{00A0}]+(\p{Lu}[^,;:.()"“]{0,80}?)[\s\x{00A0}]+ngày[\s\x{00A0}]+\d{1,2}(?:[\s\x{00A0}]*[/.-][\s\x{00A0}]*\d{1,2}[\s\x{00A0}]*[/.-][\s\x{00A0}]*\d{4}|[\s\x{00A0}]+tháng[\s\x{00A0}]+\d{1,2}[\s\x{00A0}]+năm[\s\x{00A0}]+\d{4})`)

// undotted reads a citation whose code has a "." inside it, as some
// offices write theirs ("Thông báo số 26/TB-VP.UBND ngày 06 tháng 02 năm
// 2018 của Văn phòng UBND tỉnh"): the number is read up to the "." only,
// so its date and issuer are read again past the rest of the code. A "."
// that ends the sentence ("số 26/TB-VP. Ngày ...", "số 26/TB-VP.Căn cứ")
// is not inside a code: the part after it must be a group of capitals
// and digits standing alone.
func undotted(c cited) cited {
	s := c.seg.Text
	if c.DateOff >= 0 || c.End+1 >= len(s) || s[c.End] != '.' || !dottedGroup(s[c.End+1:]) {
		return c
	}
	t := s[:c.End] + "-" + s[c.End+1:]
	for _, o := range cite.FindCitations(t) {
		if o.Off == c.Off {
			c.Date, c.DateOff, c.Issuer, c.Subject, c.End = o.Date, o.DateOff, o.Issuer, o.Subject, o.End
			return c
		}
	}
	return c
}

// dottedGroup reports whether s starts with a code group of capitals and
// digits ("UBND", "UBND-KT") that a letter does not go on from.
func dottedGroup(s string) bool {
	n := 0
	for n < len(s) {
		r, w := utf8.DecodeRuneInString(s[n:])
		if !(isUpperRune(r) || unicode.IsDigit(r) && n > 0 || r == '&' && n > 0 || r == '-' && n > 0) {
			break
		}
		n += w
	}
	if n == 0 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[n:])
	return n == len(s) || !isLetter(r)
}
