package pdf

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/cite"
)

// TestIndexSpace: indexSpace finds what strings.IndexFunc(s,
// unicode.IsSpace) finds, on every rune alone and between letters.
func TestIndexSpace(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		for _, s := range []string{string(r), "ab" + string(r) + "c", "ế" + string(r)} {
			if got, want := indexSpace(s), strings.IndexFunc(s, unicode.IsSpace); got != want {
				t.Fatalf("%q: %d, want %d", s, got, want)
			}
		}
	}
}

func TestTrimOpening(t *testing.T) {
	for _, s := range []string{"", "(", "((“\"ngày", "“ngày”", "ngày", "\"(x", "(“", "“", "x(", "\xe2\x80"} {
		if got, want := trimOpening(s), strings.TrimLeft(s, "(“\""); got != want {
			t.Errorf("%q: %q, want %q", s, got, want)
		}
	}
}

// TestGluedAsBefore: glued, which skips the map for long words and looks
// at b before a's last letter, answers as the plain form does.
func TestGluedAsBefore(t *testing.T) {
	plain := func(a, b string) bool {
		if a == "" || b == "" {
			return false
		}
		if bindBefore[trimOpening(a)] {
			first, _ := utf8.DecodeRuneInString(b)
			if unicode.IsDigit(first) || cite.RomanValue(strings.TrimRight(b, ".,;:)")) > 0 {
				return true
			}
		}
		last, _ := utf8.DecodeLastRuneInString(a)
		return unicode.IsDigit(last) && (b == "tháng" || b == "năm")
	}
	words := []string{"", "tháng", "năm", "05", "٣", "12/2023", "XIV", "IV.", "x", "Điều", "(Điều", "“khoản", "\"số",
		"Chương", "chương", "được", "thông báo", "ngày", "Ngày:", "2020", "năm,", "quý", "(“Mục"}
	for w := range bindBefore {
		words = append(words, w, "("+w, w+"x")
	}
	for _, a := range words {
		for _, b := range words {
			if got, want := glued(a, b), plain(a, b); got != want {
				t.Errorf("glued(%q, %q) = %v, want %v", a, b, got, want)
			}
		}
	}
}
