package check

import "strings"

// writtenElsewhere keeps, of the ways a bare word may be written (its
// tones: "Lích", "Lịch"), those the notice writes somewhere, in any
// case ("LỊCH THI GIẢI TOÁN" in the trích yếu beside "1. Lich thi"): a
// clerk who typed "lịch" elsewhere and "Lich" once slipped. A word none
// of whose toned forms the notice writes is more likely a borrowed word
// than a slip ("bộ kit xét nghiệm", "máy tính 64 bit", "chai pet",
// "nhạc rap"), and is left. The rhyme "uu" has one way and no borrowed
// word: it is kept as bareSlip gave it. *words holds the notice's words in
// small letters, made on first ask.
func writtenElsewhere(v *View, fixes []string, words *map[string]bool) []string {
	if len(fixes) == 1 && strings.Contains(strings.ToLower(fixes[0]), "ưu") {
		return fixes
	}
	if *words == nil {
		*words = markedWords(v)
	}
	var seen []string
	for _, f := range fixes {
		if (*words)[strings.ToLower(f)] {
			seen = append(seen, f)
		}
	}
	return seen
}

// markedWords is the set of the notice's words, header and title
// included, that carry a letter beyond ASCII, in small letters: the only
// words a toned form can match. The words are the text index's, built
// once a text for every rule.
func markedWords(v *View) map[string]bool {
	out := map[string]bool{}
	for _, seg := range v.allSegs() {
		for _, w := range v.index(seg.Text).words {
			if !isASCIIWord(w.text) {
				out[strings.ToLower(w.text)] = true
			}
		}
	}
	return out
}
