package check

import (
	"maps"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
)

// maxMovedWords is the longest term movedCapGroups reads.
const maxMovedWords = 4

// movedCapGroups finds a term written with its capital moved off its
// first word: "đề cương Nhiệm vụ" beside "Đề cương nhiệm vụ" written
// twice or more and more often, both inside sentences. The two spellings
// each capitalise one word only, the usual its first, the slip a later
// one. Left alone: a capitalised word that heads a name of two or more
// ("tỉnh Lào Cai"), one the notice writes with its capital elsewhere too
// ("văn kiện Chương trình", where "Chương trình" names the programme
// throughout), and a spot where a sentence or a point begins. Each group
// holds the usual spots, then the slip's, marked at its capital.
//
// Three passes keep it cheap: the pairs that open a usual spelling
// ("Đề cương") first; then the slips, only where their first two words
// are such a pair; then, only for the terms of a slip, the usual spots.
func movedCapGroups(w *spellWalk) [][]spot {
	l := w.v.lexicon()
	heads := movedHeads(w, l)
	if len(heads) == 0 {
		return nil
	}
	slips, capOf, firsts := movedSlips(w, l, heads)
	if len(slips) == 0 {
		return nil
	}
	usual, capCount := movedUsual(w, l, slips, capOf, firsts)
	return movedGroups(slips, usual, func(k string) int { return capCount[capOf[k]] })
}

// movedHeads are the pairs that open a usual spelling inside a sentence,
// a capitalised word and one in small letters ("Đề cương"), in small
// letters, keyed by their lexemes (lexeme_ids.go).
func movedHeads(w *spellWalk, l *lexicon) map[uint64]bool {
	heads := map[uint64]bool{}
	for _, c := range w.titles {
		s, x, i := w.at(c)
		if i+1 < len(x.words) && x.spaced[i+1] && lowerLex(x.lex[i+1]) && !opensSentence(s.Text, x.words[i].off) {
			heads[l.lowerPair(x.lex[i], x.lex[i+1])] = true
		}
	}
	return heads
}

// movedSlips returns the slips' spots by term in small letters, the
// slip's capitalised word by term, and the first two words of the slips'
// terms: a capitalised word after one or two in small letters that a
// head of heads opens.
func movedSlips(w *spellWalk, l *lexicon, heads map[uint64]bool) (slips map[string][]spot, capOf map[string]string, firsts map[uint64]bool) {
	slips, capOf, firsts = map[string][]spot{}, map[string]string{}, map[uint64]bool{}
	for _, c := range w.titles {
		s, x, i := w.at(c)
		if i == 0 || !x.spaced[i] || !lowerLex(x.lex[i-1]) || i+1 < len(x.words) && x.spaced[i+1] && !lowerLex(x.lex[i+1]) {
			continue
		}
		for f := i - 1; f >= max(0, i-2) && (f == i-1 || x.spaced[f+1] && lowerLex(x.lex[f])); f-- {
			pair := l.lowerPair(x.lex[f], x.lex[f+1])
			if !heads[pair] || opensSentence(s.Text, x.words[f].off) {
				continue
			}
			firsts[pair] = true
			for t := i; t < len(x.words) && t-f < maxMovedWords && (t == i || x.spaced[t] && lowerLex(x.lex[t])); t++ {
				k := lowerTerm(x, f, t)
				slips[k] = append(slips[k], spot{seg: s, off: x.words[f].off, end: x.words[t].end, form: s.Text[x.words[f].off:x.words[t].end], variant: "slip", diffOff: x.words[i].off})
				capOf[k] = x.words[i].text
			}
		}
	}
	return slips, capOf, firsts
}

// movedUsual returns the usual spots of the slips' terms, by term, and
// how often each slip's capitalised word is written with its capital
// inside a sentence, by the word.
func movedUsual(walk *spellWalk, l *lexicon, slips map[string][]spot, capOf map[string]string, firsts map[uint64]bool) (map[string][]spot, map[string]int) {
	capCount := map[string]int{}
	for _, c := range capOf {
		capCount[c] = 0
	}
	usual := map[string][]spot{}
	for _, c := range walk.titles {
		s, x, i := walk.at(c)
		w := x.words[i].text
		if opensSentence(s.Text, x.words[i].off) {
			continue
		}
		if n, ok := capCount[w]; ok {
			capCount[w] = n + 1
		}
		if i+1 == len(x.words) || !firsts[l.lowerPair(x.lex[i], x.lex[i+1])] {
			continue
		}
		for t := i + 1; t < len(x.words) && t-i < maxMovedWords && x.spaced[t] && lowerLex(x.lex[t]); t++ {
			if k := lowerTerm(x, i, t); len(slips[k]) > 0 {
				usual[k] = append(usual[k], spot{seg: s, off: x.words[i].off, end: x.words[t].end, form: s.Text[x.words[i].off:x.words[t].end], variant: "usual", diffOff: x.words[i].off})
			}
		}
	}
	return usual, capCount
}

// movedGroups keeps, for each slip spot, the longest term whose usual
// spelling is written twice or more and more often than the slip, and
// whose capitalised word stands with its capital nowhere but in the
// slips (capsOf: how often it does, by term).
func movedGroups(slips, usual map[string][]spot, capsOf func(string) int) [][]spot {
	best := map[[2]int]string{} // the slip's capital, by line and column, -> its term
	pos := map[[2]int]spot{}
	for _, k := range slices.Sorted(maps.Keys(slips)) {
		g := slips[k]
		if len(usual[k]) < 2 || len(usual[k]) <= len(g) || capsOf(k) > len(g) {
			continue
		}
		for _, s := range g {
			at := s.seg.PosAt(s.diffOff)
			key := [2]int{at.Line, at.Col}
			if b, ok := best[key]; !ok || strings.Count(k, " ") > strings.Count(b, " ") {
				best[key], pos[key] = k, s
			}
		}
	}
	byTerm := map[string][]spot{}
	for key, k := range best {
		byTerm[k] = append(byTerm[k], pos[key])
	}
	var out [][]spot
	for _, k := range slices.Sorted(maps.Keys(byTerm)) {
		g := byTerm[k]
		sort.SliceStable(g, func(a, b int) bool { return spotBefore(g[a], g[b]) })
		out = append(out, append(append([]spot(nil), usual[k]...), g...))
	}
	return out
}

// opensSentence reports whether byte off of s opens a sentence, a point
// or a bracket: nothing but white space before it, or a stop, a colon, a
// semicolon, an opening mark or a list mark. (phraseStartsSentence,
// which also reads a list marker, scans the whole text for it: too dear
// for every capitalised word.)
func opensSentence(s string, off int) bool {
	head := strings.TrimRight(s[:off], " \t")
	if head == "" {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(head)
	return strings.ContainsRune(".:;!?“\"'(-–•*+", r)
}

// lowerLex reports whether a word is in small letters: no capital in
// it, by its shape.
func lowerLex(x *lexeme) bool {
	return x.hasLower() && x.shape&(shapeTitle|shapeAbbrev|shapeCaps) == 0 && !isUpperRune(firstRune(x.text))
}

// lowerTerm is words f to t of x in small letters, parted by one space.
func lowerTerm(x *textIndex, f, t int) string {
	var b strings.Builder
	for i := f; i <= t; i++ {
		if i > f {
			b.WriteByte(' ')
		}
		b.WriteString(x.lex[i].lowered())
	}
	return b.String()
}
