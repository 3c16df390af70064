// Copyright ©2026 The go-pdf Authors. All rights reserved.
// Use of this source code is governed by a MIT-style
// license that can be found in the LICENSE file.

package fpdf

import (
	"bytes"
	"encoding/binary"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/go-fonts/liberation/liberationserifregular"
)

// tableOffset returns where a table of a TrueType file starts and the
// offset of its record in the table directory.
func tableOffset(t *testing.T, font []byte, tag string) (table, record int) {
	t.Helper()
	n := int(binary.BigEndian.Uint16(font[4:]))
	for i := range n {
		rec := 12 + 16*i
		if string(font[rec:rec+4]) == tag {
			return int(binary.BigEndian.Uint32(font[rec+8:])), rec
		}
	}
	t.Fatalf("no %s table", tag)
	return 0, 0
}

// captureStdout runs f and returns what it wrote to standard output.
func captureStdout(t *testing.T, f func()) string {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	old := os.Stdout
	os.Stdout = w
	done := make(chan []byte)
	go func() {
		b, _ := io.ReadAll(r)
		done <- b
	}()
	defer func() {
		os.Stdout = old
	}()
	f()
	w.Close()
	return string(<-done)
}

// TestUnusableFontIsAnError: a font fpdf cannot use is the document's
// error, with the reason, and nothing is printed on standard output
// (upstream printed "ERROR - copyright restrictions.", "get metrics Error"
// and the like there and went on).
func TestUnusableFontIsAnError(t *testing.T) {
	for _, c := range []struct {
		name, want string
		spoil      func(t *testing.T, font []byte) []byte
	}{
		{"no embedding", "licence does not allow embedding", func(t *testing.T, font []byte) []byte {
			os2, _ := tableOffset(t, font, "OS/2")
			binary.BigEndian.PutUint16(font[os2+8:], 0x0002) // fsType: restricted licence
			return font
		}},
		{"no subsetting", "licence does not allow embedding", func(t *testing.T, font []byte) []byte {
			os2, _ := tableOffset(t, font, "OS/2")
			binary.BigEndian.PutUint16(font[os2+8:], 0x0100) // fsType: no subsetting
			return font
		}},
		{"no metrics", "no horizontal metrics", func(t *testing.T, font []byte) []byte {
			hhea, _ := tableOffset(t, font, "hhea")
			binary.BigEndian.PutUint16(font[hhea+34:], 0)
			return font
		}},
		{"no Unicode cmap", "no Unicode character map", func(t *testing.T, font []byte) []byte {
			cmap, _ := tableOffset(t, font, "cmap")
			for i := range int(binary.BigEndian.Uint16(font[cmap+2:])) {
				binary.BigEndian.PutUint16(font[cmap+4+8*i:], 1) // Macintosh
				binary.BigEndian.PutUint16(font[cmap+6+8*i:], 0)
			}
			return font
		}},
		{"not a font", "not a TrueType font", func(t *testing.T, font []byte) []byte {
			copy(font, "junk")
			return font
		}},
		{"unknown loca format", "unknown loca table format 2", func(t *testing.T, font []byte) []byte {
			head, _ := tableOffset(t, font, "head")
			binary.BigEndian.PutUint16(font[head+50:], 2) // indexToLocFormat
			return font
		}},
		{"cut short", "read font", func(t *testing.T, font []byte) []byte {
			return font[:2000]
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			font := bytes.Clone(liberationserifregular.TTF)
			font = c.spoil(t, font)
			// The second document finds the font (and its fault) cached.
			for range 2 {
				var err error
				out := captureStdout(t, func() {
					pdf := New("P", "mm", "A4", "")
					pdf.AddUTF8FontFromBytes("serif", "", font)
					pdf.AddPage()
					pdf.SetFont("serif", "", 12)
					pdf.Text(10, 10, "Việt Nam")
					err = pdf.Output(io.Discard)
				})
				if out != "" {
					t.Errorf("printed %q on standard output", out)
				}
				if err == nil || !strings.Contains(err.Error(), c.want) {
					t.Errorf("error %v, want one that says %q", err, c.want)
				}
			}
		})
	}
}
