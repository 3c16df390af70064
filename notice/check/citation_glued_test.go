package check

import (
	"strings"
	"testing"
	"unicode"
)

// hasGlueWords is hasGlue as it was written, word by word.
func hasGlueWords(s string) bool {
	for w := range strings.FieldsSeq(s) {
		if !strings.Contains(w, "/") && glueInWord(w) || dateGlued(w) {
			return true
		}
	}
	return false
}

func glueInWord(w string) bool {
	lower, digit := 0, false
	for i, r := range w {
		switch {
		case isUpperRune(r) && lower >= 2:
			return true
		case isLowerRune(r) && digit && smallRun(w[i:]) >= 2:
			return true
		}
		digit = unicode.IsDigit(r)
		if isLowerRune(r) {
			lower++
		} else {
			lower = 0
		}
	}
	return false
}

var glueCases = []string{
	"củaGiám đốc", "ngày 22 tháng 5năm 2008", "TTr-SNV", "QyĐ", "abC/x", "x/ab C", "ab\u00a0Cd", "ab\u2003Cd", "abCd/", "ngày14/11/2013",
	"xngày14/11", "ngày", "ngàyx", "a ngày1", "5\u0663ab", "\u0663ab", "٣ab", "1ab", "1a b", "1aB", "abc\xffDe", "ab\xc3", "ab\vCd", "ab\u0085Cd",
	"ǅab", "abǅ", "đaĐ", "aaĐ", "12 ab", "abc/ defG", "defG /abc", "", " ", "a\tbC",
}

// TestHasGlueAsWords holds hasGlue's one walk to the reading word by
// word, on every line of testdata, each cut at its stops as
// citationFirstMention cuts it, and on glueCases.
func TestHasGlueAsWords(t *testing.T) {
	for _, s := range append(proseTexts(t), glueCases...) {
		sameGlue(t, s)
		for i := range len(s) {
			if s[i] == '.' || s[i] == ';' {
				sameGlue(t, s[:i])
				sameGlue(t, s[i+1:])
			}
		}
	}
}

func sameGlue(t *testing.T, s string) {
	t.Helper()
	if got, want := hasGlue(s), hasGlueWords(s); got != want {
		t.Fatalf("hasGlue(%q) = %v, word by word %v", s, got, want)
	}
}

// FuzzHasGlue holds hasGlue to the reading word by word on any text.
func FuzzHasGlue(f *testing.F) {
	for _, s := range glueCases {
		f.Add(s)
	}
	f.Fuzz(sameGlue)
}
