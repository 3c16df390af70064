package check

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// figureSmallGroups finds a name of a word and a figure that the notice
// writes with its capital, joined by a hyphen or glued ("Covid-19"), and
// elsewhere with its word in small letters, joined the same way
// ("covid-19"): one name written two ways. The word of such a name is a
// name's, never a common word: the capital is its form however few times
// the notice writes it (due), and each spelling in small letters is said
// against it. Only a word joined to its figure by a hyphen and standing
// as a word of its own is read: one inside an address or a file's name
// ("https://.../phong-chong-dich-covid-19-43.html", "atmt-cv-597.txt")
// or glued to its figure ("vov5", "ipv6", most often an address's) is
// left. A word in small letters joined to a figure that the notice never
// writes with a capital is left ("mẫu-01" names nothing the notice names
// otherwise); so is one parted from its figure by a space alone ("covid
// 19"), which spacing says.
func figureSmallGroups(walk *spellWalk, figures [][]spot) [][]spot {
	capital := map[string][]spot{} // the joined spellings with a capital, by key
	for _, g := range figures {
		for _, sp := range g {
			if sp.variant == "-" || sp.variant == "" {
				k := strings.ToLower(sp.form[:sp.diffOff-sp.off]) + "|" + sp.form[sp.diffOff-sp.off+len(sp.variant):]
				capital[k] = append(capital[k], spot{seg: sp.seg, off: sp.off, end: sp.end, form: sp.form, variant: "A", diffOff: sp.off, due: true})
			}
		}
	}
	if len(capital) == 0 {
		return nil
	}
	small := map[string][]spot{}
	var order []string
	for k, s := range walk.segs {
		if !holdsSmallFigureWord(s.Text, capital) {
			continue // most texts: no word of those names in small letters and a hyphen
		}
		x := walk.idx[k]
		for _, w := range x.words {
			if !startsLower(w.text) || w.end >= len(s.Text) {
				continue
			}
			key, sp, ok := figureSpot(s, w)
			if _, named := capital[key]; !ok || !named || sp.variant != "-" || !wordAlone(s.Text, sp.off, sp.end) || quoted(s.Text, w.off) {
				continue
			}
			if len(small[key]) == 0 {
				order = append(order, key)
			}
			sp.variant, sp.diffOff = "a", sp.off
			sp.lawful = "" // the fix is the capital the notice writes ("Covid-19"), not figureSpot's joined form of this spelling ("covid-19")
			small[key] = append(small[key], sp)
		}
	}
	var out [][]spot
	for _, key := range order {
		out = append(out, append(slices.Clone(capital[key]), small[key]...))
	}
	return out
}

// wordAlone reports whether s[from:to] stands as a word of the prose: a
// space, the start or an opening mark before it, and after it no hyphen,
// full stop, slash or underscore going on with a letter or a figure.
func wordAlone(s string, from, to int) bool {
	if from > 0 {
		r, _ := utf8.DecodeLastRuneInString(s[:from])
		if !unicode.IsSpace(r) && !strings.ContainsRune("(\"“‘'[", r) {
			return false
		}
	}
	if to+1 < len(s) && strings.ContainsRune("-._/", rune(s[to])) {
		r, _ := utf8.DecodeRuneInString(s[to+1:])
		return !isLetter(r) && !unicode.IsDigit(r)
	}
	return true
}

// holdsSmallFigureWord reports whether s holds the word of one of the
// names of capital (keyed "word|figure"), in small letters, before a
// hyphen.
func holdsSmallFigureWord(s string, capital map[string][]spot) bool {
	for key := range capital {
		word, _, _ := strings.Cut(key, "|")
		if strings.Contains(s, word+"-") {
			return true
		}
	}
	return false
}
