// Copyright ©2026 The go-pdf Authors. All rights reserved.
// Use of this source code is governed by a MIT-style
// license that can be found in the LICENSE file.

package fpdf

import (
	"math"
	"strconv"
	"unicode/utf8"
)

// runeBitsLimit bounds the runes runeBits holds: Latin, Vietnamese and
// general punctuation.
const runeBitsLimit = 0x2070

// runeBits is a set of runes below runeBitsLimit.
type runeBits [(runeBitsLimit + 63) / 64]uint64

// useRunes records the runes of s in the current font's usedRunes, as Text
// does, writing to the map only the first time a rune below runeBitsLimit
// is met: most of a document is a few hundred runes over and over. The
// ASCII bytes and the two- and three-byte forms whose every continuation
// byte is valid (the Latin and Vietnamese letters) are read here; any
// other byte goes to utf8.DecodeRuneInString, which gives what ranging
// over s gives.
func (f *Fpdf) useRunes(s string) {
	used, low := f.currentFont.usedRunes, f.currentFont.usedLow
	for i := 0; i < len(s); {
		c := s[i]
		var r rune
		switch {
		case c < utf8.RuneSelf:
			r = rune(c)
			i++
		case c >= 0xC2 && c <= 0xDF && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
			r = rune(c&0x1F)<<6 | rune(s[i+1]&0x3F)
			i += 2
		case (c >= 0xE1 && c <= 0xEC || c >= 0xEE) && c <= 0xEF && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80:
			r = rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F)
			i += 3
		default:
			var n int
			r, n = utf8.DecodeRuneInString(s[i:])
			i += n
		}
		if u := uint32(r); u < runeBitsLimit {
			w, bit := u>>6, uint64(1)<<(u&63)
			if low[w]&bit != 0 {
				continue
			}
			low[w] |= bit
		}
		used[int(r)] = int(r)
	}
}

// textUTF8 is Text with a UTF-8 font, left to right, without underline,
// strike-out or colour: it writes the same operator, "BT x y Td (text) Tj
// ET", straight into the page instead of through a chain of strings.
func (f *Fpdf) textUTF8(x, y float64, s string) {
	f.useRunes(s)
	b := append(f.textBuf[:0], "BT "...)
	b = appendFixed2(b, x*f.k)
	b = append(b, ' ')
	b = appendFixed2(b, (f.h-y)*f.k)
	b = append(b, " Td ("...)
	b = appendUTF16Escaped(b, s)
	b = append(b, ") Tj ET\n"...)
	f.textBuf = b
	if f.state == 2 {
		must(f.pages[f.page].Write(b))
	} else {
		must(f.buffer.Write(b))
	}
}

// TextRun prints the strings ss on the baseline y, ss[i] starting at
// xs[i], as Text(xs[i], y, ss[i]) for each would, in one text object
// (thongbao): "BT x0 y Td (s0) Tj dx1 0 Td (s1) Tj ... ET", where each dx
// moves from the start of the string before. The offsets are differences
// of the coordinates Text would write, each rounded to hundredths of a
// point first, so every string lands on the very point Text would put it
// at, and a page of words costs about a third fewer bytes to write and to
// compress. With a font or settings textUTF8 does not handle, or a
// coordinate it would not write in hundredths, it calls Text for each.
func (f *Fpdf) TextRun(y float64, xs []float64, ss []string) {
	if len(xs) != len(ss) {
		f.SetErrorf("text run of %d positions and %d strings", len(xs), len(ss))
		return
	}
	fast := f.isCurrentUTF8 && !f.isRTL && !f.underline && !f.strikeout && !f.colorFlag && f.currentFont.usedLow != nil
	qs := f.runQs[:0]
	for _, x := range xs {
		q, neg, ok := fixed2(x * f.k)
		if !ok || neg {
			fast = false
			break
		}
		qs = append(qs, int64(q))
	}
	f.runQs = qs
	if !fast || len(ss) == 0 {
		for i, s := range ss {
			f.Text(xs[i], y, s)
		}
		return
	}
	b := append(f.textBuf[:0], "BT "...)
	b = appendHundredths(b, uint64(qs[0]))
	b = append(b, ' ')
	b = appendFixed2(b, (f.h-y)*f.k)
	b = append(b, " Td ("...)
	for i, s := range ss {
		if i > 0 {
			b = append(b, ") Tj "...)
			d := qs[i] - qs[i-1]
			if d < 0 {
				b = append(b, '-')
				d = -d
			}
			b = appendHundredths(b, uint64(d))
			b = append(b, " 0 Td ("...)
		}
		b = f.appendUsedUTF16(b, s)
	}
	b = append(b, ") Tj ET\n"...)
	f.textBuf = b
	if f.state == 2 {
		must(f.pages[f.page].Write(b))
	} else {
		must(f.buffer.Write(b))
	}
}

// appendUsedUTF16 is useRunes(s) and appendUTF16Escaped(b, s) in one
// walk over s: the ASCII bytes and the valid two- and three-byte forms
// (nearly every rune of a notice) are decoded once for both. At the first
// other byte the rest of s goes to the two functions, which then read it
// from the same place as they would have.
func (f *Fpdf) appendUsedUTF16(b []byte, s string) []byte {
	used, low := f.currentFont.usedRunes, f.currentFont.usedLow
	for i := 0; i < len(s); {
		c := s[i]
		var r rune
		switch {
		case c < utf8.RuneSelf:
			r = rune(c)
			i++
		case c >= 0xC2 && c <= 0xDF && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
			r = rune(c&0x1F)<<6 | rune(s[i+1]&0x3F)
			i += 2
		case (c >= 0xE1 && c <= 0xEC || c >= 0xEE) && c <= 0xEF && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80:
			r = rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F)
			i += 3
		default:
			f.useRunes(s[i:])
			return appendUTF16Escaped(b, s[i:])
		}
		if hi, lo := byte(r>>8), byte(r); escaped[hi] || escaped[lo] {
			b = appendEscaped(appendEscaped(b, hi), lo)
		} else {
			b = append(b, hi, lo)
		}
		if u := uint32(r); u < runeBitsLimit {
			w, bit := u>>6, uint64(1)<<(u&63)
			if low[w]&bit != 0 {
				continue
			}
			low[w] |= bit
		}
		used[int(r)] = int(r)
	}
	return b
}

// appendEscaped appends c as a PDF string holds it.
func appendEscaped(b []byte, c byte) []byte {
	switch c {
	case '\\', '(', ')':
		return append(b, '\\', c)
	case '\r':
		return append(b, '\\', 'r')
	}
	return append(b, c)
}

// appendUTF16Escaped appends escape(utf8toutf16(s, false)) to b: s in
// UTF-16 (big-endian, no BOM, as utf8toutf16 reads it) with "\", "(", ")"
// escaped and a carriage return written "\r". A pair of bytes neither of
// which is escaped, nearly every one, is appended at once.
func appendUTF16Escaped(b []byte, s string) []byte {
	put := func(c byte) {
		switch c {
		case '\\', '(', ')':
			b = append(b, '\\', c)
		case '\r':
			b = append(b, '\\', 'r')
		default:
			b = append(b, c)
		}
	}
	for i := 0; i < len(s); {
		c1 := s[i]
		i++
		var hi, lo byte
		switch {
		case c1 >= 224:
			c2, c3 := s[i], s[i+1]
			i += 2
			hi, lo = ((c1&0x0F)<<4)+((c2&0x3C)>>2), ((c2&0x03)<<6)+(c3&0x3F)
		case c1 >= 192:
			c2 := s[i]
			i++
			hi, lo = (c1&0x1C)>>2, ((c1&0x03)<<6)+(c2&0x3F)
		default:
			hi, lo = 0, c1
		}
		if escaped[hi] || escaped[lo] {
			put(hi)
			put(lo)
		} else {
			b = append(b, hi, lo)
		}
	}
	return b
}

// escaped are the bytes a PDF string escapes: "\", "(", ")" and a
// carriage return.
var escaped = [256]bool{'\\': true, '(': true, ')': true, '\r': true}

// appendFixed2 appends v as strconv.AppendFloat(b, v, 'f', 2, 64) does,
// faster: strconv formats a fixed number of decimals through its
// arbitrary-precision path, while a coordinate of a page is a float64
// whose value times 100 fits in 64 bits. It rounds the exact binary value
// half to even, as strconv does, and leaves NaN, infinities and values of
// 2^40 or more to strconv.
func appendFixed2(b []byte, v float64) []byte {
	q, neg, ok := fixed2(v)
	if !ok {
		return strconv.AppendFloat(b, v, 'f', 2, 64)
	}
	if neg {
		b = append(b, '-')
	}
	return appendHundredths(b, q)
}

// fixed2 returns |v| in hundredths, rounded as appendFixed2 writes it, and
// the sign of v; ok is false for NaN, infinities and values of 2^40 or
// more, which appendFixed2 leaves to strconv.
func fixed2(v float64) (q uint64, neg, ok bool) {
	bits := math.Float64bits(v)
	neg = bits>>63 != 0
	exp := int(bits>>52&0x7FF) - 1023 - 52
	mant := bits & (1<<52 - 1)
	switch e := bits >> 52 & 0x7FF; {
	case e == 0x7FF || exp >= 40-52:
		return 0, neg, false
	case e == 0:
		exp++ // subnormal: no implicit bit
	default:
		mant |= 1 << 52
	}
	// |v| = mant × 2^exp with exp < -12, so 100|v| = mant×100 / 2^-exp,
	// rounded half to even into q; under 2^-64 it rounds to 0.
	if shift := uint(-exp); shift < 64 {
		n := mant * 100 // < 2^60
		q = n >> shift
		rem, half := n&(1<<shift-1), uint64(1)<<(shift-1)
		if rem > half || rem == half && q&1 == 1 {
			q++
		}
	}
	return q, neg, true
}

// appendHundredths appends q hundredths with two decimals.
func appendHundredths(b []byte, q uint64) []byte {
	// A page coordinate has at most three digits before the point: write
	// them directly (strconv.AppendUint is most of the cost of a call).
	switch ip := q / 100; {
	case ip < 10:
		b = append(b, byte('0'+ip))
	case ip < 100:
		b = append(b, byte('0'+ip/10), byte('0'+ip%10))
	case ip < 1000:
		b = append(b, byte('0'+ip/100), byte('0'+ip/10%10), byte('0'+ip%10))
	default:
		b = strconv.AppendUint(b, ip, 10)
	}
	return append(b, '.', byte('0'+q/10%10), byte('0'+q%10))
}
