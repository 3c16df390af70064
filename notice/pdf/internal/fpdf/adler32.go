// Copyright ©2026 The go-pdf Authors. All rights reserved.
// Use of this source code is governed by a MIT-style
// license that can be found in the LICENSE file.

package fpdf

import "encoding/binary"

// adler32Checksum is hash/adler32.Checksum (RFC 1950), eight bytes a step
// instead of one: the standard library's loop adds each byte into both
// sums, which was a twentieth of drawing a PDF (every stream is
// checksummed). For a block of m eight-byte words c[0..8m) read from sums
// s1 = S, s2 = T, Adler-32 gives
//
//	s1' = S + Σ c[i]
//	s2' = T + 8m·S + Σ (8m - i)·c[i]
//	    = T + 8m·S + 8·Σ_k (m - k)·W_k - Σ_j j·L_j
//
// where W_k is the sum of the bytes of word k and L_j the sum of the bytes
// at place j (0-7) of every word. Σ_k (m - k)·W_k is the sum of the running
// totals of W; the L_j are kept in 16-bit lanes of two words, which cannot
// overflow within 256 words (256 × 255 < 65,536).
func adler32Checksum(p []byte) uint32 {
	const (
		mod       = 65521
		blockLen  = 8 * 256
		evenBytes = 0x00FF00FF00FF00FF
		laneSum   = 0x0001000100010001
	)
	s1, s2 := uint64(1), uint64(0)
	for len(p) >= 8 {
		n := min(len(p)&^7, blockLen)
		var even, odd, total, totals uint64
		q := p[:n]
		for ; len(q) >= 16; q = q[16:] { // two words a step
			x, y := binary.LittleEndian.Uint64(q), binary.LittleEndian.Uint64(q[8:])
			a, b := x&evenBytes, x>>8&evenBytes
			c, d := y&evenBytes, y>>8&evenBytes
			even += a + c
			odd += b + d
			total += (a + b) * laneSum >> 48
			totals += total
			total += (c + d) * laneSum >> 48
			totals += total
		}
		if len(q) == 8 {
			x := binary.LittleEndian.Uint64(q)
			a, b := x&evenBytes, x>>8&evenBytes
			even += a
			odd += b
			total += (a + b) * laneSum >> 48
			totals += total
		}
		var weighted uint64 // Σ_j j·L_j
		for l := range uint64(4) {
			weighted += 2*l*(even>>(16*l)&0xFFFF) + (2*l+1)*(odd>>(16*l)&0xFFFF)
		}
		s2 = (s2 + uint64(n)*s1 + 8*totals - weighted) % mod
		s1 = (s1 + total) % mod
		p = p[n:]
	}
	for _, c := range p {
		s1 += uint64(c)
		s2 += s1
	}
	return uint32(s2%mod)<<16 | uint32(s1%mod)
}
