package check

import (
	"strings"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
)

// gluedFigureMarks reports a semicolon glued between two figures of a
// list ("Ngày 04;11;18; 25"; a decimal takes "," or ".", never ";") and a
// unit with its power glued to the bracket after it ("5,721 m3(năm phẩy
// ..."), which the "(" after a small letter (glued) does not see.
func gluedFigureMarks(p *Pass, seg *Seg) {
	text := seg.Text
	semi, paren := gluedSemicolon(text), gluedUnitBracket(text)
	switch {
	case semi >= 0 && (paren < 0 || semi < paren):
		p.Report(seg, semi+1, diag.Msg("thiếu dấu cách sau dấu \";\" trong %q", "a space is missing after \";\" in %q", around(text, semi)),
			diag.Msg("thêm dấu cách sau dấu \";\"", "add a space after \";\""))
	case paren >= 0:
		p.Report(seg, paren, diag.Msg("thiếu dấu cách trước \"(\"", "a space is missing before \"(\""))
	}
}

// gluedSemicolon is the offset of the first ";" of text between two
// digits, -1 when none: found from one ";" to the next (strings.IndexByte).
func gluedSemicolon(text string) int {
	if len(text) < 3 {
		return -1
	}
	for i := nextByte(text, ';', 0); i >= 0 && i+1 < len(text); i = nextByte(text, ';', i) {
		if isDigit(text[i-1]) && isDigit(text[i+1]) {
			return i
		}
	}
	return -1
}

// gluedUnitBracket is the offset of the first "(" of text, not its last
// byte, glued to a unit with its power (unitPower) or to a figure and
// opening a word of two letters or more (wordOpens), -1 when none.
func gluedUnitBracket(text string) int {
	if len(text) < 3 {
		return -1
	}
	for i := nextByte(text, '(', 0); i >= 0 && i+1 < len(text); i = nextByte(text, '(', i) {
		if isDigit(text[i-1]) && (unitPower(text[:i]) || wordOpens(text[i+1:])) {
			return i
		}
	}
	return -1
}

// unitPower reports whether s ends with a unit of area or volume written
// with its power: "m2", "m3", "km2", "cm3", after a space or at the start.
func unitPower(s string) bool {
	for _, u := range []string{"m2", "m3", "km2", "cm2", "cm3", "dm3", "ha2"} {
		if strings.HasSuffix(s, u) {
			rest := s[:len(s)-len(u)]
			return rest == "" || rest[len(rest)-1] == ' '
		}
	}
	return false
}

// gluedStraightQuote reports an opening straight quotation mark glued to
// the word before it ("Chào mừng\"Mekong Festival 2006\""): a '"' after a
// letter with an even number of '"' before it and one after it.
func gluedStraightQuote(p *Pass, seg *Seg) {
	text := seg.Text
	n := 0
	for i := strings.IndexByte(text, '"'); i >= 0; i = nextByte(text, '"', i) {
		n++
		if n%2 == 0 || i == 0 || !strings.Contains(text[i+1:], "\"") {
			continue
		}
		r, _ := utf8.DecodeLastRuneInString(text[:i])
		next, _ := utf8.DecodeRuneInString(text[i+1:])
		if isLetter(r) && isLetter(next) {
			p.Report(seg, i, diag.Msg("thiếu dấu cách trước dấu mở ngoặc kép trong %q", "a space is missing before the opening quotation mark in %q", wordBefore(text, i)+text[i:i+1]+lettersAhead(text[i+1:])),
				diag.Msg("thêm dấu cách trước dấu ngoặc kép", "add a space before the quotation mark"))
			return
		}
	}
}

// gluedMarkBracket reports a bracket glued to the mark that ends the
// words before it ("Điện thoại liên lạc: 0915.781.286.(Đồng chí ...)",
// "tốt,(trừ ...)"): the mark after a word or a number, a word opening the
// bracket, or after a label's colon a telephone's area code ("Điện
// thoại:(028) 372 52002"). A point's letter ("Mục 2.(a)") is no word; the number of
// copies glued to the Lưu line's unit, as the decree writes it
// ("PL.(300)"), has a number in the bracket, and is not read here.
func gluedMarkBracket(p *Pass, seg *Seg) {
	text := seg.Text
	for i := strings.IndexByte(text, '('); i >= 2; {
		before, _ := utf8.DecodeLastRuneInString(text[:i-1])
		if strings.IndexByte(".,;:", text[i-1]) >= 0 && isWordRune(before) && (opensWord(text[i+1:]) || text[i-1] == ':' && areaCode(text[i+1:])) {
			p.Report(seg, i, diag.Msg("thiếu dấu cách giữa dấu %q và \"(\" trong %q", "a space is missing between %q and \"(\" in %q", text[i-1:i], around(text, i)),
				diag.Msg("thêm dấu cách trước \"(\"", "add a space before \"(\""))
		}
		k := strings.IndexByte(text[i+1:], '(')
		if k < 0 {
			return
		}
		i += 1 + k
	}
}

// areaCode reports whether s starts with a telephone's area code closed
// by its bracket, "028)" of "Điện thoại:(028) 372 52002": after a label's
// colon it opens the number, as a word would.
func areaCode(s string) bool {
	j := strings.IndexByte(s, ')')
	return j >= 2 && j <= 4 && s[0] == '0' && allDigits(s[:j])
}

// opensWord reports whether s starts with a word of two letters or more.
func opensWord(s string) bool {
	n := 0
	for _, r := range s {
		if !isLetter(r) {
			break
		}
		n++
	}
	return n >= 2
}

// wordOpens reports whether s opens with two letters.
func wordOpens(s string) bool {
	r1, n := utf8.DecodeRuneInString(s)
	r2, _ := utf8.DecodeRuneInString(s[n:])
	return isLetter(r1) && isLetter(r2)
}
