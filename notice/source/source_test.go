package source

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestNormalizeFastPath: text already in NFC with single spaces comes back
// as it is; anything else is normalised.
func TestNormalizeFastPath(t *testing.T) {
	for in, want := range map[string]string{
		"":                   "",
		"Lý Sơn":             "Lý Sơn",
		" Lý Sơn":            "Lý Sơn",
		"Lý Sơn ":            "Lý Sơn",
		"Lý  Sơn":            "Lý Sơn",
		"Lý\tSơn\n":          "Lý Sơn",
		"Lý\u00a0Sơn":        "Lý Sơn",
		"Ly\u0301 So\u031bn": "Lý Sơn",
		"a\u2003b":           "a b",
	} {
		if got := Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestNoLegacyFalseAlarm: symbols beside words, quotes and foreign names
// in a real UTF-8 notice are not taken for a legacy encoding.
func TestNoLegacyFalseAlarm(t *testing.T) {
	for _, s := range []string{
		"diện tích 120m², 45m², 300m² và 30°C, 25°C, 40°C; «Ngày hội» «Sách» «Văn hóa»; § 3, § 4, § 5",
		"ông Schröder, bà Müller, ông Jørgensen, bà Schröder, ông Jørgensen, bà Björk và bà Pérez dự hội thảo về hoà giải, quân sự, thuế, giá cả",
		"Thông báo kết luận của Chủ tịch UBND huyện về việc hoà giải ở cơ sở; uỷ quyền; thuỷ lợi; quý IV",
	} {
		if enc, off, ok := guessLegacy([]byte(s)); ok {
			t.Errorf("%q taken for %s at %d", s, enc.en, off)
		}
	}
}

// TestBadRuneAsDefined checks BadRune's quick answers against its
// definition on every rune.
func TestBadRuneAsDefined(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		want := r != '\t' && r != '\n' && r != '\r' && (unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || r == utf8.RuneError)
		if got := BadRune(r); got != want {
			t.Fatalf("BadRune(%U) = %v, want %v", r, got, want)
		}
	}
}
