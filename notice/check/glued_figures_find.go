package check

import (
	"strings"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// gluedFiguresAt is gluedFiguresRe anchored with \A: gluedFigures tries it
// only where a match can start.
var gluedFiguresAt = lazyre.New(`\A(?:` + gluedFiguresExpr + `)`)

// gluedFiguresTail is how many bytes past the run of figures and commas
// a window holds, before it is taken on to a character's start: the
// character closing the match ([^\d,.], or a "." before \s or $) and
// the one after that ".", so that the expression's $ holds in the window
// only where it holds in the text. A tail of 1 fails
// TestGluedFiguresAsFindAll ("6,7.x" read as "6,7.").
const gluedFiguresTail = 2

// gluedFigures is gluedFiguresRe().FindAllStringSubmatchIndex(s, -1),
// the expression tried only where a match can start. Every match's run
// opens with one or two figures, then a comma and a figure; before them
// stands a space, a "(" or the text's start. So for each comma with a
// figure on both sides a match can start only 1 to 3 bytes before it,
// at a space, a "(" or the text's start; the tries run in the order of
// those places, from the end of the last match on, as the expression's
// own search does. Each try reads a window from the place to a few
// characters past the run of figures and commas the comma stands in: no
// match reaches beyond it (gluedFiguresTail).
func gluedFigures(s string) [][]int {
	var out [][]int
	from := 0 // the first place still to try
	for c := strings.IndexByte(s, ','); c >= 0; {
		if c > 0 && c+1 < len(s) && isDigitByte(s[c-1]) && isDigitByte(s[c+1]) {
			for j := max(from, c-3); j < c; j++ {
				if j > 0 && !isSpaceOrParen(s[j]) {
					continue
				}
				if m := gluedFiguresTry(s, j, figureRunEnd(s, c)); m != nil {
					out = append(out, m)
					from = m[1]
					break
				}
			}
			from = max(from, c)
		}
		k := strings.IndexByte(s[c+1:], ',')
		if k < 0 {
			break
		}
		c += 1 + k
	}
	return out
}

// gluedFiguresTry is the match of gluedFiguresRe starting at s[j], its
// offsets in s, read in a window that ends gluedFiguresTail bytes past
// run, the end of the run of figures and commas; nil when none starts
// there.
func gluedFiguresTry(s string, j, run int) []int {
	e := min(len(s), run+gluedFiguresTail)
	for e < len(s) && !utf8.RuneStart(s[e]) {
		e++
	}
	m := gluedFiguresAt().FindStringSubmatchIndex(s[j:e])
	for k := range m {
		if m[k] >= 0 {
			m[k] += j
		}
	}
	return m
}

// figureRunEnd is where the run of figures and commas that holds s[c]
// ends.
func figureRunEnd(s string, c int) int {
	for c < len(s) && (isDigitByte(s[c]) || s[c] == ',') {
		c++
	}
	return c
}

// isSpaceOrParen is a byte of gluedFiguresRe's [\s(].
func isSpaceOrParen(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\f' || b == '\r' || b == '('
}
