package plain

// isDecor reports whether a line is drawn with characters (decorRe): three
// runes at least, each one of "_-=–—~*·." or white space as the
// expression's \s reads it. A test of each rune in place of the
// expression, which every line of a text is asked against several times
// and whose every try costs the regexp package's set-up.
func isDecor(s string) bool {
	n := 0
	for _, r := range s {
		switch r {
		case '_', '-', '=', '–', '—', '~', '*', '·', '.', '\t', '\n', '\f', '\r', ' ':
			n++
		default:
			return false
		}
	}
	return n >= 3
}
