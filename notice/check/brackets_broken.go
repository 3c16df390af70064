package check

import "strings"

// A page that breaks its lines inside a sentence, or a converter that
// puts a blank line or a page number inside a paragraph, can leave a
// bracket opened in one paragraph and closed a few paragraphs on: "(Ban
// hành" / "kèm theo Quyết định số: 59/QĐ-UBND" / "Ngày 22 tháng" / "7 năm
// 2021 của Ủy ban nhân dân xã Xuân" / "Phú)" (round 25); a Quy chế's
// brackets closed past a page number (round 33); a quotation over two
// paragraphs (round 34). Each paragraph read alone says its bracket
// unclosed and the other's unopened, of one pair the document closes.
// brokenPairs finds such pairs: a paragraph whose only fault is one "("
// left open at its end, and, within brokenPairReach paragraphs after it
// with no bracket between, one whose only fault is one ")" with none
// before it. unbalanced says neither.

// brokenPairReach is how many paragraphs on the closing one may stand.
const brokenPairReach = 5

// parenFaults counts what a paragraph's brackets leave unmatched, read
// as bracketFaults reads them: "(" left open, ")" with none before it,
// and any other fault (a "[" or "]", a ")" before a "(" it does not
// close).
type parenFaults struct {
	open, stray, other int
	any                bool // the paragraph holds a bracket at all
}

func parenFaultsOf(seg *Seg) parenFaults {
	var f parenFaults
	from := 0
	if seg.Marker != "" && strings.HasPrefix(seg.Text, seg.Marker) {
		from = len(seg.Marker)
	}
	var stack []openMark
	for i := from; i < len(seg.Text); i++ {
		r := rune(seg.Text[i])
		if !isBracketByte(seg.Text[i]) {
			continue // the brackets are ASCII: no byte of another rune is one
		}
		if _, ok := closers()[r]; ok {
			f.any = true
			stack = append(stack, openMark{r, i})
			continue
		}
		open, ok := openers()[r]
		if !ok {
			continue
		}
		if r == ')' && listMarkerAt(seg.Text, i) {
			continue
		}
		f.any = true
		k := len(stack) - 1
		for k >= 0 && stack[k].r != open {
			k--
		}
		switch {
		case k < 0 && r == ')' && len(stack) == 0:
			f.stray++
		case k < 0:
			f.other++
		default:
			f.other += len(stack) - 1 - k
			stack = stack[:k]
		}
	}
	for _, m := range stack {
		if m.r == '(' {
			f.open++
		} else {
			f.other++
		}
	}
	return f
}

// brokenPairs returns the paragraphs of texts whose stray brackets are
// one pair broken over paragraphs, said by neither.
func brokenPairs(v *View, texts []*Seg) map[*Seg]bool {
	var out map[*Seg]bool
	for i := 0; i < len(texts); i++ {
		if !v.holdsMark(texts[i].Text, openParenMark) {
			continue
		}
		a := parenFaultsOf(texts[i])
		if a.open != 1 || a.stray != 0 || a.other != 0 {
			continue
		}
		for j := i + 1; j < len(texts) && j <= i+brokenPairReach; j++ {
			if !v.holdsMark(texts[j].Text, bracketMarks) {
				continue
			}
			b := parenFaultsOf(texts[j])
			if b.stray == 1 && b.open == 0 && b.other == 0 {
				if out == nil {
					out = map[*Seg]bool{}
				}
				out[texts[i]], out[texts[j]] = true, true
			}
			if b.any {
				break
			}
		}
	}
	return out
}

// bracketMarks and openParenMark are the brackets as a text index's marks
// (asciiMarks).
var (
	bracketMarks  = asciiMarks("()[]")
	openParenMark = asciiMarks("(")
)
