// Copyright ©2026 The go-pdf Authors. All rights reserved.
// Use of this source code is governed by a MIT-style
// license that can be found in the LICENSE file.

package fpdf

import (
	"bytes"
	"hash/adler32"
	"math/rand/v2"
	"testing"

	"github.com/klauspost/compress/zlib"
)

// TestAdler32: adler32Checksum is hash/adler32.Checksum, on random bytes
// of every length to 3,000 and on long runs of 0xFF (the largest sums,
// across many blocks) and zeros.
func TestAdler32(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	var inputs [][]byte
	for n := range 3000 {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(r.Uint32())
		}
		inputs = append(inputs, b)
	}
	for _, n := range []int{2047, 2048, 2049, 4096, 5552, 5553, 65536, 1 << 20, 1<<20 + 7} {
		inputs = append(inputs, bytes.Repeat([]byte{0xFF}, n), make([]byte, n))
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(r.Uint32()) | 0xF0
		}
		inputs = append(inputs, b)
	}
	for _, b := range inputs {
		if got, want := adler32Checksum(b), adler32.Checksum(b); got != want {
			t.Fatalf("%d bytes: %08x, want %08x", len(b), got, want)
		}
	}
}

// TestCompressAsZlib: compress writes what klauspost/compress's
// zlib.Writer at level 1 writes, header and checksum included.
func TestCompressAsZlib(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	for _, n := range []int{0, 1, 7, 100, 5000, 70000} {
		data := make([]byte, n)
		for i := range data {
			data[i] = byte(r.IntN(8)) // compressible
		}
		var want bytes.Buffer
		zw, err := zlib.NewWriterLevel(&want, zlib.BestSpeed)
		if err != nil {
			t.Fatal(err)
		}
		zw.Write(data)
		zw.Close()
		mem := xmem.compress(data)
		if !bytes.Equal(mem.bytes(), want.Bytes()) {
			t.Errorf("%d bytes: compress differs from zlib.Writer", n)
		}
		mem.release()
	}
}
