package source

import "unicode"

// Some PDF text layers write a letter that is no Vietnamese letter for one
// that is: a font made for an encoding of before Unicode (TCVN3, VNI,
// Windows-1258) maps its glyph for "ư" to "ƣ" (U+01A3, the Latin letter
// oi) and its "Đ" to "Ð" (U+00D0, the Icelandic eth), and a clerk may type
// "Ɖ" (U+0189) from a symbol table. On the page they look the same; read
// as text they break every match ("Nhƣ trên", "Lƣu:").

// Lookalike returns the Vietnamese letter a look-alike letter r stands for,
// given the character before it (0 at the start of a text). "ƣ" and "Ƣ"
// are read as "ư" and "Ư" wherever they stand: no language a notice quotes
// writes them. An eth or an African D is read as "đ" or "Đ" only where a
// word starts, as "đ" always does in Vietnamese and "ð" never does in
// Icelandic ("Guðrún" keeps its letter).
func Lookalike(r, prev rune) (rune, bool) {
	switch r {
	case 'ƣ':
		return 'ư', true
	case 'Ƣ':
		return 'Ư', true
	}
	if unicode.IsLetter(prev) || unicode.Is(unicode.Mn, prev) {
		return 0, false
	}
	switch r {
	case 'ð':
		return 'đ', true
	case 'Ð', 'Ɖ':
		return 'Đ', true
	}
	return 0, false
}

// HasLookalike reports whether s holds a letter Lookalike may read, by
// its bytes: "ƣ" C6 A3, "Ƣ" C6 A2, "Ɖ" C6 89, "Ð" C3 90, "ð" C3 B0.
func HasLookalike(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		switch s[i] {
		case 0xC6:
			if c := s[i+1]; c == 0xA3 || c == 0xA2 || c == 0x89 {
				return true
			}
		case 0xC3:
			if c := s[i+1]; c == 0x90 || c == 0xB0 {
				return true
			}
		}
	}
	return false
}
