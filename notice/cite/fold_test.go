package cite

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// newStyle maps the "new style" tone placement of an open syllable to the
// old one, so that "hoà" and "hòa", "uỷ" and "ủy" compare equal (spec
// §1.5). Only a syllable that ends in the pair can place its mark either
// way: "hoạch", "toán" cannot.
var newStyle = map[string]string{
	"oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
	"oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
	"uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}

// refFold is Fold as first written, word by word and syllable by
// syllable, the definition the fast Fold must agree with.
func refFold(s string) string {
	s = strings.ToLower(norm.NFC.String(s))
	words := strings.Fields(s)
	for i, w := range words {
		words[i] = refFoldWord(w)
	}
	return strings.Join(words, " ")
}

func refFoldWord(w string) string {
	var b strings.Builder
	start := 0
	flush := func(end int) {
		syl := w[start:end]
		for k, v := range newStyle {
			if strings.HasSuffix(syl, k) && !strings.HasSuffix(syl, "q"+k) {
				syl = syl[:len(syl)-len(k)] + v
				break
			}
		}
		b.WriteString(syl)
	}
	for i, r := range w {
		if !unicode.IsLetter(r) {
			flush(i)
			b.WriteRune(r)
			start = i + utf8.RuneLen(r)
		}
	}
	flush(len(w))
	return b.String()
}

func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"Hoà Bình":               "hòa bình",
		"Ủy ban":                 "ủy ban",
		"Uỷ ban":                 "ủy ban",
		"quý  IV\t":              "quý iv",
		" Thanh  Hoá, Khánh Hoà": "thanh hóa, khánh hòa",
		"hoà-hoãn":               "hòa-hoãn",
		"HOÀ":                    "hòa",
		"toán hoạch":             "toán hoạch",
		"ho\u0300a":              "hòa", // NFD in, NFC out
		"a\xffb":                 "a\ufffdb",
		"":                       "",
		"abc def":                "abc def",
	} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestFoldAgrees compares Fold with its definition on every line of the
// seeds, each word alone and in capitals.
func TestFoldAgrees(t *testing.T) {
	paths, _ := filepath.Glob("../../testdata/seeds/*.txt")
	if len(paths) == 0 {
		t.Fatal("no seeds")
	}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(b), "\n") {
			for _, s := range append(strings.Fields(line), line, strings.ToUpper(line), " "+line+"\t") {
				if got, want := Fold(s), refFold(s); got != want {
					t.Fatalf("Fold(%q) = %q, want %q", s, got, want)
				}
			}
		}
	}
}

// FuzzFold checks Fold against its definition.
func FuzzFold(f *testing.F) {
	for _, s := range []string{"Hoà Bình", "quỷ", "  a\u00a0b ", "ho\u0300a", "\xff", "UỶ BAN", "oà,oè.uỵ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Fold(s), refFold(s); got != want {
			t.Fatalf("Fold(%q) = %q, want %q", s, got, want)
		}
	})
}

func BenchmarkFold(b *testing.B) {
	words := strings.Fields("Thông báo kết luận của đồng chí Chủ tịch Ủy ban nhân dân tỉnh Hoà Bình về công tác hoà giải ở cơ sở, quý IV năm 2024")
	for b.Loop() {
		for _, w := range words {
			Fold(w)
		}
	}
}

func BenchmarkRefFold(b *testing.B) {
	words := strings.Fields("Thông báo kết luận của đồng chí Chủ tịch Ủy ban nhân dân tỉnh Hoà Bình về công tác hoà giải ở cơ sở, quý IV năm 2024")
	for b.Loop() {
		for _, w := range words {
			refFold(w)
		}
	}
}

// TestLatinTable checks the table Fold reads against the unicode and norm
// packages, rune by rune.
func TestLatinTable(t *testing.T) {
	n := 0
	for _, rg := range latinRanges {
		n += int(rg[1] - rg[0])
	}
	if n != latinSize {
		t.Fatalf("latinSize is %d, the ranges hold %d", latinSize, n)
	}
	for r := rune(0); r < 0x2100; r++ {
		info := runeInfo(r)
		if info.lower != unicode.ToLower(r) || info.flags&latinLetter != 0 != unicode.IsLetter(r) || info.flags&latinSpace != 0 != unicode.IsSpace(r) {
			t.Fatalf("rune %U: %+v", r, info)
		}
		if info.flags&latinNFC != 0 && (!norm.NFC.IsNormalString(string(r)) || !norm.NFC.IsNormalString("a"+string(r)+"a")) {
			t.Fatalf("rune %U is not in NFC", r)
		}
	}
}
