package source

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

// TestIsUTF8 holds isUTF8 to utf8.Valid on every sequence of up to
// two bytes after ASCII text that puts it at each place of a group of
// eight, and of three at the start and across the end of a group; on every four-byte sequence led by 0xF0-0xF4 with the
// bytes that matter; on the testdata's files; and on random mixes of
// ASCII, Vietnamese letters and broken bytes.
func TestIsUTF8(t *testing.T) {
	check := func(p []byte) {
		t.Helper()
		if got, want := isUTF8(p), utf8.Valid(p); got != want {
			t.Fatalf("isUTF8(% X) = %v, utf8.Valid %v", p, got, want)
		}
	}
	buf := make([]byte, 0, 16)
	for pad := range 9 {
		lead := buf[:pad]
		copy(lead, "abcdefgh")
		for a := range 256 {
			check(append(lead, byte(a)))
			for b := range 256 {
				check(append(lead, byte(a), byte(b)))
				if pad != 6 && pad != 0 || a < 0xC0 {
					continue // a third byte matters after a lead byte
				}
				for c := range 256 {
					check(append(lead, byte(a), byte(b), byte(c)))
				}
			}
		}
	}
	edges := []byte{0x00, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF}
	for a := byte(0xF0); a <= 0xF4; a++ {
		for _, b := range edges {
			for _, c := range edges {
				for _, d := range edges {
					check([]byte{a, b, c, d})
					check([]byte{'a', a, b, c, d, 'b'})
				}
			}
		}
	}
	files, _ := filepath.Glob("../../testdata/*/*")
	more, _ := filepath.Glob("../../testdata/*/*/*")
	for _, f := range append(files, more...) {
		if src, err := os.ReadFile(f); err == nil {
			check(src)
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	pieces := [][]byte{[]byte("a"), []byte(" "), []byte("thông báo "), []byte("Đ"), []byte("ệ"), []byte("ữ"), []byte("€"), []byte("𝄞"),
		{0x80}, {0xC0}, {0xE0, 0x80}, {0xED, 0xA0, 0x80}, {0xF4, 0x90, 0x80, 0x80}, {0xE1, 0xBB}, {0xC3}, {0xEF, 0xBF, 0xBD}}
	for range 200000 {
		var p []byte
		for range rng.IntN(24) {
			p = append(p, pieces[rng.IntN(len(pieces))]...)
		}
		check(p)
	}
}

func FuzzIsUTF8(f *testing.F) {
	f.Add([]byte("Thông báo kết luận của Chủ tịch"))
	f.Add([]byte{0xE1, 0xBB, 0x87, 0xED, 0xA0, 0x80})
	f.Fuzz(func(t *testing.T, p []byte) {
		if got, want := isUTF8(p), utf8.Valid(p); got != want {
			t.Fatalf("isUTF8(% X) = %v, utf8.Valid %v", p, got, want)
		}
	})
}

// TestLegacyUTF8 holds legacyUTF8 to isUTF8 and guessLegacyUTF8 on the
// testdata's files (mojibake among them) and on random mixes of ASCII
// letters, Vietnamese letters, the Latin-1 letters and signs the legacy
// encodings leave, and broken bytes, the end of a text among the places.
func TestLegacyUTF8(t *testing.T) {
	hits := 0
	check := func(p []byte) {
		t.Helper()
		valid, enc, off, ok := legacyUTF8(p)
		if valid != utf8.Valid(p) {
			t.Fatalf("legacyUTF8(% X) valid %v", p, valid)
		}
		if !valid {
			return
		}
		wantEnc, wantOff, wantOK := guessLegacyUTF8(p)
		if enc != wantEnc || off != wantOff || ok != wantOK {
			t.Fatalf("legacyUTF8(%q) = %v %d %v, guessLegacyUTF8 %v %d %v", p, enc, off, ok, wantEnc, wantOff, wantOK)
		}
		if ok {
			hits++
		}
	}
	files, _ := filepath.Glob("../../testdata/*/*")
	more, _ := filepath.Glob("../../testdata/*/*/*")
	for _, f := range append(files, more...) {
		if src, err := os.ReadFile(f); err == nil {
			check(src)
		}
	}
	rng := rand.New(rand.NewPCG(3, 4))
	pieces := [][]byte{[]byte("a"), []byte("o"), []byte("Th"), []byte(" "), []byte("ng"), []byte("ệ"), []byte("ô"), []byte("à"),
		[]byte("«"), []byte("¸"), []byte("Õ"), []byte("ñ"), []byte("ø"), []byte("û"), []byte("ö"), []byte("ï"), []byte("ò"), []byte("Ñ"),
		[]byte("²"), []byte("°"), []byte("Ò"), []byte("â"), {0xC3}, {0xC2}, {0x80}}
	for range 300000 {
		var p []byte
		for range rng.IntN(20) {
			p = append(p, pieces[rng.IntN(len(pieces))]...)
		}
		check(p)
	}
	if hits < 100 {
		t.Fatalf("only %d texts taken for mojibake", hits)
	}
}

func FuzzLegacyUTF8(f *testing.F) {
	f.Add([]byte("Th«ng b¸o kÕt luËn"))
	f.Add([]byte("Thoâng baùo cuûa ngöôøi"))
	f.Fuzz(func(t *testing.T, p []byte) {
		valid, enc, off, ok := legacyUTF8(p)
		if valid != utf8.Valid(p) {
			t.Fatalf("legacyUTF8(% X) valid %v", p, valid)
		}
		if valid {
			if wantEnc, wantOff, wantOK := guessLegacyUTF8(p); enc != wantEnc || off != wantOff || ok != wantOK {
				t.Fatalf("legacyUTF8(%q) = %v %d %v, guessLegacyUTF8 %v %d %v", p, enc, off, ok, wantEnc, wantOff, wantOK)
			}
		}
	})
}
