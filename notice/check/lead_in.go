package check

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// leadIn is words that end a sentence leading into what follows it
// ("... như sau", "... gồm", "... một số nội dung"). A copy that ends on
// them with no mark lost what they announced (cut-end's), unless closes:
// the words may also end a whole sentence ("... để được hướng dẫn cụ
// thể"). A paragraph or a point that ends on lead-in words other than
// the noun of what is announced (names) is no sentence left open for a
// full stop: its mark is a colon (nhu-sau-colon's for "như sau"), and
// sentence-end and list-punct leave it; one that ends on the noun
// ("... thực hiện tốt một số nội dung" over "1. ...") is, and
// sentence-end says its missing colon.
type leadIn struct {
	words  string
	closes bool
	names  bool
}

// leadIns are the lead-in words, in small letters.
var leadIns = []leadIn{
	{words: "như sau"}, {words: "sau đây"}, {words: "gồm"}, {words: "cụ thể", closes: true},
	{words: "một số nội dung", names: true}, {words: "các nội dung sau", names: true}, {words: "những nội dung sau", names: true},
}

// leadsIn reports whether t ends with lead-in words, in either case, other
// than the noun of what is announced.
func leadsIn(t string) bool {
	l, ok := leadInEnd(t)
	return ok && !l.names
}

// announceEnd is where t's last words that announce what follows start
// ("... thực hiện một số nội dung"), lead-in words that end no whole
// sentence, or -1.
func announceEnd(t string) int {
	if l, ok := leadInEnd(t); ok && !l.closes {
		return len(t) - len(l.words)
	}
	return -1
}

// leadInEnd is the lead-in words that end t, as whole words, if any.
func leadInEnd(t string) (leadIn, bool) {
	for _, l := range leadIns {
		at := len(t) - len(l.words)
		if at < 0 || !strings.EqualFold(t[at:], l.words) {
			continue
		}
		if r, _ := utf8.DecodeLastRuneInString(t[:at]); at == 0 || unicode.IsSpace(r) {
			return l, true
		}
	}
	return leadIn{}, false
}
