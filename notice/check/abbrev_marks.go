package check

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// brandLeads are the words that name a maker's mark right before its
// letters: "có gắn lô gô CNHTC", "logo HINO", "nhãn hiệu SYM",
// "thương hiệu VINFAST".
var brandLeads = []string{"lô gô", "lô-gô", "logo", "nhãn hiệu", "thương hiệu", "nhãn mác"}

// brandMark reports whether w, written in s, is the letters of a maker's
// mark quoted from the thing described ("cabin có gắn lô gô CNHTC"): the
// letters as the maker prints them, not a shortening the office could
// write out. One of brandLeads, in any case, ends the text before w
// with white space after it, read from the end (an expression would be
// tried from every byte of the paragraph before w: brandLeadExpr).
func brandMark(s string, w abbrevWord) bool {
	before := s[:w.off]
	t := strings.TrimRight(before, " \t\n\f\r")
	return len(t) < len(before) && endsFold(t, brandLeads)
}

// numberColumnHeads are the heads of a table's number column, thứ tự
// written short as the decree's own tables write it.
var numberColumnHeads = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"TT": true, "STT": true}
})

// numberColumnHead reports whether w opens s, a table's row of column
// heads flattened to one paragraph ("TT Lô đất Diện tích (M2) Giá khởi
// điểm ..."): the number column's head, a capital word after it, and no
// mark that ends a sentence or leads into one at the paragraph's end.
func numberColumnHead(s string, w abbrevWord) bool {
	if !numberColumnHeads()[w.text] || strings.TrimSpace(s[:w.off]) != "" {
		return false
	}
	t := strings.TrimSpace(s)
	if strings.ContainsAny(t[len(t)-1:], ".:;,") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(s[w.end:], " \t|"))
	return unicode.IsUpper(r)
}
