package check

import (
	"strings"
	"testing"
)

// TestCaseScan holds upperSelf and lowerMoves to the strings they stand
// for, strings.ToUpper(s) == s and strings.ToLower(s) != s.
func TestCaseScan(t *testing.T) {
	for _, s := range []string{"", "a", "A", "UBND", "Ubnd", "ĐẢNG", "Đảng", "đảng", "123", "Ǆ", "ǅ", "ǆ", "ß", "ẞ",
		"\uFFFD", "A\xff", "a\xff", "\xffB", "TP.HCM", "KH&ĐT", "ΣΑ", "İ", "ı", "K", "Ω", "ꞵ"} {
		checkCaseScan(t, s)
	}
}

func FuzzCaseScan(f *testing.F) {
	for _, s := range []string{"UBND", "Đảng", "A\xff", "\uFFFD", "ǅ"} {
		f.Add(s)
	}
	f.Fuzz(checkCaseScan)
}

func checkCaseScan(t *testing.T, s string) {
	if got, want := upperSelf(s), strings.ToUpper(s) == s; got != want {
		t.Fatalf("upperSelf(%q) = %v, want %v", s, got, want)
	}
	if got, want := lowerMoves(s), strings.ToLower(s) != s; got != want {
		t.Fatalf("lowerMoves(%q) = %v, want %v", s, got, want)
	}
}
