package docx

import "strings"

// Symbol fonts draw their own pictures on the code points U+F020 to
// U+F0FF (and, in w:sym, on their low byte). A bullet or a w:sym in one of
// them is given as the character it shows; the stored code is kept on the
// run or the label.

var symbolChars = map[string]map[rune]rune{
	"symbol": {
		0x2D: '-', 0x2A: '∗', 0x6F: 'ο', 0xA7: '♣', 0xA8: '♦', 0xA9: '♥', 0xAA: '♠',
		0xAE: '→', 0xB0: '°', 0xB4: '×', 0xB7: '•', 0xD7: '⋅', 0xDE: '⇒', 0xE0: '◊',
	},
	"wingdings": {
		0x6C: '●', 0x6E: '■', 0x6F: '□', 0x71: '❑', 0x75: '◆', 0x76: '❖', 0x77: '⬥',
		0x9F: '•', 0xA1: '○', 0xA7: '▪', 0xA8: '◻', 0xD8: '➢', 0xE0: '➢', 0xE8: '➔',
		0xF0: '⇨', 0xFB: '✗', 0xFC: '✓', 0xFD: '☒', 0xFE: '☑',
	},
}

// symbolFont reports whether face draws pictures instead of letters.
func symbolFont(face string) bool {
	f := strings.ToLower(face)
	return f == "symbol" || strings.HasPrefix(f, "wingdings") || f == "webdings" || f == "zapfdingbats" || f == "marlett"
}

// mapSymbol returns the character a symbol font shows for r, and whether
// r was a symbol-font code at all.
func mapSymbol(face string, r rune) (rune, bool) {
	code := r
	if code >= 0xF000 && code <= 0xF0FF {
		code -= 0xF000
	} else if !symbolFont(face) || code > 0xFF {
		return r, false
	}
	f := strings.ToLower(face)
	if strings.HasPrefix(f, "wingdings") && f != "wingdings" {
		f = "" // Wingdings 2 and 3 have other pictures
	}
	if m, ok := symbolChars[f][code]; ok {
		return m, true
	}
	if !symbolFont(face) && code >= 0x20 && code < 0x7F {
		return code, true // a private-use copy of ASCII in a text face
	}
	return '•', true
}

// mapSymbols maps the symbol-font codes of s: the private-use ones
// only when pua is set (text typed in a run), every one otherwise (a
// bullet).
func mapSymbols(face, s string, pua bool) (string, bool) {
	isPUA := func(r rune) bool { return r >= 0xF000 && r <= 0xF0FF }
	if pua && !hasPUA(s) || !pua && !symbolFont(face) && !hasPUA(s) {
		return s, false
	}
	mapped := false
	out := strings.Map(func(r rune) rune {
		if pua && !isPUA(r) {
			return r
		}
		m, ok := mapSymbol(face, r)
		mapped = mapped || ok
		return m
	}, s)
	return out, mapped
}

// hasPUA reports whether s holds a symbol-font code, U+F000 to U+F0FF:
// in UTF-8 the byte 0xEF, then 0x80 to 0x83, then a byte that continues
// a character. The first byte is searched for, where the text of every
// run was read character by character.
func hasPUA(s string) bool {
	for i := strings.IndexByte(s, 0xEF); i >= 0; {
		if i+2 < len(s) && s[i+1] >= 0x80 && s[i+1] <= 0x83 && s[i+2]&0xC0 == 0x80 {
			return true
		}
		j := strings.IndexByte(s[i+1:], 0xEF)
		if j < 0 {
			return false
		}
		i += 1 + j
	}
	return false
}
