package check

import (
	"reflect"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/internal/testlines"
)

// proseCases are texts where the scanners of the prose rules and the
// expressions they stand for could part.
var proseCases = []string{
	"", "(", "a(", "á(b(", "A(", "a((", "\xffa(", "x\xc3(", "ǅ(", "ß(",
	"..", "a..", "a..b", "..b", "a../", "a...", "a....b", "…..", "..…", ";…", ";...", ",,", ";;", "::", ",.", ";.",
	".,", ",.a", ";./", "a, b. c; d: e", "1.1.", "v.v..", "a . . b", "x:.y", "…", "a…b", "..\xff..", "./..", "/../",
	"Hà Nội.. Ngày", "ab..cd,,ef;;gh", "a,.", "a,./b", ",.,.,.", "...;...", "a..\n..b",
}

// proseTexts are the lines of every notice in testdata, and proseCases.
func proseTexts(t *testing.T) []string {
	return testlines.Read(t, "../../testdata", proseCases)
}

// TestDateWordIn holds View.dateWordIn to dateWordBeforeDigit on every
// line of testdata, the cases and texts made of the bytes it looks at.
func TestDateWordIn(t *testing.T) {
	texts := append(proseTexts(t), "5ngày", "5NGÀY", "3tháng", "năm2020", "NĂM2022", "ngày\xff5", "\xffngày5", "xăm1", "Tháng1",
		"ngàyngày5", "a5Năm", "α5ngày", "ngàyα5")
	texts = append(texts, testlines.Random([]string{"ngày", "gày", "tháng", "năm", "NĂM", "ĂM", "5", " ", "n", "T", "\xff", "x", "α"}, 20000, 6, 66)...)
	v := &View{}
	held := 0
	for _, s := range texts {
		want := dateWordBeforeDigit(s)
		if want {
			held++
		}
		if got := v.dateWordIn(s); got != want {
			t.Errorf("dateWordIn(%q) = %v, want %v", s, got, want)
		}
	}
	if held < 500 {
		t.Errorf("dateWordBeforeDigit holds on %d texts, want 500 at least", held)
	}
}

// TestProseScannersAsExpressions holds the scanners of the prose rules
// to the expressions they stand for, and the key of a word to
// strings.EqualFold, on every line of testdata.
func TestProseScannersAsExpressions(t *testing.T) {
	texts := proseTexts(t)
	for _, s := range texts {
		sameProseScan(t, s)
	}
	words := map[string]bool{"K": true, "k": true, "\u212a": true, "s": true, "S": true, "\u017f": true, "Ǆ": true, "ǅ": true, "ǆ": true}
	for _, s := range texts[:min(len(texts), 400)] {
		for _, w := range wordsWithOffsets(s) {
			words[w.text] = true
		}
	}
	var list []string
	for w := range words {
		list = append(list, w)
	}
	for _, a := range list {
		for _, b := range list {
			sameEqualFold(t, a, b)
		}
	}
}

func sameProseScan(t *testing.T, s string) {
	t.Helper()
	if got, want := gluedBrackets(s), glueBracket().FindAllStringIndex(s, -1); !reflect.DeepEqual(got, want) {
		t.Fatalf("gluedBrackets(%q) = %v, the expression %v", s, got, want)
	}
	if got, want := doubledMarks(s), doubledRe().FindAllStringSubmatchIndex(s, -1); !reflect.DeepEqual(got, want) {
		t.Fatalf("doubledMarks(%q) = %v, the expression %v", s, got, want)
	}
	if dateWordRe().MatchString(s) && !dateWordBeforeDigit(s) {
		t.Fatalf("dateWordBeforeDigit(%q) is false, but the expression matches", s)
	}
}

func sameEqualFold(t *testing.T, a, b string) {
	t.Helper()
	if got, want := equalFoldKey(a) == equalFoldKey(b), strings.EqualFold(a, b); got != want {
		t.Fatalf("keys of %q and %q equal: %v; EqualFold: %v", a, b, got, want)
	}
	wa, wb := wordsWithOffsets(a), wordsWithOffsets(b)
	if len(wa) == len(wb) {
		var la, lb []*lexeme
		l := lexicon{}
		for i := range wa {
			la, lb = append(la, l.of(wa[i].text)), append(lb, l.of(wb[i].text))
			l.eqLexeme(la[i]) // sameRunLex compares the keys' lexemes, made as repeatStarts makes them
			l.eqLexeme(lb[i])
		}
		if got, want := sameRunLex(la, lb), sameRun(wa, wb); got != want {
			t.Fatalf("sameRunLex(%q, %q) = %v, sameRun %v", a, b, got, want)
		}
	}
}

// FuzzProseScanners holds the scanners to their expressions, and the key
// of a word to strings.EqualFold, on any text.
func FuzzProseScanners(f *testing.F) {
	for _, s := range proseCases {
		f.Add(s, "Ab")
	}
	f.Add("Ngày15/3 tháng11 năm1978", "Ab")
	f.Fuzz(func(t *testing.T, s, w string) {
		sameProseScan(t, s)
		sameEqualFold(t, s, w)
	})
}
