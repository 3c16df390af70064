package docx

import (
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/docx/docxtest"
)

// read reads a generated file, failing the test on an error.
func read(t testing.TB, d docxtest.Doc) *Document {
	t.Helper()
	doc, err := Read("t.docx", d.Bytes())
	if err != nil {
		t.Fatalf("read: %v", err)
	}
	return doc
}

// listing returns the lines of a document's listing.
func listing(d *Document) []string {
	var out []string
	for _, l := range d.Listing().Lines {
		out = append(out, l.Text)
	}
	return out
}

func wantLines(t *testing.T, d *Document, want ...string) {
	t.Helper()
	got := listing(d)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("listing\n got: %q\nwant: %q", got, want)
	}
}

// para returns the body paragraph whose text contains s.
func para(t testing.TB, d *Document, s string) *Paragraph {
	t.Helper()
	for _, p := range d.Paragraphs() {
		if strings.Contains(p.Text, s) {
			return p
		}
	}
	t.Fatalf("no paragraph holds %q", s)
	return nil
}

// run returns the run of p that holds s.
func run(t testing.TB, p *Paragraph, s string) *Run {
	t.Helper()
	for i := range p.Runs {
		if strings.Contains(p.Runs[i].Text, s) {
			return &p.Runs[i]
		}
	}
	t.Fatalf("no run of %q holds %q", p.Text, s)
	return nil
}

var (
	P = docxtest.P
	R = docxtest.R
	T = docxtest.T
)
