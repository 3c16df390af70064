package plain

import (
	"regexp"
	"testing"
)

// TestZoneSeparatorAsExpression holds the literal test to the expression
// it replaced, on separators, text around them and every space kind.
func TestZoneSeparatorAsExpression(t *testing.T) {
	re := regexp.MustCompile(`^[|¦»•·\/\s]+$`)
	for _, s := range []string{"", "|", " | ", "»", "» »", "•·", "/", "\t|\t", "|\v|", "| Trang chủ |", "a", "||x", "\u00a0|", "—", "¦ ¦", "\r\n|", "|\f"} {
		if got, want := zoneSeparator(s), re.MatchString(s); got != want {
			t.Errorf("zoneSeparator(%q) = %v, the expression says %v", s, got, want)
		}
	}
}

func FuzzZoneSeparator(f *testing.F) {
	re := regexp.MustCompile(`^[|¦»•·\/\s]+$`)
	for _, s := range []string{"|", " » ", "a|", "\v"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := zoneSeparator(s), re.MatchString(s); got != want {
			t.Errorf("zoneSeparator(%q) = %v, the expression says %v", s, got, want)
		}
	})
}
