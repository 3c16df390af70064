package pdf

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	upstream "codeberg.org/go-pdf/fpdf"

	"github.com/thongbao/thongbao/fonts"
	"github.com/thongbao/thongbao/notice"
	"github.com/thongbao/thongbao/notice/compose"
	"github.com/thongbao/thongbao/notice/internal/cputime"
	"github.com/thongbao/thongbao/notice/pdf/internal/fpdf"
)

// drawUpstream draws l as Draw does, with the fpdf release internal/fpdf
// was copied from (PATCHES.md names it).
func drawUpstream(w io.Writer, l *Layout, set *fonts.Set, meta Meta) error {
	return drawOn(upstream.New("P", "mm", "A4", ""), w, l, set, meta)
}

// drawExact draws l as Draw does, with the patched copy but without its
// fixed subsets (PATCHES.md 27): every face subset to the runes it draws,
// as upstream does. The canvas shows drawOn only the copy's methods that
// upstream has no counterpart of and that keep upstream's output.
func drawExact(w io.Writer, l *Layout, set *fonts.Set, meta Meta) error {
	pdf := fpdf.New("P", "mm", "A4", "")
	return drawOn(struct {
		canvas
		sharedFonts
		textRuns
	}{pdf, pdf, pdf}, w, l, set, meta)
}

// bothDraws draws l with the patched copy and with upstream fpdf and fails
// unless they write the same PDF: the same bytes but for what the copy
// writes otherwise on purpose (PATCHES.md 9 and 10: its deflate and the
// length of the CIDToGIDMap), which normalize takes out. That is, the
// same objects in the same order with the same dictionaries, every stream
// inflating to the same content, the maps the same up to their last glyph.
func bothDraws(t testing.TB, name string, l *Layout, set *fonts.Set, meta Meta) {
	t.Helper()
	var got, want bytes.Buffer
	err, upErr := drawExact(&got, l, set, meta), drawUpstream(&want, l, set, meta)
	if err != nil || upErr != nil {
		// Text the fonts cannot draw is refused before drawing
		// (CheckGlyphs); fpdf fails on some of it, and the copy must fail
		// the same way.
		if err == nil || upErr == nil || err.Error() != upErr.Error() {
			t.Errorf("%s: the patched fpdf fails with %v, upstream with %v", name, err, upErr)
		}
		return
	}
	sameAsUpstream(t, name, got.Bytes(), want.Bytes())
}

// sameAsUpstream compares a PDF of the copy with upstream's, normalized.
func sameAsUpstream(t testing.TB, name string, got, want []byte) {
	t.Helper()
	g, err := normalize(got)
	if err != nil {
		t.Fatalf("%s: the patched fpdf's PDF: %v", name, err)
	}
	w, err := normalize(want)
	if err != nil {
		t.Fatalf("%s: upstream's PDF: %v", name, err)
	}
	if !bytes.Equal(g, w) {
		t.Errorf("%s: the patched fpdf writes a PDF that differs from upstream's (normalized: %d and %d bytes, first difference at byte %d)",
			name, len(g), len(w), firstDiff(g, w))
	}
}

func firstDiff(a, b []byte) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}

// TestSameBytesAsUpstream: on every seed, with the notice's date and with
// a given one (SOURCE_DATE_EPOCH), the patched copy of fpdf writes exactly
// the bytes upstream fpdf writes. Each seed is drawn after the others, so
// what the copy keeps between documents is in play too.
func TestSameBytesAsUpstream(t *testing.T) {
	set := defaultSet(t)
	for _, p := range seedPaths(t) {
		d, l := layFile(t, p, Options{})
		bothDraws(t, p, l, set, MetaOf(d, DocumentDate(d)))
		bothDraws(t, p+" dated 2023-11-14", l, set, MetaOf(d, time.Unix(1700000000, 0).UTC()))
	}
}

// TestSameBytesAsUpstreamOtherFonts: a --font-dir set whose files are the
// same fonts under other styles (regular drawn with Bold's file, and so
// on) shares parsed fonts with the default set in the copy's cache, under
// other names; the bytes are still upstream's.
func TestSameBytesAsUpstreamOtherFonts(t *testing.T) {
	def := defaultSet(t)
	dir := t.TempDir()
	styles := []fonts.Style{fonts.Bold | fonts.Italic, fonts.Italic, fonts.Regular, fonts.Bold}
	for i, name := range []string{"times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf"} {
		if err := os.WriteFile(filepath.Join(dir, name), def.Face(styles[i]).Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	set, err := fonts.FromDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range seedPaths(t)[:2] {
		n, err := notice.LoadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		d := compose.Compose(n)
		for _, s := range []*fonts.Set{set, def, set} {
			l, err := Lay(d, s, Options{})
			if err != nil {
				t.Fatal(err)
			}
			bothDraws(t, p+" in "+s.Family, l, s, MetaOf(d, DocumentDate(d)))
		}
	}
}

// TestConcurrentDraws: batch draws notices on several goroutines at once;
// each PDF is the same as when drawn alone. Run with -race.
func TestConcurrentDraws(t *testing.T) {
	set := defaultSet(t)
	type job struct {
		l     *Layout
		meta  Meta
		alone []byte
	}
	var jobs []job
	for _, p := range seedPaths(t) {
		n, err := notice.LoadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		d := compose.Compose(n)
		l, err := Lay(d, set, Options{})
		if err != nil {
			t.Fatal(err)
		}
		var want, alone bytes.Buffer
		meta := MetaOf(d, DocumentDate(d))
		if err := drawUpstream(&want, l, set, meta); err != nil {
			t.Fatal(err)
		}
		var exact bytes.Buffer
		if err := drawExact(&exact, l, set, meta); err != nil {
			t.Fatal(err)
		}
		sameAsUpstream(t, p, exact.Bytes(), want.Bytes())
		if err := Draw(&alone, l, set, meta); err != nil {
			t.Fatal(err)
		}
		sameButFixedFonts(t, p, alone.Bytes(), exact.Bytes())
		jobs = append(jobs, job{l, meta, alone.Bytes()})
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for i := range jobs {
				j := jobs[(i+g)%len(jobs)]
				var got bytes.Buffer
				if err := Draw(&got, j.l, set, j.meta); err != nil {
					t.Error(err)
					return
				}
				if !bytes.Equal(got.Bytes(), j.alone) {
					t.Errorf("goroutine %d: notice %d drawn concurrently differs from the same drawn alone", g, (i+g)%len(jobs))
				}
			}
		})
	}
	wg.Wait()
}

// FuzzSameBytesAsUpstream draws a notice with any text in every field with
// both fpdfs: glyphs outside the seeds' alphabet, missing ones and long
// runs go through the copy's cached fonts and subsetting.
func FuzzSameBytesAsUpstream(f *testing.F) {
	for _, s := range []string{
		"Kết luận của đồng chí Nguyễn Văn A", "陈文明 và Trần Văn Minh", "₫ “” – ‘’ … ¹²³", "\uFFFD\uFFFF𝐀", "",
	} {
		f.Add(s)
	}
	set := defaultSet(f)
	f.Fuzz(func(t *testing.T, s string) {
		l, err := Lay(fuzzDoc(s), set, Options{})
		if err != nil {
			return
		}
		bothDraws(t, "fuzz", l, set, Meta{Title: s, Date: time.Unix(0, 0).UTC()})
	})
}

// BenchmarkPDFUpstream is BenchmarkPDF drawn with upstream fpdf: the
// patched copy's gain, measured in the same run.
func BenchmarkPDFUpstream(b *testing.B) {
	d, set := benchDoc(b), defaultSet(b)
	start := cputime.Used()
	for b.Loop() {
		l, err := Lay(d, set, Options{})
		if err != nil {
			b.Fatal(err)
		}
		if err := drawUpstream(io.Discard, l, set, MetaOf(d, time.Unix(0, 0))); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, start)
}
