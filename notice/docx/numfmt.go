package docx

import (
	"strconv"
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
)

// formatNumber writes n in a numFmt of Word. Formats this reader does not
// know (the counting words of each language, most East Asian digits) are
// written in decimal.
func formatNumber(n int, format, custom string) string {
	switch format {
	case "none", "bullet":
		return ""
	case "decimalZero":
		if n >= 0 && n < 10 {
			return "0" + strconv.Itoa(n)
		}
	case "upperRoman":
		return cite.Roman(n)
	case "lowerRoman":
		return strings.ToLower(cite.Roman(n))
	case "upperLetter":
		return strings.ToUpper(letters(n))
	case "lowerLetter":
		return letters(n)
	case "ordinal":
		return strconv.Itoa(n) + ordinalSuffix(n)
	case "decimalEnclosedCircle", "decimalEnclosedCircleChinese":
		if n >= 1 && n <= 20 {
			return string(rune(0x2460 + n - 1))
		}
	case "decimalEnclosedParen":
		return "(" + strconv.Itoa(n) + ")"
	case "decimalEnclosedFullstop":
		return strconv.Itoa(n) + "."
	case "decimalFullWidth", "decimalFullWidth2":
		return fullWidth(strconv.Itoa(n))
	case "chicago":
		return chicago(n)
	case "hex":
		if n >= 0 {
			return strings.ToUpper(strconv.FormatInt(int64(n), 16))
		}
	case "custom":
		return customNumber(n, custom)
	}
	return strconv.Itoa(n)
}

// letters is Word's lowerLetter: a to z, then aa to zz, and so on. It is
// not the Vietnamese alphabet of điểm (no đ, and f, j, w, z are used).
func letters(n int) string {
	if n <= 0 {
		return strconv.Itoa(n)
	}
	count := min((n-1)/26+1, MaxLabelLen)
	return strings.Repeat(string(rune('a'+(n-1)%26)), count)
}

func ordinalSuffix(n int) string {
	if n%100 >= 11 && n%100 <= 13 {
		return "th"
	}
	switch n % 10 {
	case 1:
		return "st"
	case 2:
		return "nd"
	case 3:
		return "rd"
	}
	return "th"
}

func fullWidth(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r >= '0' && r <= '9' {
			r += 0xFF10 - '0'
		}
		b.WriteRune(r)
	}
	return b.String()
}

func chicago(n int) string {
	if n <= 0 {
		return strconv.Itoa(n)
	}
	marks := []string{"*", "†", "‡", "§"}
	return strings.Repeat(marks[(n-1)%4], min((n-1)/4+1, MaxLabelLen/3))
}

// customNumber reads the w14 custom formats Word writes for zero-padded
// numbers ("001, 002, 003, ..."): as many digits as the first sample.
func customNumber(n int, format string) string {
	first, _, _ := strings.Cut(format, ",")
	first = strings.TrimSpace(first)
	if first == "" || strings.Trim(first, "0123456789") != "" || len(first) > 9 {
		return strconv.Itoa(n)
	}
	s := strconv.Itoa(n)
	for len(s) < len(first) {
		s = "0" + s
	}
	return s
}

// superscript writes the digits and small letters of s as superscript
// characters, the way a note reference is printed (Word numbers
// endnotes i, ii, iii by default); other characters are left as they
// are. "q", which has no superscript form, stays as it is.
func superscript(s string) string {
	sup := []rune("⁰¹²³⁴⁵⁶⁷⁸⁹")
	small := []rune("ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖqʳˢᵗᵘᵛʷˣʸᶻ")
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			r = sup[r-'0']
		case r >= 'a' && r <= 'z':
			r = small[r-'a']
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Superscript writes s as a note reference is printed: its digits and
// small letters in superscript (package doc prints a .doc's notes so).
func Superscript(s string) string { return superscript(s) }
