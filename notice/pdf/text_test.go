package pdf

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/cite"
)

// bindBeforeRef is the list bindsBefore was written from, as the map it
// was.
var bindBeforeRef = map[string]bool{
	"ngày": true, "tháng": true, "năm": true, "số": true, "quý": true, "Số": true, "Ngày": true,
	"Tháng": true, "Năm": true, "Quý": true, "Điều": true, "khoản": true, "điểm": true, "Mục": true,
	"mục": true, "lục": true, "Chương": true, "Phần": true, "Khoản": true,
}

// TestBindsBefore: the switch answers as the map, on its words, their
// neighbours and every word of the seeds.
func TestBindsBefore(t *testing.T) {
	words := []string{"", "x", "ngà", "ngàyy", "Điề", "chương", "NGÀY"}
	for w := range bindBeforeRef {
		words = append(words, w, w+"x", w[1:], w[:len(w)-1], strings.ToUpper(w))
	}
	files, _ := filepath.Glob("../../testdata/seeds/*.toml")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		words = append(words, strings.Fields(string(b))...)
	}
	for _, w := range words {
		if got, want := bindsBefore(w), bindBeforeRef[w]; got != want {
			t.Errorf("bindsBefore(%q) = %v, want %v", w, got, want)
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
		if bindBeforeRef[trimOpening(a)] {
			first, _ := utf8.DecodeRuneInString(b)
			if unicode.IsDigit(first) || cite.RomanValue(strings.TrimRight(b, ".,;:)")) > 0 {
				return true
			}
		}
		last, _ := utf8.DecodeLastRuneInString(a)
		return unicode.IsDigit(last) && (b == "tháng" || b == "năm")
	}
	words := []string{"", "tháng", "năm", "05", "٣", "12/2023", "XIV", "IV.", "x", "Điều", "(Điều", "“khoản", "\"số",
		"Chương", "chương", "được", "thông báo", "ngày", "Ngày:", "2020", "năm,", "quý", "(“Mục",
		"I", "i", "M", "Mười", "L.", "C)", "D,", "MMXXIII", "IIII", "0", "9", "１", "Ⅳ", "(5)", "a5", "\xe2\x80"}
	for w := range bindBeforeRef {
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
