// Copyright ©2026 The go-pdf Authors. All rights reserved.
// Use of this source code is governed by a MIT-style
// license that can be found in the LICENSE file.

package fpdf

import (
	"math/rand/v2"
	"testing"
)

// TestTableChecksum: tableChecksum is generateChecksum, which pads a copy.
func TestTableChecksum(t *testing.T) {
	var utf utf8FontFile
	for n := range 40 {
		data := make([]byte, n)
		for i := range data {
			data[i] = byte(0xF7 * (i + n))
		}
		want := utf.generateChecksum(append([]byte(nil), data...))
		if hi, lo := tableChecksum(data); hi != want[0] || lo != want[1] {
			t.Fatalf("%d bytes: %x %x, want %x", n, hi, lo, want)
		}
	}
}

// TestTableChecksumRandom: the same on random tables of every length to
// 300 and some long ones, bytes of any value (the carries of the halves).
func TestTableChecksumRandom(t *testing.T) {
	var utf utf8FontFile
	r := rand.New(rand.NewPCG(1, 2))
	lengths := []int{4093, 4096, 65537, 200003}
	for n := range 300 {
		lengths = append(lengths, n)
	}
	for _, n := range lengths {
		for range 3 {
			data := make([]byte, n)
			for i := range data {
				data[i] = byte(r.Uint32())
				if r.IntN(4) == 0 {
					data[i] = 0xFF
				}
			}
			want := utf.generateChecksum(append([]byte(nil), data...))
			if hi, lo := tableChecksum(data); hi != want[0] || lo != want[1] {
				t.Fatalf("%d bytes: %x %x, want %x", n, hi, lo, want)
			}
		}
	}
}
