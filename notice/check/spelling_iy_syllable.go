package check

import "strings"

// iyBases are the syllables, marks stripped, that Vietnamese writes with
// i or y alike, one word either way: "kỳ"/"kì", "kỹ"/"kĩ", "ký"/"kí",
// "lý"/"lí", "mỹ"/"mĩ", "sỹ"/"sĩ", "tỷ"/"tỉ", "quy"/"qui". Without a tone
// only "quy" is read: "ti vi" and "công ty", "mi li mét" and "ly hôn" are
// words of their own.
var iyBases = setOf("ky", "ki", "ly", "li", "my", "mi", "sy", "si", "ty", "ti", "quy", "qui")

// iySyllableGroups groups the words of the prose, in small letters, that
// are one syllable written with i in one place and y in another ("phân kì
// đầu tư" beside "thời kỳ 2021-2030"), where no neighbour is shared (the
// pairs of iyGroups say those). A spot is the word.
func iySyllableGroups(v *View, segs []*Seg) [][]spot {
	groups := map[string][]spot{}
	for _, s := range segs {
		x := v.index(s.Text)
		for i, w := range x.words {
			l := x.lex[i]
			if !l.iyWord() || l.allCaps() || l.title() || !iySyllable(l.lowered()) {
				continue
			}
			groups[l.iyKey()] = append(groups[l.iyKey()], spot{seg: s, off: w.off, end: w.end, form: w.text, variant: l.lowered(), diffOff: w.off})
		}
	}
	return sortedGroups(groups)
}

// iySyllable reports whether w, in small letters, is a syllable of
// iyBases: with a tone mark, or "quy".
func iySyllable(w string) bool {
	bare := stripTone(w)
	if !iyBases[bare] {
		return false
	}
	return bare != w || strings.HasPrefix(bare, "qu")
}
