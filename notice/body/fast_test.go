package body

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
)

// fastSeeds are texts of the kinds fastParse reads and of the kinds it
// must leave to goldmark.
var fastSeeds = []string{
	"ban hành **trước ngày 28/02/2023** để", "Mô hình *“Xã hội số”* tại xã", "***cả hai***",
	"Chính phủ[^1], Thủ tướng", "**[^1]**", "a **b**[^x-1]. c", `\*không nghiêng\* \[^1]`, `a\\**b**`,
	"[^nhãn có dấu]", "[^a[^1]", "[1] và [^]", "**a**b", "a**b**", "*a **b** c*", "**a*", "*a**",
	"****x****", "a * b", "(**x**)", "“**x**”", "**x**.", "x\u00a0**y**\u00a0z", "**\u00a0x**", "a\\", "\\a",
	"[^1]*x*", "*[^1]*", "a_b", "**a** **b** *c*", "**a", "a**", "*", "[^123456789012345678901234567890123]",
	"[^12345678901234567890123456789012]", "a  **b**  c", "**–**", "đạt **82%**, vượt", "**a.**b", "***x.***,", "*1*2", "a*\u00e1*", "\xff**a**",
}

// TestFastParseAgrees checks fastParse against goldmark on fastSeeds, and
// that it reads the kinds of markup the fields use.
func TestFastParseAgrees(t *testing.T) {
	read := 0
	for _, s := range fastSeeds {
		got, ok := fastParse(s)
		if !ok {
			continue
		}
		read++
		if want := goldmarkParse(s); !reflect.DeepEqual(got, want) {
			t.Errorf("fastParse(%q) = %+v, goldmark reads %+v", s, got, want)
		}
	}
	for _, s := range []string{"ban hành **trước ngày 28/02/2023** để", "Mô hình *“Xã hội số”* tại xã", "***cả hai***",
		"Chính phủ[^1], Thủ tướng", `\*không nghiêng\* \[^1]`, "(**x**)", "“**x**”", "**x**."} {
		if _, ok := fastParse(s); !ok {
			t.Errorf("fastParse(%q) leaves it to goldmark", s)
		}
	}
	t.Logf("%d of %d texts read without goldmark", read, len(fastSeeds))
}

// FuzzFastParse checks that fastParse either declines a text or reads it
// as goldmark does.
func FuzzFastParse(f *testing.F) {
	for _, s := range fastSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, ok := fastParse(s)
		if !ok {
			return
		}
		if want := goldmarkParse(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("fastParse(%q) = %+v, goldmark reads %+v", s, got, want)
		}
	})
}

// TestFastParseRandom checks fastParse against goldmark on texts made of
// the pieces the markup is made of, where the fuzzer's bytes seldom
// reach: stars beside letters, spaces, punctuation and references.
func TestFastParseRandom(t *testing.T) {
	pieces := []string{"*", "**", "***", " ", "a", "ệ", "1", "“", "”", ".", ",", "(", ")", "[^1]", "[^x-2]", "[", "]",
		"^", `\`, `\*`, `\\`, "\u00a0", "–", "!", "#", "<", "&", "%", "\xff", "\xe1\xba", "\x80", "\ufffd"}
	rng := rand.New(rand.NewPCG(57, 2))
	n, read := 20000, 0
	if testing.Short() {
		n = 2000
	}
	var b strings.Builder
	for range n {
		b.Reset()
		for range 1 + rng.IntN(12) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		got, ok := fastParse(s)
		if !ok {
			continue
		}
		read++
		if want := goldmarkParse(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("fastParse(%q) = %+v, goldmark reads %+v", s, got, want)
		}
	}
	if read < n/10 {
		t.Errorf("only %d of %d texts read without goldmark", read, n)
	}
}
