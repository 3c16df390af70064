// Copyright ©2026 The go-pdf Authors. All rights reserved.
// Use of this source code is governed by a MIT-style
// license that can be found in the LICENSE file.

package fpdf

import (
	"math"
	"math/rand/v2"
	"strconv"
	"testing"
	"unicode/utf8"
)

// TestAppendUTF16Escaped compares the one-pass escape with the two steps
// of upstream on every rune of the Basic Multilingual Plane, whose UTF-16
// bytes hold "(", ")", "\" and a carriage return in all places, and on
// text around them.
func TestAppendUTF16Escaped(t *testing.T) {
	var f Fpdf
	for r := rune(0); r < 0x10000; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		for _, s := range []string{string(r), "(" + string(r) + "\\x)\r"} {
			if got, want := string(appendUTF16Escaped(nil, s)), f.escape(utf8toutf16(s, false)); got != want {
				t.Fatalf("appendUTF16Escaped(%q) = %q, want %q", s, got, want)
			}
		}
	}
}

func FuzzAppendUTF16Escaped(f *testing.F) {
	for _, s := range []string{"Thông báo (kèm theo)", "a\\b\r", "Ḩ⠩", ""} {
		f.Add(s)
	}
	var pdf Fpdf
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return // Text is given valid UTF-8; upstream panics on a cut sequence
		}
		if got, want := string(appendUTF16Escaped(nil, s)), pdf.escape(utf8toutf16(s, false)); got != want {
			t.Fatalf("appendUTF16Escaped(%q) = %q, want %q", s, got, want)
		}
	})
}

// TestAppendFixed2 compares appendFixed2 with strconv on halfway values,
// the ends of its range, and a million random coordinates and bit patterns.
func TestAppendFixed2(t *testing.T) {
	vals := []float64{0, math.Copysign(0, -1), 0.005, 0.015, 0.125, 0.375, 2.675, -2.675, 1.005, 595.28, 841.89, -0.001,
		1 << 39, 1<<40 - 0.5, 1 << 40, 1e300, -1e300, 5e-324, math.SmallestNonzeroFloat64, math.NaN(), math.Inf(1), math.Inf(-1),
		9.994, 9.995, 9.996, 99.994, 99.995, 99.996, 999.994, 999.995, 999.996, 9.999, 99.999, 999.999, 1000, -999.995}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 1_000_000 {
		vals = append(vals, rng.Float64()*1000, -rng.Float64()*10, float64(rng.IntN(100000))/200, math.Float64frombits(rng.Uint64()),
			rng.Float64()*20000, -rng.Float64()*2000)
	}
	for _, v := range vals {
		if got, want := string(appendFixed2(nil, v)), strconv.FormatFloat(v, 'f', 2, 64); got != want {
			t.Fatalf("appendFixed2(%v) = %q, want %q", v, got, want)
		}
	}
}

func FuzzAppendFixed2(f *testing.F) {
	for _, v := range []float64{0.125, 2.675, 595.28, -0.001} {
		f.Add(v)
	}
	f.Fuzz(func(t *testing.T, v float64) {
		if got, want := string(appendFixed2(nil, v)), strconv.FormatFloat(v, 'f', 2, 64); got != want {
			t.Fatalf("appendFixed2(%v) = %q, want %q", v, got, want)
		}
	})
}

// TestUseRunes holds useRunes, which reads the common UTF-8 forms itself,
// to ranging over the string: the same runes recorded, in the map and in
// the bit set, on every rune to U+FFFF between ASCII letters, on random
// bytes (broken forms, surrogates, overlong and four-byte forms), and on
// strings cut inside a form.
func TestUseRunes(t *testing.T) {
	check := func(s string) {
		t.Helper()
		var f Fpdf
		f.currentFont.usedRunes = map[int]int{}
		f.currentFont.usedLow = new(runeBits)
		f.useRunes(s)
		want := map[int]int{}
		var wantLow runeBits
		for _, r := range s {
			want[int(r)] = int(r)
			if r < runeBitsLimit {
				wantLow[r/64] |= 1 << (r % 64)
			}
		}
		if len(f.currentFont.usedRunes) != len(want) || *f.currentFont.usedLow != wantLow {
			t.Fatalf("useRunes(%q): %v, want %v", s, f.currentFont.usedRunes, want)
		}
		for k, v := range want {
			if f.currentFont.usedRunes[k] != v {
				t.Fatalf("useRunes(%q): %v, want %v", s, f.currentFont.usedRunes, want)
			}
		}
	}
	for r := rune(0); r <= 0xFFFF; r++ {
		check("a" + string(r) + "b")
	}
	rng := rand.New(rand.NewPCG(14, 63))
	for range 100000 {
		b := make([]byte, rng.IntN(12))
		for i := range b {
			switch rng.IntN(4) {
			case 0:
				b[i] = byte(rng.IntN(0x80))
			case 1:
				b[i] = 0x80 + byte(rng.IntN(0x40))
			default:
				b[i] = 0xC0 + byte(rng.IntN(0x40))
			}
		}
		check(string(b))
	}
	for _, s := range []string{"\xe1", "\xe1\xbb", "x\xe1\xbb", "\xc3", "\xed\xa0\x80", "\xe0\x80\x80", "\xf0\x9f\x98\x80", "\xef\xbf\xbf", "\xee\x80\x80"} {
		check(s)
	}
}

// TestAppendUsedUTF16 holds the one walk to useRunes and
// appendUTF16Escaped in turn: the same bytes appended and the same runes
// recorded, on every rune to U+FFFF between letters and marks PDF escapes,
// and on random valid text with broken forms after it; where the two
// functions panic on a cut form, it panics too.
func TestAppendUsedUTF16(t *testing.T) {
	fresh := func() *Fpdf {
		var f Fpdf
		f.currentFont.usedRunes = map[int]int{}
		f.currentFont.usedLow = new(runeBits)
		return &f
	}
	try := func(do func()) (p any) {
		defer func() { p = recover() }()
		do()
		return nil
	}
	check := func(s string) {
		t.Helper()
		got, want := fresh(), fresh()
		var gb, wb []byte
		gp := try(func() { gb = got.appendUsedUTF16([]byte("x"), s) })
		wp := try(func() { want.useRunes(s); wb = appendUTF16Escaped([]byte("x"), s) })
		if (gp == nil) != (wp == nil) {
			t.Fatalf("appendUsedUTF16(%q) panics %v, the two steps %v", s, gp, wp)
		}
		if gp != nil {
			return
		}
		if string(gb) != string(wb) || *got.currentFont.usedLow != *want.currentFont.usedLow ||
			len(got.currentFont.usedRunes) != len(want.currentFont.usedRunes) {
			t.Fatalf("appendUsedUTF16(%q) = %q %v, want %q %v", s, gb, got.currentFont.usedRunes, wb, want.currentFont.usedRunes)
		}
		for k, v := range want.currentFont.usedRunes {
			if got.currentFont.usedRunes[k] != v {
				t.Fatalf("appendUsedUTF16(%q): %v, want %v", s, got.currentFont.usedRunes, want.currentFont.usedRunes)
			}
		}
	}
	for r := rune(0); r <= 0xFFFF; r++ {
		check("a" + string(r) + "(\\b)\r")
	}
	rng := rand.New(rand.NewPCG(75, 14))
	letters := []rune("aăâbđeêoôơuưyÀÁẢÃẠằắẳẵặẻễệỏốồổỗộớờởỡợụủứừửữựỳýỷỹỵ()\\\r –“”…")
	for range 20000 {
		var b []byte
		for range rng.IntN(12) {
			b = utf8.AppendRune(b, letters[rng.IntN(len(letters))])
		}
		for range rng.IntN(3) {
			b = append(b, 0x80+byte(rng.IntN(0x80)))
		}
		check(string(b))
	}
	for _, s := range []string{"", "\xe1", "ê\xe1\xbb", "x\xe1\xbbz", "\xc3", "(\xed\xa0\x80", "\xe0\x80\x80", "ố\xf0\x9f\x98\x80", "\xef\xbf\xbf", "\xee\x80\x80"} {
		check(s)
	}
}
