package check

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
)

// The marks that join two things into one are written close on both
// sides: "đồng/ngày", "02/10/2008", "COVID-19", "GD&ĐT". spacingJoins
// reports such a mark typed with spaces.

// spacingJoins reports, for spacing, a slash with a space beside it
// between figures or small words ("đồng/ ngày", "ngày 02/ 10/ 2008",
// "23 / 7 /2015"), a disease's name and its number spaced from their
// hyphen ("Covid - 19"), and "&" between two abbreviations with a space
// on one side ("GD& ĐT"). A date's spaces ("02/ 10/ 2008") are
// date-padding's, which gives the date its form. A code's slash before its capitals
// ("45/ TB-UBND") is citation-code-space's and number-format's; a blank
// left to fill ("ngày    /    /2025") has no figure beside its slash.
func spacingJoins(p *Pass, seg *Seg) {
	text := seg.Text
	if at := spacedSlash(text); at >= 0 && !inShortDate(text, at) {
		p.Report(seg, at, diag.Msg("dấu cách bên dấu \"/\" trong %q", "a space beside \"/\" in %q", around(text, at)),
			diag.Msg("viết liền dấu \"/\" với chữ, số hai bên", "close \"/\" up to the words or figures on both sides"))
	}
	if m := spacedNumberDash(text); m != nil {
		p.Report(seg, m[0], diag.Msg("dấu cách hai bên dấu gạch nối trong %q", "spaces around the hyphen in %q", text[m[0]:m[1]]),
			diag.Msg("viết %q", "write %q", strings.ReplaceAll(text[m[0]:m[1]], " - ", "-")))
	}
	ampersands(p, seg)
}

// inShortDate reports whether byte at of text is inside a date written
// with slashes ("02/ 10/ 2008"): date-padding gives such a date its form.
func inShortDate(text string, at int) bool {
	for _, d := range cite.FindDates(text) {
		if !d.Long && d.Off <= at && at < d.Off+len(d.Text) {
			return true
		}
	}
	return false
}

// ampersands reports "&" between two abbreviations in capitals glued to
// one and spaced from the other ("GD& ĐT", "KH &CN"). Spaced on both
// sides ("GD & ĐT") it is a way offices write, left alone.
func ampersands(p *Pass, seg *Seg) {
	text := seg.Text
	for from := 0; ; {
		i := strings.IndexByte(text[from:], '&')
		if i < 0 {
			return
		}
		i += from
		from = i + 1
		l := strings.TrimSuffix(text[:i], " ")
		r := strings.TrimPrefix(text[i+1:], " ")
		if (len(l) == i) == (len(r) == len(text)-i-1) {
			continue // "GD&ĐT", "GD & ĐT"
		}
		a, b := wordBefore(l, len(l)), lettersAhead(r)
		if !shortCaps(a) || !shortCaps(b) {
			continue
		}
		end := len(text) - len(r) + len(b)
		p.Report(seg, len(l), diag.Msg("dấu \"&\" có dấu cách một bên trong %q", "\"&\" has a space on one side only in %q", text[len(l)-len(a):end]),
			diag.Msg("viết %q", "write %q", a+"&"+b))
	}
}

// isDigitRune reports whether r is an ASCII digit.
func isDigitRune(r rune) bool { return r >= '0' && r <= '9' }

// shortCaps reports whether w is an abbreviation in capitals of two to
// four letters: "GD", "ĐT", "KH".
func shortCaps(w string) bool {
	n := utf8.RuneCountInString(w)
	return n >= 2 && n <= 4 && isUpper(w)
}

// spacedSlash is the offset of the first slash with a space beside it
// between two figures ("02/ 10", "23 / 7") or after a word in small
// letters before a word in small letters or a figure ("đồng/ ngày",
// "đồng/ 1HS"), or -1.
func spacedSlash(text string) int {
	for from := 0; ; {
		i := strings.IndexByte(text[from:], '/')
		if i < 0 {
			return -1
		}
		i += from
		from = i + 1
		l, r := strings.TrimSuffix(text[:i], " "), strings.TrimPrefix(text[i+1:], " ")
		if len(l) == i && len(r) == len(text)-i-1 || l == "" || r == "" {
			continue
		}
		if len(l) == i && webAddressEnd(text[:i]) {
			continue // "https://site.vn/tin/ trong": the address's last slash
		}
		before, _ := utf8.DecodeLastRuneInString(l)
		after, _ := utf8.DecodeRuneInString(r)
		figures := isDigitRune(before) && isDigitRune(after)
		words := len(l) == i && isLowerRune(before) && (isLowerRune(after) || isDigitRune(after))
		if figures || words {
			return i
		}
	}
}

// webAddressEnd reports whether before ends with a web address glued to
// the slash after it: "tại https://daotao.ulis.vnu.edu.vn/category".
func webAddressEnd(before string) bool {
	f := before[strings.LastIndexAny(before, " \t(")+1:]
	return containsLit(f, "://") || strings.HasPrefix(strings.ToLower(f), "www.")
}

// around is the run of text without spaces on each side of byte at, with
// the spaces between: "đồng/ ngày".
func around(text string, at int) string {
	start := at
	for start > 0 && text[start-1] == ' ' {
		start--
	}
	if k := strings.LastIndexAny(text[:start], " \t"); k >= 0 {
		start = k + 1
	} else {
		start = 0
	}
	end := at + 1
	for end < len(text) && text[end] == ' ' {
		end++
	}
	if k := strings.IndexAny(text[end:], " \t"); k >= 0 {
		end += k
	} else {
		end = len(text)
	}
	return strings.TrimRight(text[start:end], ",;.:")
}

// spacedNumberDash finds a name with a capital spaced from the hyphen
// before its number of one or two figures: "Covid - 19", "COVID - 19".
// A range of years or of figures ("2021 - 2025", "lớp 6 - 9") has figures
// before the dash, and a heading's Roman numeral ("II - 3") is no name;
// nor is a figure that counts years, a word in small letters after them,
// a title's dash before an anniversary ("Bắc Ninh - 30 năm tái lập
// tỉnh"); "Covid - 19 năm 2021" is still said.
func spacedNumberDash(text string) []int {
	for from := 0; ; {
		i := indexLit(text[from:], " - ")
		if i < 0 {
			return nil
		}
		i += from
		from = i + 3
		w := wordBefore(text, i)
		if utf8.RuneCountInString(w) < 3 || isRoman(w) || strings.IndexFunc(w, unicode.IsUpper) < 0 {
			continue
		}
		d := i + 3
		for d < len(text) && isDigit(text[d]) {
			d++
		}
		next, _ := utf8.DecodeRuneInString(text[d:])
		if d == i+3 || d-i-3 > 2 || d < len(text) && (next == '/' || isWordRune(next)) {
			continue
		}
		if yearsCounted(text[d:]) {
			continue // "Bắc Ninh - 30 năm tái lập tỉnh": a title's count of years, no name's number (p92)
		}
		return []int{i - len(w), d}
	}
}

// yearsCounted reports whether rest, what follows a figure, opens with
// " năm" and a word in small letters: the figure counts years ("30 năm
// tái lập"), it does not stand before a year ("19 năm 2021").
func yearsCounted(rest string) bool {
	after, ok := strings.CutPrefix(rest, " năm ")
	if !ok {
		return false
	}
	r, _ := utf8.DecodeRuneInString(after)
	return unicode.IsLower(r)
}
