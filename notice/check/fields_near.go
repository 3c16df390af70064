package check

import (
	"unicode"
	"unicode/utf8"
)

// The words next to a place of a text, parted by white space as
// strings.Fields parts them, read from that place instead of splitting
// the whole text: fieldBefore(s, i) is the last of strings.Fields(s[:i]),
// fieldAfter(s, i) the first of strings.Fields(s[i:]).

// fieldBefore returns the last word of s[:end] and where it starts; ""
// and -1 when s[:end] has none.
func fieldBefore(s string, end int) (string, int) {
	i := end
	for i > 0 {
		r, w := utf8.DecodeLastRuneInString(s[:i])
		if !isFieldSpace(r) {
			break
		}
		i -= w
	}
	if i == 0 {
		return "", -1
	}
	j := i
	for j > 0 {
		r, w := utf8.DecodeLastRuneInString(s[:j])
		if isFieldSpace(r) {
			break
		}
		j -= w
	}
	return s[j:i], j
}

// fieldAfter returns the first word of s[from:]; "" when it has none.
func fieldAfter(s string, from int) string {
	i := from
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		if !isFieldSpace(r) {
			break
		}
		i += w
	}
	j := i
	for j < len(s) {
		r, w := utf8.DecodeRuneInString(s[j:])
		if isFieldSpace(r) {
			break
		}
		j += w
	}
	return s[i:j]
}

// isFieldSpace is unicode.IsSpace, which parts fieldsAt's words and
// strings.Fields'.
func isFieldSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || '\t' <= r && r <= '\r'
	}
	return unicode.IsSpace(r)
}
