package check

import "sync"
import "strings"

// consonantSlips returns a folded syllable with its first or its last
// consonant written as the one a region's speech confuses it with: s and
// x, ch and tr, d, gi and r, l and n at the start ("rà xoát", "chách
// nhiệm", "xây giựng", "Nễ hội"); c and t at the end ("Quyếc định").
// In a daily term these are slips a clerk writes as he speaks and the eye
// passes over; the syllables they make are mostly words of their own, so
// they are looked for only as a term's slip, never as a word alone. n
// and ng at the end are left: "thôn báo" (a village reports) is no slip
// of "Thông báo".
func consonantSlips(w string) []string {
	var out []string
	add := func(s string) {
		if s != w && !strings.ContainsRune(s, ' ') {
			out = append(out, s)
		}
	}
	head, rest := splitInitial(w)
	for _, h := range initialSwaps()[head] {
		if h == "gi" && (strings.HasPrefix(rest, "i") || strings.HasPrefix(rest, "ì") || strings.HasPrefix(rest, "í") || strings.HasPrefix(rest, "ỉ") || strings.HasPrefix(rest, "ĩ") || strings.HasPrefix(rest, "ị")) {
			continue // "di" is "gi" + "i": no slip of its own
		}
		add(h + rest)
	}
	for _, f := range [][2]string{{"c", "t"}, {"t", "c"}} {
		if strings.HasSuffix(w, f[0]) && !strings.HasSuffix(w, "ch") {
			add(strings.TrimSuffix(w, f[0]) + f[1])
		}
	}
	return out
}

// initialSwaps are the first consonants speech confuses, each with those
// it is written for.
var initialSwaps = sync.OnceValue(func() map[string][]string {
	return map[string][]string{
		"s": {"x"}, "x": {"s"},
		"ch": {"tr"}, "tr": {"ch"},
		"d": {"gi", "r"}, "gi": {"d", "r"}, "r": {"d", "gi"},
		"l": {"n"}, "n": {"l"},
	}
})

// splitInitial parts a folded syllable into its first consonant, as
// initialSwaps knows them, and the rest: "tr" + "ách", "gi" + "ải", "n" +
// "ội"; "nh", "ng", "ngh", "th" and the rest are no swap's ("" and w).
func splitInitial(w string) (string, string) {
	for _, h := range []string{"ngh", "ng", "nh", "th", "ch", "tr", "gi"} {
		if strings.HasPrefix(w, h) {
			if h == "gi" && len(w) == 2 {
				return "", w
			}
			if _, ok := initialSwaps()[h]; ok {
				return h, w[len(h):]
			}
			return "", w
		}
	}
	for _, h := range []string{"s", "x", "d", "r", "l", "n"} {
		if strings.HasPrefix(w, h) {
			return h, w[len(h):]
		}
	}
	return "", w
}
