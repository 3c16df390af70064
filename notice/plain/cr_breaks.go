package plain

import "strings"

// loneCRBreaks makes each CR not followed by LF a line break: a text saved
// on an old Mac ends its lines with a lone CR. A CR becomes an LF, byte for
// byte, so every offset stays where it was in the file.
func loneCRBreaks(text string) string {
	i := strings.IndexByte(text, '\r')
	for i >= 0 && i+1 < len(text) && text[i+1] == '\n' {
		j := strings.IndexByte(text[i+1:], '\r')
		if j < 0 {
			return text // CRLF only
		}
		i += 1 + j
	}
	if i < 0 {
		return text
	}
	b := []byte(text)
	for k := i; k < len(b); k++ {
		if b[k] == '\r' && (k+1 == len(b) || b[k+1] != '\n') {
			b[k] = '\n'
		}
	}
	return string(b)
}
