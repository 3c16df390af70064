package pdf

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/thongbao/thongbao/fonts"
)

// postScriptNames are the PostScript names of the default set's faces,
// which name them in a PDF (PATCHES.md 33).
var postScriptNames = map[fonts.Style]string{
	fonts.Regular:             "LiberationSerif",
	fonts.Bold:                "LiberationSerif-Bold",
	fonts.Italic:              "LiberationSerif-Italic",
	fonts.Bold | fonts.Italic: "LiberationSerif-BoldItalic",
}

// fixedFontNames are the /BaseFont names, without the subset tag, of the faces of fixedStyles.
func fixedFontNames() []string {
	var names []string
	for _, st := range fixedStyles {
		names = append(names, postScriptNames[st])
	}
	return names
}

// sameButFixedFonts fails unless got (Draw) is exact (drawExact) but for
// the data of the fixed faces' fonts.
func sameButFixedFonts(t testing.TB, name string, got, exact []byte) {
	t.Helper()
	g, err := normalizeFonts(got, fixedFontNames())
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	e, err := normalizeFonts(exact, fixedFontNames())
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if !bytes.Equal(g, e) {
		t.Errorf("%s: the PDF with fixed subsets differs from the exact one beyond the fixed fonts (first difference at byte %d)", name, firstDiff(g, e))
	}
}

func drawBytes(t testing.TB, draw func(*bytes.Buffer) error) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := draw(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestFixedSubsets: every seed's PDF is its exact PDF (upstream's, which
// TestSameBytesAsUpstream holds drawExact to) but for the fixed faces'
// font data, and that data is the same in every seed and differs from
// the exact one.
func TestFixedSubsets(t *testing.T) {
	set := defaultSet(t)
	var first []byte
	for _, p := range seedPaths(t) {
		d, l := layFile(t, p, Options{})
		meta := MetaOf(d, DocumentDate(d))
		got := drawBytes(t, func(b *bytes.Buffer) error { return Draw(b, l, set, meta) })
		exact := drawBytes(t, func(b *bytes.Buffer) error { return drawExact(b, l, set, meta) })
		sameButFixedFonts(t, p, got, exact)
		if bytes.Equal(got, exact) {
			t.Errorf("%s: drawn with the exact subsets", p)
		}
		files := fontFiles(t, got)
		if first == nil {
			first = files
		} else if !bytes.Equal(files, first) {
			t.Errorf("%s: the fixed fonts' data differ from the first seed's", p)
		}
	}
}

// fontFiles returns the fixed faces' font data in pdf, normalized: the
// /W arrays, the CIDToGIDMaps and the font files with their /Length1.
func fontFiles(t testing.TB, pdf []byte) []byte {
	t.Helper()
	n, err := normalize(pdf)
	if err != nil {
		t.Fatal(err)
	}
	var out []byte
	for _, name := range fixedFontNames() {
		q := regexp.QuoteMeta(name)
		w := regexp.MustCompile(`(?s)/BaseFont /` + tag + q + `\n[^>]*?(/W \[.*?\]\n)/CIDToGIDMap (\d+) 0 R`).FindSubmatch(pdf)
		f := regexp.MustCompile(`/FontName /` + tag + q + `\n[^\n]*/FontFile2 (\d+) 0 R`).FindSubmatch(pdf)
		if w == nil || f == nil {
			t.Fatalf("no font %s", name)
		}
		out = append(out, w[1]...)
		for _, num := range [][]byte{w[2], f[1]} {
			obj := regexp.MustCompile(`(?s)\n` + string(num) + ` 0 obj\n(.*?)endobj\n`).FindSubmatch(n)
			if obj == nil {
				t.Fatalf("no object %s", num)
			}
			out = append(out, obj[1]...)
		}
	}
	return out
}

// TestFixedSubsetIsUpstreams: a notice that draws the whole repertoire in
// every face gets, from upstream, the subsets of the whole repertoire:
// the fixed subsets are those very bytes.
func TestFixedSubsetIsUpstreams(t *testing.T) {
	set := defaultSet(t)
	l, err := Lay(fuzzDoc(repertoire), set, Options{})
	if err != nil {
		t.Fatal(err)
	}
	meta := Meta{Date: time.Unix(0, 0).UTC()}
	got := drawBytes(t, func(b *bytes.Buffer) error { return Draw(b, l, set, meta) })
	want := drawBytes(t, func(b *bytes.Buffer) error { return drawUpstream(b, l, set, meta) })
	sameAsUpstream(t, "the repertoire", got, want)
}

// TestOutsideRepertoire: a character the fonts have but the repertoire
// lacks (Ω, ₫) is drawn with the faces subset to the runes the notice
// uses, as upstream does, and reads back as written.
func TestOutsideRepertoire(t *testing.T) {
	set := defaultSet(t)
	const s = "Giá 5.000 ₫ của ô Ω"
	for _, r := range "₫Ω" {
		if strings.ContainsRune(repertoire, r) || !set.Face(fonts.Regular).Has(r) {
			t.Fatalf("%q: in the repertoire, or not in the font", r)
		}
	}
	l, err := Lay(fuzzDoc(s), set, Options{})
	if err != nil {
		t.Fatal(err)
	}
	meta := Meta{Date: time.Unix(0, 0).UTC()}
	got := drawBytes(t, func(b *bytes.Buffer) error { return Draw(b, l, set, meta) })
	want := drawBytes(t, func(b *bytes.Buffer) error { return drawUpstream(b, l, set, meta) })
	sameAsUpstream(t, s, got, want)
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext not found")
	}
	file := filepath.Join(t.TempDir(), "n.pdf")
	if err := os.WriteFile(file, got, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", "-enc", "UTF-8", file, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(out), s) {
		t.Errorf("pdftotext reads %q, without %q", out, s)
	}
}
