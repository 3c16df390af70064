package check

import "strings"

// deputyBodies are the elected bodies whose members "đại biểu" names: the
// Luật Tổ chức Quốc hội and the Luật Bầu cử write "đại biểu Quốc hội",
// "đại biểu Hội đồng nhân dân" in small letters inside a sentence; the
// body's name takes the capital, the noun before it none.
var deputyBodies = [][]string{{"Quốc", "hội"}, {"Hội", "đồng", "nhân", "dân"}, {"HĐND"}}

// deputyRuns finds "Đại biểu" written with a capital right before an
// elected body's name inside a sentence: after a word in small letters,
// alone or past a comma or a semicolon ("bầu cử Đại biểu Quốc hội", "và
// Đại biểu Hội đồng nhân dân các cấp", "tỉnh, Đại biểu Quốc hội tỉnh").
// "đoàn Đại biểu Quốc hội" is the name of a delegation written wrong, not
// the common noun; a capital word after the body ("Đại biểu Quốc hội
// Nguyễn Văn A") makes the words a title before a person's name; both are
// left. A run the data's nouns already found (from, in seen) is not said
// again.
func deputyRuns(v *View, s string, seen map[int]bool) []capsRun {
	if !strings.Contains(s, "Đại biểu ") {
		return nil
	}
	x := v.index(s)
	var out []capsRun
	for i := 1; i+2 < len(x.words); i++ {
		if x.lex[i].text != "Đại" || x.lex[i+1].text != "biểu" || !x.spaced[i+1] || seen[x.words[i].off] {
			continue
		}
		end := deputyBodyEnd(x, i+2)
		if end < 0 || end < len(x.words) && x.spaced[end] && x.lex[end].title() {
			continue
		}
		gap := strings.TrimSpace(s[x.words[i-1].end:x.words[i].off])
		prev := x.lex[i-1]
		if gap != "" && gap != "," && gap != ";" || !startsLower(prev.text) || prev.lowered() == "đoàn" || quoted(s, x.words[i].off) {
			continue
		}
		out = append(out, capsRun{head: x.words[i].off, from: x.words[i].off, to: x.words[i+1].end, nouns: []string{s[x.words[i].off:x.words[i+1].end]}})
	}
	return out
}

// deputyBodyEnd returns the word after an elected body's name that starts
// at word k, spaced from the word before it; -1 when none starts there.
func deputyBodyEnd(x *textIndex, k int) int {
	if !x.spaced[k] {
		return -1
	}
	for _, b := range deputyBodies {
		if k+len(b) > len(x.words) {
			continue
		}
		ok := true
		for j, w := range b {
			ok = ok && x.lex[k+j].text == w && (j == 0 || x.spaced[k+j])
		}
		if ok {
			return k + len(b)
		}
	}
	return -1
}
