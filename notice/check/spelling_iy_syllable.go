package check

import "sync"
import "strings"

// iyBases are the syllables, marks stripped, that Vietnamese writes with
// i or y alike, one word either way: "kỳ"/"kì", "kỹ"/"kĩ", "ký"/"kí",
// "lý"/"lí", "mỹ"/"mĩ", "sỹ"/"sĩ", "tỷ"/"tỉ", "quy"/"qui". Without a tone
// only "quy" is read: "ti vi" and "công ty", "mi li mét" and "ly hôn" are
// words of their own.
var iyBases = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"ky": true, "ki": true, "ly": true, "li": true, "my": true, "mi": true, "sy": true, "si": true, "ty": true, "ti": true, "quy": true, "qui": true}
})

// iySyllableGroups groups the words of the prose, in small letters, that
// are one syllable written with i in one place and y in another ("phân kì
// đầu tư" beside "thời kỳ 2021-2030"), where no neighbour is shared (the
// pairs of iyGroups say those). A spot is the word.
func iySyllableGroups(w *spellWalk) [][]spot {
	groups := map[string][]spot{}
	for _, c := range w.marked {
		s, x, i := w.at(c)
		l, word := x.lex[i], x.words[i]
		if !l.in(iySyllables) {
			continue
		}
		groups[l.iyKey()] = append(groups[l.iyKey()], spot{seg: s, off: word.off, end: word.end, form: word.text, variant: l.lowered(), diffOff: word.off})
	}
	return sortedGroups(groups)
}

// iySyllables are the words iySyllableGroups reads: in small letters, a
// syllable of iyBases; a lexeme answers it once for the lexicon's life.
var iySyllables = newWordSet(func(x *lexeme) bool {
	return x.iyWord() && !x.allCaps() && !x.title() && iySyllable(x.lowered())
})

// iySyllable reports whether w, in small letters, is a syllable of
// iyBases: with a tone mark, or "quy".
func iySyllable(w string) bool {
	bare := stripTone(w)
	if !iyBases()[bare] {
		return false
	}
	return bare != w || strings.HasPrefix(bare, "qu")
}
