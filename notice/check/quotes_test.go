package check

import (
	"strings"
	"testing"
)

// TestHasQuoteMark holds hasQuoteMark and hasCurlyQuote to strings.ContainsAny on every
// line of testdata and a few broken texts.
func TestHasQuoteMark(t *testing.T) {
	texts := append(proseTexts(t), "", "\"", "“", "”", "\xe2\x80", "\xe2\xe2\x80\x9c", "\xf0\xe2\x80\x9c", "a\x80\x9c", "\xe2\x80\x9d", "\xe2\xe2\x80\x9d”")
	for _, s := range texts {
		sameQuoteMark(t, s)
	}
}

func sameQuoteMark(t *testing.T, s string) {
	t.Helper()
	if got, want := hasQuoteMark(s), strings.ContainsAny(s, "“\""); got != want {
		t.Fatalf("hasQuoteMark(%q) = %v, strings.ContainsAny %v", s, got, want)
	}
	if got, want := hasCurlyQuote(s), strings.ContainsAny(s, "“”"); got != want {
		t.Fatalf("hasCurlyQuote(%q) = %v, strings.ContainsAny %v", s, got, want)
	}
}

// FuzzHasQuoteMark holds hasQuoteMark and hasCurlyQuote to
// strings.ContainsAny on any text.
func FuzzHasQuoteMark(f *testing.F) {
	f.Add("theo “Quy chế\" số 5")
	f.Fuzz(sameQuoteMark)
}
