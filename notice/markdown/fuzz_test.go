package markdown_test

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// FuzzRoundTrip renders any text a field can hold in every place a field
// can appear (paragraph, list item, heading, table cell, header, signer,
// footnote) and parses the Markdown back with goldmark: every block must
// read back as the same text, never as structure, HTML or a link.
func FuzzRoundTrip(f *testing.F) {
	for _, s := range hostile {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		s, ok := fieldText(s)
		if !ok {
			return
		}
		if msg := roundTrip(s); msg != "" {
			t.Fatal(msg)
		}
	})
}

// fieldText is s as the loader would let it into a field: valid UTF-8
// without control or format characters, in NFC, with runs of white space
// folded to one space.
func fieldText(s string) (string, bool) {
	if !utf8.ValidString(s) {
		return "", false
	}
	for _, r := range s {
		if unicode.IsControl(r) && r != '\n' && r != '\t' || unicode.Is(unicode.Cf, r) {
			return "", false
		}
	}
	s = strings.Join(strings.Fields(norm.NFC.String(s)), " ")
	return s, s != ""
}
