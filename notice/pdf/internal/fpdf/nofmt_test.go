// Copyright ©2026 The go-pdf Authors. All rights reserved.
// Use of this source code is governed by a MIT-style
// license that can be found in the LICENSE file.

package fpdf

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strconv"
	"testing"
)

// TestOutXrefAsFmt holds outXref to the "%010d 00000 n " it replaces, on
// every number of figures, the ends of the ten-figure field and beyond it.
func TestOutXrefAsFmt(t *testing.T) {
	offsets := []int{0, 1, 9, 10, 99, 100, 12345, 999999999, 1000000000, 9999999999, 10000000000, 123456789012, -1, -1234}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		offsets = append(offsets, rng.IntN(1<<(1+rng.IntN(40))))
	}
	f := New("P", "mm", "A4", "")
	for _, o := range offsets {
		f.buffer.Reset()
		f.outXref(o)
		if got, want := f.buffer.String(), fmt.Sprintf("%010d 00000 n \n", o); got != want {
			t.Fatalf("outXref(%d) = %q, want %q", o, got, want)
		}
	}
}

// descriptorByFmt is what putfonts wrote of a UTF-8 font's descriptor
// before appendCIDFontDescriptor.
func descriptorByFmt(fontName string, d FontDescType, file int) string {
	var s fmtBuffer
	s.printf("<</Type /FontDescriptor /FontName /%s\n /Ascent %d", fontName, d.Ascent)
	s.printf(" /Descent %d", d.Descent)
	s.printf(" /CapHeight %d", d.CapHeight)
	v := d.Flags
	v = v | 4
	v = v &^ 32
	s.printf(" /Flags %d", v)
	s.printf("/FontBBox [%d %d %d %d] ", d.FontBBox.Xmin, d.FontBBox.Ymin,
		d.FontBBox.Xmax, d.FontBBox.Ymax)
	s.printf(" /ItalicAngle %d", d.ItalicAngle)
	s.printf(" /StemV %d", d.StemV)
	s.printf(" /MissingWidth %d", d.MissingWidth)
	s.printf("/FontFile2 %d 0 R", file)
	s.printf(">>")
	return s.String()
}

// TestCIDFontDescriptorAsFmt holds appendCIDFontDescriptor to the printf
// calls it replaces, on random metrics of either sign and every flag.
func TestCIDFontDescriptorAsFmt(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	n := func() int { return rng.IntN(1<<(1+rng.IntN(20))) - rng.IntN(1<<(1+rng.IntN(12))) }
	for i := range 5000 {
		d := FontDescType{Ascent: n(), Descent: n(), CapHeight: n(), Flags: rng.IntN(1 << 19), ItalicAngle: n(),
			StemV: n(), MissingWidth: n(), FontBBox: fontBoxType{n(), n(), n(), n()}}
		name := fmt.Sprint("ABCDEF+Face", i)
		if got, want := string(appendCIDFontDescriptor([]byte("x"), name, d, i)), "x"+descriptorByFmt(name, d, i); got != want {
			t.Fatalf("descriptor of %+v:\n%q, want\n%q", d, got, want)
		}
	}
}

// TestPutF64AsStrconv holds putF64 to strconv's 'f' format at every
// precision it is asked for, on page coordinates and on any float.
func TestPutF64AsStrconv(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	f := New("P", "mm", "A4", "")
	for range 20000 {
		for _, v := range []float64{rng.Float64() * 1000, -rng.Float64() * 10, math.Float64frombits(rng.Uint64())} {
			for prec := range 5 {
				f.buffer.Reset()
				f.putF64(v, prec)
				if got, want := f.buffer.String(), strconv.FormatFloat(v, 'f', prec, 64); got != want {
					t.Fatalf("putF64(%v, %d) = %q, want %q", v, prec, got, want)
				}
			}
		}
	}
}
