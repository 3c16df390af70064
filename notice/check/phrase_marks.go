package check

import (
	"slices"
	"sync"

	"github.com/thongbao/thongbao/notice/cite"
	"golang.org/x/text/unicode/norm"
)

// The tone and vowel marks of Vietnamese, as combining marks (NFD).
const (
	markGrave, markAcute, markTilde, markHook, markDot = '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'
	markCircumflex, markBreve, markHorn                = '\u0302', '\u0306', '\u031b'
)

var toneMarks = []rune{markGrave, markAcute, markTilde, markHook, markDot}

// vowelMarks are the marks each plain vowel can take, 0 for none.
var vowelMarks = sync.OnceValue(func() map[rune][]rune {
	return map[rune][]rune{
		'a': {0, markBreve, markCircumflex},
		'e': {0, markCircumflex},
		'o': {0, markCircumflex, markHorn},
		'u': {0, markHorn},
	}
})

// markSlips returns a folded syllable with another tone mark, or with one
// vowel's mark (ˆ, ˘, the horn) changed, taken off or put on: the slips a
// finger makes on a Vietnamese keyboard ("chỉnh" for "chính", "biễn"
// for "biến", "hợp" for "họp"). A syllable with no tone mark is given
// one where Vietnamese seats it (toneSeat): "thành" for "thanh", "khải"
// for "khai".
func markSlips(w string) []string {
	d := []rune(norm.NFD.String(w))
	var out []string
	add := func(r []rune) {
		s := cite.Fold(norm.NFC.String(string(r)))
		if s != w && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	for i, r := range d {
		if !slices.Contains(toneMarks, r) {
			continue
		}
		bare := slices.Delete(slices.Clone(d), i, i+1)
		add(bare)
		end := i // the tone goes after the vowel's other mark
		for end < len(bare) && isVowelMark(bare[end]) {
			end++
		}
		for _, t := range toneMarks {
			if t != r {
				add(slices.Insert(slices.Clone(bare), end, t))
			}
		}
	}
	if i, ok := toneSeat(d); ok {
		end := i + 1
		for end < len(d) && isVowelMark(d[end]) {
			end++
		}
		for _, t := range toneMarks {
			add(slices.Insert(slices.Clone(d), end, t))
		}
	}
	for i, r := range d {
		marks := vowelMarks()[r]
		if marks == nil {
			continue
		}
		end := i + 1 // the marks on this vowel run to end
		for end < len(d) && (slices.Contains(toneMarks, d[end]) || isVowelMark(d[end])) {
			end++
		}
		var has rune
		at := -1
		for k := i + 1; k < end; k++ {
			if slices.Contains(marks[1:], d[k]) {
				has, at = d[k], k
			}
		}
		for _, m := range marks {
			if m == has {
				continue
			}
			v := slices.Clone(d)
			if at >= 0 {
				v = slices.Delete(v, at, at+1)
			}
			if m != 0 {
				v = slices.Insert(v, i+1, m)
			}
			add(v)
		}
	}
	return out
}

func isVowelMark(r rune) bool { return r == markCircumflex || r == markBreve || r == markHorn }

// hSlip returns a folded syllable with the "h" of its first consonant
// put on or taken off ("thính" for "tính", "tịch" for "thịch", "cung"
// for "chung"), "" when its first consonant has no such twin: the slip a
// finger makes typing an initial of two letters.
func hSlip(w string) string {
	if len(w) < 2 {
		return ""
	}
	switch w[0] {
	case 't', 'c', 'k', 'p':
	case 'n':
		if w[1] == 'g' {
			return "" // "ng", "ngh": no twin
		}
	default:
		return ""
	}
	if w[1] == 'h' {
		return w[:1] + w[2:]
	}
	if w[0] == 't' && w[1] == 'r' {
		return "" // "tr": no twin
	}
	return w[:1] + "h" + w[1:]
}
