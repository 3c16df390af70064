package source

import (
	"os"
	"path/filepath"
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

// TestGuessLegacyUTF8 holds the fast reading of UTF-8 to guessLegacy on
// mojibake of each legacy encoding, real notices and their mixtures.
func TestGuessLegacyUTF8(t *testing.T) {
	texts := []string{
		"Thoâng baùo keát luaän cuûa Chuû tòch", "Th«ng b¸o kÕt luËn cña Chñ tÞch", "ngöôøi thöïc hieän ñaõ",
		"diện tích 120m², 30°C; «Ngày hội»; ông Schröder, Jørgensen", "¸¸¸", "a¸b", "Ã", "",
	}
	paths, _ := filepath.Glob("../../testdata/seeds/*")
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	for _, a := range texts[:8] {
		for _, b := range texts {
			texts = append(texts, a+" "+b[:min(len(b), 200)])
		}
	}
	for _, s := range texts {
		if !utf8.ValidString(s) {
			continue
		}
		e1, o1, ok1 := guessLegacy([]byte(s))
		e2, o2, ok2 := guessLegacyUTF8([]byte(s))
		if e1 != e2 || o1 != o2 || ok1 != ok2 {
			t.Fatalf("%.80q: guessLegacy %v %d %v, guessLegacyUTF8 %v %d %v", s, e1, o1, ok1, e2, o2, ok2)
		}
	}
}

func FuzzGuessLegacyUTF8(f *testing.F) {
	for _, s := range []string{"Thoâng baùo", "Th«ng b¸o kÕt", "ngöôøi", "120m²", "Schröder"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		e1, o1, ok1 := guessLegacy([]byte(s))
		e2, o2, ok2 := guessLegacyUTF8([]byte(s))
		if e1 != e2 || o1 != o2 || ok1 != ok2 {
			t.Fatalf("%q: guessLegacy %v %d %v, guessLegacyUTF8 %v %d %v", s, e1, o1, ok1, e2, o2, ok2)
		}
	})
}
