package check

import (
	"strings"
	"sync"
)

// gluedCountRe is a figure typed against the word of what it counts, with
// no space: "01điểm/câu", "2.000đồng/trang", "3lần". Only words that
// count or measure, and spelt whole: "50.000đ" (the sign of the đồng) is
// the abbreviation the price lists write. The date words are
// gluedFigure's, the hour's gluedHour's.
var gluedCountRe = sync.OnceValue(func() *leadExpr {
	x := newLeadExpr(``, `[^\d.,\p{L}]`, `(\d+(?:[.,]\d+)*)(`+strings.Join(countWords, "|")+`)(?:[^\d\p{L}]|$)`)
	x.at = figureThenCount
	return x
})

// countWords are the words gluedCountRe finds glued to a figure.
var countWords = []string{"điểm", "đồng", "người", "lần", "tuần", "buổi", "tiết", "câu"}

// figureThenCount reports whether s, a text starting with a figure, may
// start a match of gluedCountRe: its figure, which ends with a digit
// where its run of digits, points and commas ends (a count word opens
// with none of them), is followed by one of countWords.
func figureThenCount(s string) bool {
	i := 0
	for i < len(s) && (s[i] >= '0' && s[i] <= '9' || s[i] == '.' || s[i] == ',') {
		i++
	}
	if i == 0 || s[i-1] < '0' || s[i-1] > '9' {
		return false
	}
	for _, w := range countWords {
		if strings.HasPrefix(s[i:], w) {
			return true
		}
	}
	return false
}

// gluedQuantityRe is a word that stands before a quantity typed against
// the figure after it, with no space: "diện tích227,5m2", "tổng số15".
// Only these words, written whole, in small letters: a list's number
// glued to the word before it on a flattened page ("luật1. Khi") is
// another slip, and the date words are gluedFigure's.
var gluedQuantityRe = sync.OnceValue(func() *leadExpr {
	return newLeadExpr(``, `[^\d\p{L}]`, `(diện tích|tổng số|số lượng|tổng cộng)(\d+(?:[.,]\d+)*)`, "diện tích", "tổng số", "số lượng", "tổng cộng")
})

// Both are leadExprs, tried only where a figure or one of the words
// starts: run over a whole text, the regexp package tried their lead
// class from every byte.

// gluedCount reports a figure glued to the word it counts ("01điểm" for
// "01 điểm"), and a word of quantity glued to its figure ("diện tích227,5"
// for "diện tích 227,5"): the figure and its word are parted by a space
// as any two words are.
func gluedCount(p *Pass) {
	for _, seg := range p.View.textSegs() {
		if !p.View.holdsDigit(seg.Text) {
			continue // both expressions match a figure
		}
		count, quantity := gluedFigureLooks(p.View, seg.Text)
		for k, x := range [...]func() *leadExpr{gluedCountRe, gluedQuantityRe} {
			if k == 0 && !count || k == 1 && !quantity {
				continue
			}
			for _, m := range x().findAllIn(p.View, seg.Text) {
				if quoted(seg.Text, m[2]) {
					continue
				}
				left, right := seg.Text[m[2]:m[3]], seg.Text[m[4]:m[5]]
				reportGlued(p, seg, m[4], left, right)
			}
		}
	}
}

// gluedFigureLooks reports, from the runs of figures of s (the text
// index's figureRuns), whether it holds what every match of gluedCountRe
// holds, a digit with the first byte of a count word right after it
// (countWords open with "đ", n, l, t, b or c), and what every match of
// gluedQuantityRe holds, a digit right after the last byte of a word of
// quantity ("tích", "số", "lượng", "cộng"). Inside a run a figure stands
// beside figures, so only the byte after each run and the byte before
// it are asked. Most paragraphs hold figures but none glued to a word,
// and the expressions need not be tried at each of their figures.
func gluedFigureLooks(v *View, s string) (count, quantity bool) {
	for _, r := range v.figureRuns(s) {
		if int(r[1]) < len(s) {
			switch s[r[1]] {
			case 0xC4, 'n', 'l', 't', 'b', 'c': // "đ" is C4 91
				count = true
			}
		}
		if r[0] > 0 {
			switch s[r[0]-1] {
			case 'h', 'g', 0x91: // "ố" is E1 BB 91
				quantity = true
			}
		}
		if count && quantity {
			break
		}
	}
	return count, quantity
}
