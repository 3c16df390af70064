package check

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// issuersComma reports whether the comma at byte i of rest, a ground
// after its head, parts the names of the body that issued the cited
// document, before its trích yếu at subject ("về ..."): a comma inside
// a name ("của Sở Văn hóa, Thể thao và Du lịch về việc ...") or between
// the names of several bodies ("chỉ đạo của Trung ương, Tỉnh ủy và UBND
// tỉnh về ..."). The comma stands after "của", the words from it to the
// trích yếu open with a capital, are eight at most, and hold no verb of a
// clause (clauseWords): they name, they say nothing.
func issuersComma(rest string, i, subject int) bool {
	if subject >= len(rest) || !strings.Contains(rest[:i], " của ") && !strings.HasPrefix(rest, "của ") {
		return false
	}
	part := strings.TrimSpace(rest[i+1 : subject])
	words := strings.Fields(part)
	if len(words) == 0 || len(words) > 8 || !capitalAfter(rest[i+1:]) {
		return false
	}
	padded := " " + strings.ToLower(part) + " "
	for _, w := range clauseWords {
		if strings.Contains(padded, " "+w+" ") {
			return false
		}
	}
	return !strings.ContainsAny(part, ".;:") && namesOnly(words)
}

// namesOnly reports whether words read as the names of bodies: each word
// in small letters goes on the word in a capital before it, one at most
// ("Thể thao", "Tỉnh ủy"), or is "và" between two names or the noun of a
// unit after a name ("UBND tỉnh"). A verb's words run longer in small
// letters ("Ủy ban nhân dân xã lấy ý kiến"), and end the names.
func namesOnly(words []string) bool {
	small := 0
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case isUpperRune(r):
			small = 0
		case w == "và":
			small = 1 // a name must follow
		case unitNouns()[w] && small == 0:
			small = 1
		default:
			small++
			if small > 1 {
				return false
			}
		}
	}
	return small <= 1 && words[len(words)-1] != "và"
}

// unitNouns are the nouns of a unit that follow a body's short name:
// "UBND tỉnh", "HĐND huyện".
var unitNouns = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"tỉnh": true, "huyện": true, "xã": true, "phường": true, "quận": true, "thị": true, "thành": true}
})
