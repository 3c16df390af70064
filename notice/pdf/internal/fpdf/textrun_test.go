// Copyright ©2026 The go-pdf Authors. All rights reserved.
// Use of this source code is governed by a MIT-style
// license that can be found in the LICENSE file.

package fpdf

import (
	"fmt"
	"math/rand/v2"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/go-fonts/liberation/liberationserifregular"
)

// pageOf returns what draw writes on the first page of a new document in
// Liberation Serif.
func pageOf(t *testing.T, draw func(f *Fpdf)) string {
	t.Helper()
	f := New("P", "mm", "A4", "")
	f.AddUTF8FontFromSharedBytes("serif", "", liberationserifregular.TTF)
	f.AddPage()
	f.SetFont("serif", "", 13)
	start := f.pages[1].Len()
	draw(f)
	if err := f.Error(); err != nil {
		t.Fatal(err)
	}
	return f.pages[1].String()[start:]
}

var runPart = regexp.MustCompile(`^(?:BT (\d+\.\d\d) (\S+) Td|(-?\d+\.\d\d) 0 Td) \(((?:[^\\)]|\\.)*)\) Tj (ET\n)?`)

// unrun rewrites the text runs of a page as a text object per string at
// its absolute point, adding the offsets in hundredths.
func unrun(t *testing.T, page string) string {
	t.Helper()
	var out strings.Builder
	var x int64
	var y string
	for page != "" {
		m := runPart.FindStringSubmatch(page)
		if m == nil {
			t.Fatalf("not a text run: %q", page)
		}
		page = page[len(m[0]):]
		if m[1] != "" {
			x, y = hundredthsOf(m[1]), m[2]
		} else {
			x += hundredthsOf(m[3])
		}
		fmt.Fprintf(&out, "BT %d.%02d %s Td (%s) Tj ET\n", x/100, x%100, y, m[4])
	}
	return out.String()
}

func hundredthsOf(s string) int64 {
	q, err := strconv.ParseInt(strings.Replace(s, ".", "", 1), 10, 64)
	if err != nil {
		panic(err)
	}
	return q
}

// TestTextRun: the strings of a run land on the points Text gives them,
// to the hundredth of a point, in one text object; halfway coordinates,
// strings going left and escapes included.
func TestTextRun(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	words := []string{"Thông", "báo", "(kèm", "theo)", `a\b`, "Ủy", "ban", "", "–", "2024"}
	for i := range 300 {
		n := 1 + rng.IntN(12)
		xs, ss := make([]float64, n), make([]string, n)
		y := rng.Float64() * 297
		for j := range n {
			switch rng.IntN(4) {
			case 0:
				xs[j] = float64(rng.IntN(60000)) / 200 / (72.0 / 25.4) // near halfway in points
			case 1:
				xs[j] = float64(rng.IntN(200000)) / 1000
			default:
				xs[j] = rng.Float64() * 210
			}
			ss[j] = words[rng.IntN(len(words))]
		}
		want := pageOf(t, func(f *Fpdf) {
			for j := range n {
				f.Text(xs[j], y, ss[j])
			}
		})
		run := pageOf(t, func(f *Fpdf) { f.TextRun(y, xs, ss) })
		if strings.Count(run, "BT ") != 1 || !strings.HasSuffix(run, " ET\n") {
			t.Fatalf("run %d: not one text object: %q", i, run)
		}
		if got := unrun(t, run); got != want {
			t.Fatalf("run %d: %q\nis %q\nwant %q", i, run, got, want)
		}
	}
}

// TestTextRunFallback: a run TextRun cannot write relative (a point left
// of the page) is written as Text writes each string; a run whose
// positions and strings do not pair up is an error.
func TestTextRunFallback(t *testing.T) {
	xs, ss := []float64{10, -0.001, 30}, []string{"a", "b", "c"}
	want := pageOf(t, func(f *Fpdf) {
		for j := range xs {
			f.Text(xs[j], 50, ss[j])
		}
	})
	if got := pageOf(t, func(f *Fpdf) { f.TextRun(50, xs, ss) }); got != want {
		t.Errorf("TextRun = %q, want %q", got, want)
	}
	f := New("P", "mm", "A4", "")
	f.AddPage()
	f.TextRun(50, xs, ss[:2])
	if f.Error() == nil {
		t.Error("a run of 3 points and 2 strings is no error")
	}
}
