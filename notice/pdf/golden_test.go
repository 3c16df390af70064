package pdf

import (
	"bytes"
	"flag"
	"os"
	"testing"
	"time"

	"github.com/thongbao/thongbao/notice"
	"github.com/thongbao/thongbao/notice/compose"
)

var update = flag.Bool("update", false, "rewrite the golden PDF")

func renderFile(t *testing.T, path string, date time.Time) []byte {
	t.Helper()
	n, err := notice.LoadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	d := compose.Compose(n)
	if date.IsZero() {
		date = DocumentDate(d)
	}
	var buf bytes.Buffer
	if err := Render(&buf, d, defaultSet(t), Options{}, date); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestGoldenPDF: seed 001 renders to exactly the bytes of its golden file.
// Regenerate with go test ./notice/pdf -run GoldenPDF -update, and look at
// the result before committing it.
func TestGoldenPDF(t *testing.T) {
	const golden = "../../testdata/seeds/001.golden.pdf"
	// The golden file is also what the command's test build writes
	// (testdata/script/pdf.txtar), whose producer names its version.
	defer func(p string) { Producer = p }(Producer)
	Producer = "thongbao 0.0.0-dev"
	got := renderFile(t, "../../testdata/seeds/001.toml", time.Time{})
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("seed 001 no longer renders to %s (%d bytes, want %d); regenerate with -update and review", golden, len(got), len(want))
	}
}

// TestSameInputSameBytes renders every seed twice; the date comes from the
// notice (or SOURCE_DATE_EPOCH), so two runs give identical files.
func TestSameInputSameBytes(t *testing.T) {
	for _, p := range seedPaths(t) {
		a, b := renderFile(t, p, time.Time{}), renderFile(t, p, time.Time{})
		if !bytes.Equal(a, b) {
			t.Errorf("%s: two renderings differ", p)
		}
		if !bytes.Contains(a, []byte("/CreationDate")) || bytes.Contains(a, []byte(time.Now().Format("20060102"))) {
			t.Errorf("%s: the creation date must come from the notice, not the clock", p)
		}
		c := renderFile(t, p, time.Unix(1700000000, 0).UTC())
		if bytes.Equal(a, c) || !bytes.Contains(c, []byte("D:20231114")) {
			t.Errorf("%s: the given date is not the file's date", p)
		}
	}
}

// TestMetadata: title (the trích yếu), author (the issuer), language vi.
func TestMetadata(t *testing.T) {
	got := renderFile(t, "../../testdata/seeds/004.toml", time.Time{})
	for _, want := range []string{"/Lang (vi)", "/Title", "/Author", "/Subject", "/Keywords", "/Creator (thongbao)"} {
		if !bytes.Contains(got, []byte(want)) {
			t.Errorf("the PDF lacks %s", want)
		}
	}
}
