// Copyright ©2026 The go-pdf Authors. All rights reserved.
// Use of this source code is governed by a MIT-style
// license that can be found in the LICENSE file.

package fpdf

import "testing"

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
