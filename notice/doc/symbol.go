package doc

// A character typed in a symbol font (Symbol, Wingdings) is stored at
// U+F020 to U+F0FF. The font is not read, so each is given as what it
// most often stands for in a notice: its low byte when that is printable
// ASCII (Symbol's "-" of a Nơi nhận line, a text face's private copy),
// Symbol's and Wingdings' bullets as bullets.
func symbolChar(r rune) rune {
	if r < 0xF000 || r > 0xF0FF {
		return r
	}
	code := r - 0xF000
	switch {
	case code >= 0x20 && code < 0x7F:
		return code
	case code == 0xA7:
		return '▪'
	}
	return '•'
}
