package check

import (
	"reflect"
	"regexp"
	"testing"
)

// bracketInRe and compoundDashRe are the expressions bracketSpaces and
// compoundDashes stand for.
var (
	bracketInRe    = regexp.MustCompile(`[(\[“] [\p{L}\d]+|[\p{L}\d]+(?:…|\.\.\.)? [)\]”]`)
	compoundDashRe = regexp.MustCompile(`\p{L}*\p{Lu}\p{L}* -\d+`)
)

var innerCases = []string{
	"( T/h)", "“ báo cáo”", "(kèm QĐ 06/2010/QĐ-TTg )", "( )", "“ ”", "...: ”", "(  a)", "( ab cd )", "( abc )",
	"x )abc )", "[ 12] [a ]", "“ Đ”“x ”", "( \xffa)", "a\xff )", "Covid -19", "SARS-CoV -2", "nhiệt độ -5",
	"abc1Covid -19", "Covid - 19", "Covid -", "Covid -19abc D -2", "aB -1 -2 C -3", " -1", "ÉÉ -1", "\xffA -1",
	"\xe1\x80\x80\x80A -1", "\xe1\xbaA -1", "ǅa -1", "ⅠA -1", "a\u0301B -1", "Covid  -19", "(\u00a0a)",
	"panô… )", "ở... )", "a.... )", "a…b )", "( ... )", "(...)", "a…  )", "a… ”",
}

// TestInnerSpacesAsExpressions holds bracketSpaces and compoundDashes to
// their expressions on every line of testdata and on the cases above.
func TestInnerSpacesAsExpressions(t *testing.T) {
	for _, s := range append(proseTexts(t), innerCases...) {
		sameInnerSpaces(t, s)
	}
}

func sameInnerSpaces(t *testing.T, s string) {
	t.Helper()
	if got, want := bracketSpaces(s), bracketInRe.FindAllStringIndex(s, -1); !reflect.DeepEqual(got, want) {
		t.Fatalf("bracketSpaces(%q) = %v, the expression %v", s, got, want)
	}
	if got, want := compoundDashes(s), compoundDashRe.FindAllStringIndex(s, -1); !reflect.DeepEqual(got, want) {
		t.Fatalf("compoundDashes(%q) = %v, the expression %v", s, got, want)
	}
}

// FuzzInnerSpaces holds bracketSpaces and compoundDashes to their
// expressions on any text.
func FuzzInnerSpaces(f *testing.F) {
	for _, s := range innerCases {
		f.Add(s)
	}
	f.Fuzz(sameInnerSpaces)
}
