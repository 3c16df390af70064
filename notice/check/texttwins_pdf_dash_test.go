package check_test

import (
	"slices"
	"strings"
	"testing"
)

// TestPDFWrapDash: the PDF twins set a dash standing alone as a page
// does, never at a line's start, and without -layout give it as
// pdftotext does, dropped at a line's end with the next line run on
// (what page_dash_join.go reads back).
func TestPDFWrapDash(t *testing.T) {
	recipient := "- Ủy ban MTTQVN và các đoàn thể chính trị - xã hội huyện;"
	for width := 8; width <= 60; width++ {
		lines := pdfWrap(recipient, width, width)
		for i, l := range lines {
			if i > 0 && (strings.HasPrefix(l, "- ") || l == "-") {
				t.Errorf("width %d: line %d starts with a dash: %q", width, i+1, lines)
			}
		}
		if got := strings.Join(lines, " "); got != recipient {
			t.Errorf("width %d: %q lost words: %q", width, recipient, got)
		}
	}
	if got, want := pdfWrap(recipient, 43, 43), []string{"- Ủy ban MTTQVN và các đoàn thể chính trị -", "xã hội huyện;"}; !slices.Equal(got, want) {
		t.Errorf("pdfWrap at 43 = %q, want %q", got, want)
	}
	got := pdfDashJoined([]string{"- Ủy ban MTTQVN và các đoàn thể chính trị -", "xã hội huyện;", "- Lưu: VT.", "giai đoạn 2024 -", "\f2025;"})
	want := []string{"- Ủy ban MTTQVN và các đoàn thể chính trị xã hội huyện;", "- Lưu: VT.", "giai đoạn 2024 -", "\f2025;"}
	if !slices.Equal(got, want) {
		t.Errorf("pdfDashJoined = %q, want %q", got, want)
	}
}
