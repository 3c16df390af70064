package check

import (
	"strings"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
)

// phoneHyphen reports a hyphen after a telephone number spaced on one
// side only, before the word that follows ("0975551707- Vũ", "043.943.4100
// -Fax"): lopsidedHyphen and hyphenGluedAfter read a hyphen between two
// words or two figures, and a figure before a word is also a list's
// number run into a line ("gồm: 1- Ông A"); a telephone number is none.
func phoneHyphen(p *Pass, seg *Seg) {
	text := seg.Text
	for from := 0; ; {
		i := strings.IndexByte(text[from:], '-')
		if i < 0 {
			return
		}
		at := from + i
		from = at + 1
		if at == 0 || at+2 > len(text) {
			continue
		}
		spaceBefore, spaceAfter := text[at-1] == ' ', text[at+1] == ' '
		if spaceBefore == spaceAfter {
			continue
		}
		end := at
		if spaceBefore {
			end = at - 1
		}
		word := text[at+1:]
		if spaceAfter {
			word = text[at+2:]
		}
		if r, _ := utf8.DecodeRuneInString(word); !isLetter(r) {
			continue
		}
		phone, ok := phoneEnding(text[:end])
		if !ok {
			continue
		}
		next := lettersAhead(word)
		p.Report(seg, at, diag.Msg("dấu gạch nối sau số điện thoại %q có dấu cách một bên", "the hyphen after the telephone number %q has a space on one side only", phone),
			diag.Msg("cách cả hai bên dấu gạch nối, như %q", "space the hyphen on both sides, as %q", phone+" - "+next))
	}
}

// phoneEnding reads the telephone number s ends with: 10 or 11 figures
// from a 0, written whole or in groups of two figures or more parted by
// ".", after a space, a bracket, a colon or a comma.
func phoneEnding(s string) (string, bool) {
	start := len(s)
	for start > 0 && (isDigit(s[start-1]) || s[start-1] == '.') {
		start--
	}
	tok := s[start:]
	if tok == "" || tok[0] != '0' || start > 0 && !phoneEdge(s[start-1]) {
		return "", false
	}
	digits := 0
	for _, g := range strings.Split(tok, ".") {
		if len(g) < 2 {
			return "", false
		}
		digits += len(g)
	}
	return tok, digits == 10 || digits == 11
}
