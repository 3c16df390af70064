package check

import (
	"strings"
	"sync"
)

// kinBeside reports whether the noun n at word i, a noun flagged "kin"
// in data/common-nouns.txt, stands next to another kin noun written in
// small letters, a comma, "và" or "hoặc" between: "tuyển sinh mầm non,
// Tiểu học", "đối với Mẫu giáo và tiểu học". The run writes one kind of
// word two ways; the word in small letters is the common noun's form.
func kinBeside(s string, x *textIndex, i int, n commonNoun) bool {
	if !n.kin || i < 1 || phraseOpens(s[:x.words[i].off]) {
		return false
	}
	if k := kinJoinBefore(s, x, i); k >= 0 && smallKinEndsAt(x, k) {
		return true
	}
	end := i + len(n.words)
	if j := kinJoinAfter(s, x, end); j >= 0 && smallKinStartsAt(x, j) {
		return true
	}
	return false
}

// phraseOpens reports whether the text before a word ends where a
// heading or a sentence opens, a capital's lawful place: after a slash
// ("Danh mục dự án/ Cơ quan, đơn vị"), a cell's bar, a colon, a
// sentence's mark, or a list item's mark ("c) Cơ quan, tổ chức nhận văn
// bản ...", "- Cơ quan, đơn vị").
func phraseOpens(before string) bool {
	t := strings.TrimRight(before, " ")
	if t == "" || strings.ContainsAny(t[len(t)-1:], "/|:.;!?()-+*") {
		return true
	}
	return strings.HasSuffix(t, "–") || strings.HasSuffix(t, "•")
}

// kinJoinBefore returns the last word before word i past a comma, "và"
// or "hoặc"; -1 where none joins it.
func kinJoinBefore(s string, x *textIndex, i int) int {
	if i < 1 {
		return -1
	}
	if strings.TrimSpace(s[x.words[i-1].end:x.words[i].off]) == "," {
		return i - 1
	}
	if w := x.lex[i-1].lowered(); (w == "và" || w == "hoặc") && x.spaced[i] && x.spaced[i-1] && i >= 2 {
		return i - 2
	}
	return -1
}

// kinJoinAfter returns the first word after the noun ending before
// word end past a comma, "và" or "hoặc"; -1 where none joins it.
func kinJoinAfter(s string, x *textIndex, end int) int {
	if end >= len(x.words) {
		return -1
	}
	if strings.TrimSpace(s[x.words[end-1].end:x.words[end].off]) == "," {
		return end
	}
	if w := x.lex[end].lowered(); (w == "và" || w == "hoặc") && x.spaced[end] && end+1 < len(x.words) && x.spaced[end+1] {
		return end + 1
	}
	return -1
}

// smallKinEndsAt reports whether a kin noun in small letters ends at
// word k.
func smallKinEndsAt(x *textIndex, k int) bool {
	for _, m := range kinNouns() {
		from := k - len(m.words) + 1
		if from >= 0 && smallNounAt(x, from, m) {
			return true
		}
	}
	return false
}

// smallKinStartsAt reports whether a kin noun in small letters starts
// at word j, no name after it: in "Tiểu học và trung học cơ sở Nguyễn
// Du" the run heads a school's name, whose small word is the slip.
func smallKinStartsAt(x *textIndex, j int) bool {
	for _, m := range kinNouns() {
		if !smallNounAt(x, j, m) {
			continue
		}
		end := j + len(m.words)
		if end < len(x.words) && x.spaced[end] && x.lex[end].title() {
			return false
		}
		return true
	}
	return false
}

// smallNounAt reports whether the words of m stand from word from on,
// each in small letters, spaced apart.
func smallNounAt(x *textIndex, from int, m commonNoun) bool {
	if from+len(m.words) > len(x.words) {
		return false
	}
	for k, w := range m.words {
		at := from + k
		if x.lex[at].folded() != w || !startsLower(x.lex[at].text) || k > 0 && !x.spaced[at] {
			return false
		}
	}
	return true
}

// kinNouns are the nouns of data/common-nouns.txt flagged "kin".
var kinNouns = sync.OnceValue(func() []commonNoun {
	var out []commonNoun
	for _, l := range commonNouns() {
		for _, n := range l {
			if n.kin {
				out = append(out, n)
			}
		}
	}
	return out
})
