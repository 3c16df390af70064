package check

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
)

// gluedFigureMarks reports a semicolon glued between two figures of a
// list ("Ngày 04;11;18; 25"; a decimal takes "," or ".", never ";") and a
// unit with its power glued to the bracket after it ("5,721 m3(năm phẩy
// ..."), which the "(" after a small letter (glued) does not see.
func gluedFigureMarks(p *Pass, seg *Seg) {
	text := seg.Text
	for i := 1; i+1 < len(text); i++ {
		switch {
		case text[i] == ';' && isDigit(text[i-1]) && isDigit(text[i+1]):
			p.Report(seg, i+1, diag.Msg("thiếu dấu cách sau dấu \";\" trong %q", "a space is missing after \";\" in %q", around(text, i)),
				diag.Msg("thêm dấu cách sau dấu \";\"", "add a space after \";\""))
			return
		case text[i] == '(' && isDigit(text[i-1]) && unitPower(text[:i]):
			p.Report(seg, i, diag.Msg("thiếu dấu cách trước \"(\"", "a space is missing before \"(\""))
			return
		}
	}
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
	for i := 0; i < len(text); i++ {
		if text[i] != '"' {
			continue
		}
		n++
		if n%2 == 0 || i == 0 || !strings.Contains(text[i+1:], "\"") {
			continue
		}
		r, _ := utf8.DecodeLastRuneInString(text[:i])
		next, _ := utf8.DecodeRuneInString(text[i+1:])
		if unicode.IsLetter(r) && unicode.IsLetter(next) {
			p.Report(seg, i, diag.Msg("thiếu dấu cách trước dấu mở ngoặc kép trong %q", "a space is missing before the opening quotation mark in %q", wordBefore(text, i)+text[i:i+1]+lettersAhead(text[i+1:])),
				diag.Msg("thêm dấu cách trước dấu ngoặc kép", "add a space before the quotation mark"))
			return
		}
	}
}

// gluedMarkBracket reports a bracket glued to the mark that ends the
// words before it ("Điện thoại liên lạc: 0915.781.286.(Đồng chí ...)",
// "tốt,(trừ ...)"): the mark after a word or a number, a word opening the
// bracket. A point's letter ("Mục 2.(a)") is no word; the number of
// copies glued to the Lưu line's unit, as the decree writes it
// ("PL.(300)"), has a number in the bracket, and is not read here.
func gluedMarkBracket(p *Pass, seg *Seg) {
	text := seg.Text
	for i := strings.IndexByte(text, '('); i >= 2; {
		before, _ := utf8.DecodeLastRuneInString(text[:i-1])
		if strings.IndexByte(".,;:", text[i-1]) >= 0 && isWordRune(before) && opensWord(text[i+1:]) {
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

// opensWord reports whether s starts with a word of two letters or more.
func opensWord(s string) bool {
	n := 0
	for _, r := range s {
		if !unicode.IsLetter(r) {
			break
		}
		n++
	}
	return n >= 2
}
