package check

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/internal/testlines"
)

// markPlaceTexts are the texts of every segment of every notice and text
// of testdata, the lines of testdata, the looks' cases, a few made by hand
// and random mixes of the marks and letters the moved rules start from.
func markPlaceTexts(t *testing.T) []string {
	var texts []string
	for _, v := range testdataViews(t) {
		for _, s := range v.Texts() {
			texts = append(texts, s.Text)
		}
	}
	texts = append(texts, proseTexts(t)...)
	return append(texts, madeMarkTexts()...)
}

// madeMarkTexts are the looks' cases, texts made by hand and random mixes
// of the marks and letters the moved rules start from.
func madeMarkTexts() []string {
	var texts []string
	texts = append(texts, decimalCases...)
	texts = append(texts, figureLookCases...)
	texts = append(texts, "", "1", "h", "1h", "12h30", "8H00", "14 h00’", "7g30", "a.”.", ".\".", "..”.", "9\xff", "\xff9h", "5 ", "24/24h",
		"từ 7g30 – 11g00", "lúc 14g15 ngày", "(9g45)", "13g05, 8g5", "25g00 và 7g60 và 07g30x",
		"8g00 sáng", "từ 13g30", "20g45 tối", "(10g00-11g30)")
	return append(texts, testlines.Random([]string{"1", "2", "9", "h", "H", "g", " ", ".", ",", "”", "\"", "’", ":", "/", "a", "ờ", "m2", "ha", "\xff", "\xe2\x80"}, 40000, 7, 77)...)
}

// TestMarkPlaces holds View.places and View.figureRuns to a walk over
// every byte of every text.
func TestMarkPlaces(t *testing.T) {
	for _, s := range markPlaceTexts(t) {
		v := &View{} // a view a text: one view kept the indexes of every text of testdata (5 GB)
		for c := byte(0); c < 0x80; c++ {
			if !isMarkByte[c] {
				continue
			}
			var want []int32
			for i := 0; i < len(s); i++ {
				if s[i] == c {
					want = append(want, int32(i))
				}
			}
			if got := v.places(s, c); !slices.Equal(got, want) {
				t.Fatalf("places(%q, %q) = %v, want %v", s, c, got, want)
			}
		}
		var want [][2]int32
		for i := 0; i < len(s); i++ {
			if isDigit(s[i]) && (i == 0 || !isDigit(s[i-1])) {
				j := i
				for j < len(s) && isDigit(s[j]) {
					j++
				}
				want = append(want, [2]int32{int32(i), int32(j)})
			}
		}
		if got := v.figureRuns(s); !slices.Equal(got, want) {
			t.Fatalf("figureRuns(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestMovedScansAsOld holds the rules moved onto the marks' places to
// the scans they replace (kept below as they were), on every text of
// markPlaceTexts: time-h's hours in "h" and "g", doubled-punct's
// period around a quotation mark, and the decimal rules' looks (a count
// of texts where the old look says yes). It fails too when the old scans find
// too little for the test to tell.
func TestMovedScansAsOld(t *testing.T) {
	found := map[string]int{}
	for _, s := range markPlaceTexts(t) {
		v := &View{} // a view a text, as in TestMarkPlaces
		for _, c := range []struct {
			name     string
			old, new func(string) []string
		}{
			{"hoursH", oldHoursH, func(s string) (out []string) {
				hoursH(v, s, func(h hourSpan) { out = append(out, fmt.Sprint(h)) })
				return out
			}},
			{"hoursG", oldHoursG, func(s string) (out []string) {
				hoursGIn(v, s, func(from, i int) { out = append(out, fmt.Sprint(from, i)) })
				return out
			}},
			{"mayHoldMeasure", func(s string) []string { return []string{fmt.Sprint(oldMayHoldMeasure(s))} }, func(s string) []string { return []string{fmt.Sprint(v.mayHoldMeasure(s))} }},
			{"mayHoldScore", func(s string) []string { return []string{fmt.Sprint(oldMayHoldScore(s))} }, func(s string) []string { return []string{fmt.Sprint(v.mayHoldScore(s))} }},
			{"mayHoldDecimal(.)", func(s string) []string { return []string{fmt.Sprint(oldMayHoldDecimal(s, '.'))} }, func(s string) []string { return []string{fmt.Sprint(v.mayHoldDecimal(s, '.'))} }},
			{"mayHoldDecimal(,)", func(s string) []string { return []string{fmt.Sprint(oldMayHoldDecimal(s, ','))} }, func(s string) []string { return []string{fmt.Sprint(v.mayHoldDecimal(s, ','))} }},
			{"periodsAroundQuote", oldPeriodsAroundQuote, func(s string) (out []string) {
				periodsAroundQuote(v, s, func(i int, q string) { out = append(out, fmt.Sprint(i, q)) })
				return out
			}},
		} {
			want, got := c.old(s), c.new(s)
			if !slices.Equal(want, []string{"false"}) {
				found[c.name] += len(want)
			}
			if !slices.Equal(got, want) {
				t.Errorf("%s(%q) = %v, the old scan %v", c.name, s, got, want)
			}
		}
	}
	for name, n := range found {
		if n < 20 {
			t.Errorf("%s: the old scan finds %d, want 20 at least", name, n)
		}
	}
}

// oldHoursH is timeH's scan before the marks' places (s76).
func oldHoursH(t string) (out []string) {
	if !strings.ContainsAny(t, "hH") {
		return nil
	}
	for i := 1; i < len(t); i++ {
		k := strings.IndexAny(t[i:], "hH")
		if k < 0 {
			break
		}
		i += k
		h, ok := hourSpan{}, false
		switch {
		case t[i] == 'H':
			h, ok = hourCapAt(t, i)
		case isDigit(t[i-1]):
			h, ok = hourAt(t, i)
		case t[i-1] == ' ' && i >= 2 && isDigit(t[i-2]):
			h, ok = hourSpacedAt(t, i)
		}
		if ok {
			out = append(out, fmt.Sprint(h))
		}
	}
	return out
}

// oldHoursG is hoursG's scan before the marks' places (s76).
func oldHoursG(t string) (out []string) {
	if !strings.Contains(t, "g") {
		return nil
	}
	for i := 1; i+2 < len(t); i++ {
		k := strings.IndexByte(t[i:len(t)-2], 'g')
		if k < 0 {
			break
		}
		i += k
		if !isDigit(t[i-1]) || !isDigit(t[i+1]) || !isDigit(t[i+2]) {
			continue
		}
		from := i
		for from > 0 && isDigit(t[from-1]) {
			from--
		}
		hour, min := t[from:i], t[i+1:i+3]
		if len(hour) > 2 || atoiSmall(hour) > 24 || atoiSmall(min) > 59 || from > 0 && !hourLeftEdge(t, from, hour) ||
			i+3 < len(t) && (isDigit(t[i+3]) || wordByteAt(t, i+3)) || quoted(t, from) {
			continue
		}
		out = append(out, fmt.Sprint(from, i))
	}
	return out
}

// oldPeriodsAroundQuote is periodAroundQuote's scan before the marks'
// places (s76).
func oldPeriodsAroundQuote(t string) (out []string) {
	for _, q := range []string{".”.", ".\".", ".’."} {
		for from := 0; ; {
			i := strings.Index(t[from:], q)
			if i < 0 {
				break
			}
			i += from
			from = i + len(q)
			if strings.HasPrefix(t[from:], ".") || i > 0 && t[i-1] == '.' {
				continue
			}
			out = append(out, fmt.Sprint(i, q))
		}
	}
	return out
}

// oldMayHoldMeasure is decimal-measures' look before the marks' places
// (s76), each mark found by IndexByte.
func oldMayHoldMeasure(s string) bool {
	for _, c := range [...]byte{'.', ','} {
		for i := 1; i+1 < len(s); i++ {
			k := strings.IndexByte(s[i:len(s)-1], c)
			if k < 0 {
				break
			}
			if i += k; isDigit(s[i-1]) && isDigit(s[i+1]) &&
				(measureUnitAfter(s[i+2:]) || i+2 < len(s) && isDigit(s[i+2]) && measureUnitAfter(s[i+3:])) {
				return true
			}
		}
	}
	return false
}

// oldMayHoldScore is decimal-scores' look before the marks' places (s76).
func oldMayHoldScore(s string) bool {
	for _, c := range [...]byte{'.', ','} {
		for i := 1; i+1 < len(s); i++ {
			k := strings.IndexByte(s[i:len(s)-1], c)
			if k < 0 {
				break
			}
			if i += k; isDigit(s[i-1]) && isDigit(s[i+1]) {
				return true
			}
		}
	}
	return false
}

// oldMayHoldDecimal is decimal-mixed's look before the marks' places
// (s76).
func oldMayHoldDecimal(s string, sep byte) bool {
	for i := 0; ; i++ {
		k := strings.IndexByte(s[i:], sep)
		if k < 0 {
			return false
		}
		i += k
		if i > 0 && isDigit(s[i-1]) && scoreTail(s[i+1:]) {
			return true
		}
	}
}

// TestAfterMarkAsOld holds missing-space's marks without a space after
// them (afterMark), read from the text index's marks, to the rule as it
// found each mark with a byteFinder (oldAfterMark, kept below), on every
// segment of every notice and text of testdata and the texts of
// markPlaceTexts: the same findings in the same order.
func TestAfterMarkAsOld(t *testing.T) {
	r, ok := Lookup("missing-space")
	if !ok {
		t.Fatal("no rule missing-space")
	}
	views := testdataViews(t)
	for _, s := range append(proseTexts(t), madeMarkTexts()...) {
		views = append(views, &View{Path: "made.txt", texts: []Seg{{Text: s}}, done: haveTexts})
	}
	reported := 0
	for i, v := range views {
		views[i] = nil // its indexes go with it: all of testdata's views kept them (5 GB)
		for _, seg := range withSegs(v.Texts()) {
			var got, want found
			afterMark(&Pass{View: v, Opts: &Options{}, rule: r, found: &got}, seg)
			oldAfterMark(&Pass{View: v, Opts: &Options{}, rule: r, found: &want}, seg)
			reported += len(want.list)
			if fmt.Sprint(got.list) != fmt.Sprint(want.list) {
				t.Errorf("%s: afterMark(%q) = %v, the old scan %v", v.Path, seg.Text, got.list, want.list)
			}
		}
	}
	if reported < 20 {
		t.Errorf("the old afterMark reports %d, want 20 at least", reported)
	}
}

func oldAfterMark(p *Pass, seg *Seg) {
	text := seg.Text
	marks := newByteFinder(text, '.', ',', ';')
	for i := marks.next(1); i >= 0 && i+1 < len(text); i = marks.next(i + 1) {
		c := text[i]
		r, _ := utf8.DecodeRuneInString(text[i+1:])
		if !isLetter(r) || unicode.Is(unicode.Lm, r) {
			continue // "ⁱ", "ᵃ": a note's mark printed raised after the mark (an endnote of Word's i, ii, iii)
		}
		if n := numberClause(c, text[:i]); n != "" {
			p.Report(seg, i+1, diag.Msg("thiếu dấu cách sau dấu %q trong %q", "a space is missing after %q in %q", string(c), n+text[i:i+1+len(string(r))]),
				diag.Msg("thêm dấu cách sau dấu %q", "add a space after %q", string(c)))
			continue
		}
		if n := dateStopped(c, text[:i], text[i+1:]); n != "" {
			p.Report(seg, i+1, diag.Msg("thiếu dấu cách sau dấu %q trong %q", "a space is missing after %q in %q", string(c), n+text[i:i+1+len(string(r))]),
				diag.Msg("thêm dấu cách sau dấu %q", "add a space after %q", string(c)))
			continue
		}
		ws := wordsWithOffsets(text[:i])
		if len(ws) == 0 || ws[len(ws)-1].end != i || utf8.RuneCountInString(ws[len(ws)-1].text) < 2 {
			continue
		}
		if c == '.' && webAddressDot(text, i) {
			continue // "www.Thanhhoa.gov.vn": a dot of the address, no sentence's
		}
		if c == ',' && inMailAddress(text[:i], text[i+1:]) {
			continue // "vanthu@laocai,gov.vn" (the rule's reading since lead99)
		}
		quoteEnd := i + 1 + len(string(r))
		if c == ',' && fieldsAbbrev(text[i+1:]) && !spacedElsewhere(p.View, text[:i], text[i+1:]) {
			continue // "VH,TT&DL": one abbreviation of a name of fields (fields_abbrev.go)
		}
		if !allLower(ws[len(ws)-1].text) && !capsList(c, ws[len(ws)-1].text, r) && !namesList(c, ws[len(ws)-1].text, r) {
			if !placeGlued(c, text[:ws[len(ws)-1].off], ws[len(ws)-1].text, text[i+1:]) {
				continue
			}
			quoteEnd = i + 1 + strings.IndexFunc(text[i+1:]+" ", func(r rune) bool { return !isLetter(r) }) // the name's first word: "TP.Tân"
		}
		if c == '.' && !isUpperRune(r) && !markedWordsAround(ws[len(ws)-1].text, text[i+1:]) {
			continue // "v.v", a domain, a file's name
		}
		p.Report(seg, i+1, diag.Msg("thiếu dấu cách sau dấu %q trong %q", "a space is missing after %q in %q", string(c), ws[len(ws)-1].text+text[i:quoteEnd]),
			diag.Msg("thêm dấu cách sau dấu %q", "add a space after %q", string(c)))
	}
}
