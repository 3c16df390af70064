// Copyright ©2026 The go-pdf Authors. All rights reserved.
// Use of this source code is governed by a MIT-style
// license that can be found in the LICENSE file.

package fpdf

import (
	"math"
	"strconv"
)

// runeBitsLimit bounds the runes runeBits holds: Latin, Vietnamese and
// general punctuation.
const runeBitsLimit = 0x2070

// runeBits is a set of runes below runeBitsLimit.
type runeBits [(runeBitsLimit + 63) / 64]uint64

// useRunes records the runes of s in the current font's usedRunes, as Text
// does, writing to the map only the first time a rune below runeBitsLimit
// is met: most of a document is a few hundred runes over and over.
func (f *Fpdf) useRunes(s string) {
	used, low := f.currentFont.usedRunes, f.currentFont.usedLow
	for _, r := range s {
		if r < runeBitsLimit {
			w, bit := r/64, uint64(1)<<(r%64)
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

// appendUTF16Escaped appends escape(utf8toutf16(s, false)) to b: s in
// UTF-16 (big-endian, no BOM, as utf8toutf16 reads it) with "\", "(", ")"
// escaped and a carriage return written "\r".
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
		switch {
		case c1 >= 224:
			c2, c3 := s[i], s[i+1]
			i += 2
			put(((c1 & 0x0F) << 4) + ((c2 & 0x3C) >> 2))
			put(((c2 & 0x03) << 6) + (c3 & 0x3F))
		case c1 >= 192:
			c2 := s[i]
			i++
			put((c1 & 0x1C) >> 2)
			put(((c1 & 0x03) << 6) + (c2 & 0x3F))
		default:
			put(0)
			put(c1)
		}
	}
	return b
}

// appendFixed2 appends v as strconv.AppendFloat(b, v, 'f', 2, 64) does,
// faster: strconv formats a fixed number of decimals through its
// arbitrary-precision path, while a coordinate of a page is a float64
// whose value times 100 fits in 64 bits. It rounds the exact binary value
// half to even, as strconv does, and leaves NaN, infinities and values of
// 2^40 or more to strconv.
func appendFixed2(b []byte, v float64) []byte {
	bits := math.Float64bits(v)
	neg := bits>>63 != 0
	exp := int(bits>>52&0x7FF) - 1023 - 52
	mant := bits & (1<<52 - 1)
	switch e := bits >> 52 & 0x7FF; {
	case e == 0x7FF || exp >= 40-52:
		return strconv.AppendFloat(b, v, 'f', 2, 64)
	case e == 0:
		exp++ // subnormal: no implicit bit
	default:
		mant |= 1 << 52
	}
	// |v| = mant × 2^exp with exp < -12, so 100|v| = mant×100 / 2^-exp,
	// rounded half to even into q; under 2^-64 it rounds to 0.
	var q uint64
	if shift := uint(-exp); shift < 64 {
		n := mant * 100 // < 2^60
		q = n >> shift
		rem, half := n&(1<<shift-1), uint64(1)<<(shift-1)
		if rem > half || rem == half && q&1 == 1 {
			q++
		}
	}
	if neg {
		b = append(b, '-')
	}
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
