package check

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// twoMarksLost makes a term's near-misses of two marks lost: one on each
// of two of its words ("Nghi đinh", "Quyêt đinh", "uy ban nhân dân
// tinh") or two on one word ("Quyet định"). A slip that keeps no mark and
// no "đ" ("Thong bao", "Bao cao") is a text typed without marks, a file's
// name or a link's ("2021_05_13 Thong bao kiem tra ..."): the
// no-diacritics reading's, not made.
func twoMarksLost(toks []string) [][]string {
	var out [][]string
	add := func(s []string) {
		if keepsMark(s) && !slices.ContainsFunc(out, func(o []string) bool { return slices.Equal(o, s) }) {
			out = append(out, s)
		}
	}
	for i, t := range toks {
		if t == "," {
			continue
		}
		for _, a := range markLost(t) {
			if variantSwap(toks, i, a) {
				continue
			}
			one := replaced(toks, i, a)
			for j := i; j < len(toks); j++ {
				if toks[j] == "," {
					continue
				}
				for _, b := range markLost(one[j]) {
					add(replaced(one, j, b))
				}
			}
		}
	}
	return out
}

// keepsMark reports whether a slip's words keep a letter outside ASCII:
// a mark or an "đ".
func keepsMark(toks []string) bool {
	s := strings.Join(toks, "")
	return utf8.RuneCountInString(s) != len(s)
}
