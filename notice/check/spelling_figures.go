package check

import (
	"strings"
	"unicode/utf8"
)

// figureGroups groups the names made of a word and a figure joined by a
// dash or glued ("Covid-19", "Covid - 19", "Covid – 19", "Covid19"), by
// the word in small letters and the figure: one name written with two
// gaps is one group of two spellings. A word and a figure parted by a
// space alone ("Điều 19", "ngày 19") are no such name, unless the text
// writes the same word and figure joined too ("Covid 19" beside
// "Covid-19"): then it is a third spelling of that name. The case of the
// word is not looked at here ("COVID-19" beside "Covid-19" is no slip of
// the gap): figureCaseGroups looks at it.
func figureGroups(walk *spellWalk) [][]spot {
	groups := map[string][]spot{}
	spaced := map[string][]spot{}
	for _, c := range walk.capitals {
		s, x, i := walk.at(c)
		if x.marks[0]&digitMarks == 0 {
			continue // a text without a figure (holdsDigit) holds no name of a word and a figure
		}
		w := x.words[i]
		if w.end >= len(s.Text) || utf8.RuneCountInString(w.text) < 2 {
			continue // a name of this kind starts with a capital: "Covid", "SARS"
		}
		k, sp, ok := figureSpot(s, w)
		switch {
		case !ok:
		case sp.variant == " ":
			spaced[k] = append(spaced[k], sp)
		default:
			groups[k] = append(groups[k], sp)
		}
	}
	for k, g := range spaced {
		if len(groups[k]) > 0 {
			groups[k] = append(groups[k], g...)
		}
	}
	return sortedGroups(groups)
}

// figureSpot reads a word w of s and the figure after it, joined by a
// dash, glued or parted by a space: the group's key (the word in small
// letters and the figure) and the spot, its variant the gap.
func figureSpot(s *Seg, w wordAt) (string, spot, bool) {
	t := s.Text
	a := dashGapEnd(t, w.end)
	if a > w.end && !dashGap(t[w.end:a]) && t[w.end:a] != " " {
		return "", spot{}, false
	}
	b := a
	for b < len(t) && t[b] >= '0' && t[b] <= '9' {
		b++
	}
	if b == a || b < len(t) && (isLetter(firstRune(t[b:])) || t[b] == '/' || t[b] == '.' && b+1 < len(t) && t[b+1] >= '0' && t[b+1] <= '9') {
		return "", spot{}, false // no figure, or a code going on ("A1B", "QĐ-12/2024")
	}
	k := strings.ToLower(w.text) + "|" + t[a:b]
	return k, spot{seg: s, off: w.off, end: b, form: t[w.off:b], variant: t[w.end:a], diffOff: w.end, lawful: w.text + "-" + t[a:b]}, true
}

// figureCaseGroups regroups the spellings of a name of a word and a
// figure (the groups of figureGroups, which it leaves as they are) by the
// case of the word: "COVID-19" beside "Covid-19" is one name written two
// ways. A word in a line written all in capitals (a heading, a trích yếu)
// takes the line's case, and is left out.
func figureCaseGroups(figures [][]spot) [][]spot {
	var out [][]spot
	for _, g := range figures {
		var cg []spot
		for _, sp := range g {
			if allCaps(sp.seg.Text) {
				continue
			}
			word := sp.form[:sp.diffOff-sp.off]
			variant := "Aa"
			if allCaps(word) {
				variant = "AA"
			}
			cg = append(cg, spot{seg: sp.seg, off: sp.off, end: sp.end, form: sp.form, variant: variant, diffOff: sp.off})
		}
		if len(cg) > 1 {
			out = append(out, cg)
		}
	}
	return out
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// figureMinority reports the spots of a group of word-and-figure names not
// written the usual way. Unlike a span of years, such a name has one lawful
// form, the hyphen with no space ("Covid-19"): it is the usual way whenever
// the notice writes it, and the form the fix suggests in any case. A
// hyphen with a space on each side ("Covid - 19") is left to spacing,
// which says it of every such name, so that one slip is said once and the
// two rules never ask for each other's form.
func figureMinority(g []spot, report func(s, usual spot, n int)) {
	var lawful []spot
	for _, s := range g {
		if s.variant == "-" {
			lawful = append(lawful, s)
		}
	}
	if len(lawful) == 0 {
		yearMinority(g, report)
		return
	}
	for _, s := range g {
		if s.variant != "-" && s.variant != " - " {
			report(s, lawful[0], len(lawful))
		}
	}
}
