package plain

import (
	"math"
	"regexp/syntax"
	"strings"
	"testing"
	"unicode"
)

// parseExpr parses an expression of the package as regexp does.
func parseExpr(t *testing.T, expr string) *syntax.Regexp {
	t.Helper()
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		t.Fatal(err)
	}
	return re
}

// firstRunes gives the ranges (pairs lo, hi) of the runes a match of re
// may open with, and whether a match may be empty there.
func firstRunes(re *syntax.Regexp) (ranges []rune, nullable bool) {
	switch re.Op {
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return nil, true
		}
		r := re.Rune[0]
		ranges = append(ranges, r, r)
		if re.Flags&syntax.FoldCase != 0 {
			for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
				ranges = append(ranges, f, f)
			}
		}
		return ranges, false
	case syntax.OpCharClass:
		return re.Rune, false
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return []rune{0, unicode.MaxRune}, false
	case syntax.OpCapture, syntax.OpPlus:
		return firstRunes(re.Sub[0])
	case syntax.OpStar, syntax.OpQuest:
		ranges, _ = firstRunes(re.Sub[0])
		return ranges, true
	case syntax.OpRepeat:
		ranges, nullable = firstRunes(re.Sub[0])
		return ranges, nullable || re.Min == 0
	case syntax.OpConcat:
		for _, sub := range re.Sub {
			r, n := firstRunes(sub)
			ranges = append(ranges, r...)
			if !n {
				return ranges, false
			}
		}
		return ranges, true
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			r, n := firstRunes(sub)
			ranges = append(ranges, r...)
			nullable = nullable || n
		}
		return ranges, nullable
	}
	return nil, true // the anchors, the word boundaries, the empty match
}

// maxRunes is how many runes a match of re holds at most; MaxInt when
// unbounded.
func maxRunes(re *syntax.Regexp) int {
	switch re.Op {
	case syntax.OpLiteral:
		return len(re.Rune)
	case syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return 1
	case syntax.OpCapture, syntax.OpQuest:
		return maxRunes(re.Sub[0])
	case syntax.OpStar, syntax.OpPlus:
		if maxRunes(re.Sub[0]) == 0 {
			return 0
		}
		return math.MaxInt
	case syntax.OpRepeat:
		n := maxRunes(re.Sub[0])
		if re.Max < 0 || n == math.MaxInt {
			return math.MaxInt
		}
		return re.Max * n
	case syntax.OpConcat:
		sum := 0
		for _, sub := range re.Sub {
			n := maxRunes(sub)
			if n == math.MaxInt {
				return n
			}
			sum += n
		}
		return sum
	case syntax.OpAlternate:
		most := 0
		for _, sub := range re.Sub {
			most = max(most, maxRunes(sub))
		}
		return most
	}
	return 0
}

// eachFirst calls f with each rune a match of expr, anchored at the
// start, may open with; it fails on an expression not so anchored or
// whose match may be empty.
func eachFirst(t *testing.T, expr string, f func(r rune)) {
	t.Helper()
	re := parseExpr(t, expr)
	if re.Op != syntax.OpConcat || re.Sub[0].Op != syntax.OpBeginText && re.Sub[0].Op != syntax.OpBeginLine {
		t.Fatalf("%s: not anchored at the start", expr)
	}
	ranges, nullable := firstRunes(re)
	if nullable {
		t.Fatalf("%s: a match may be empty", expr)
	}
	for i := 0; i < len(ranges); i += 2 {
		for r := ranges[i]; r <= ranges[i+1]; r++ {
			f(r)
		}
	}
}

// TestMottoOpening holds mayOpenMotto to mottoRe: each rune a match may
// open with opens with a byte it lets through.
func TestMottoOpening(t *testing.T) {
	eachFirst(t, mottoRe().String(), func(r rune) {
		if !mayOpenMotto(string(r)) {
			t.Errorf("mottoRe may open with %q, which mayOpenMotto turns away", r)
		}
	})
}

// TestTailLabelBounds holds mayBeTailLabel to tailLabelRe: each rune a
// match may open with is let through, and the match before its closing
// `\s*:?$` holds tailLabelRunes runes at most.
func TestTailLabelBounds(t *testing.T) {
	expr := tailLabelRe().String()
	eachFirst(t, expr, func(r rune) {
		if !mayBeTailLabel(string(r)) {
			t.Errorf("tailLabelRe may open with %q, which mayBeTailLabel turns away", r)
		}
	})
	const tail = `\s*:?$`
	if !strings.HasSuffix(expr, tail) {
		t.Fatalf("tailLabelRe no longer ends with %s", tail)
	}
	if n := maxRunes(parseExpr(t, strings.TrimSuffix(expr, tail))); n > tailLabelRunes {
		t.Errorf("a match of tailLabelRe holds up to %d runes before %s, tailLabelRunes says %d", n, tail, tailLabelRunes)
	}
}

// TestMayPlaceDate holds mayPlaceDate to placeDateRe on the case forms
// of "ngày" and on lines that lack one of its literals.
func TestMayPlaceDate(t *testing.T) {
	for _, c := range []string{
		"Hà Nội, ngày 6 tháng 4 năm 2011", "Hà Nội, NGÀY 6 THÁNG 4 NĂM 2011", "Vị Thanh,Ngày 6 thảng 4 năm 2011",
		"Huế, nGàY 1 tháng 1 năm 20", "Hà Nội ngày 6 tháng 4 năm 2011", "Hà Nội, nga\u0300y 6 tháng 4 năm 2011", "a, ngày",
	} {
		if got, want := mayPlaceDate(c), placeDateRe().MatchString(c); want && !got {
			t.Errorf("mayPlaceDate(%q) = false, placeDateRe matches it", c)
		}
	}
}
