package docx

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/diag"
	dx "github.com/thongbao/thongbao/notice/docx/docxtest"
)

var rules = map[string]bool{RuleUnreadable: true, RuleOldFormat: true, RuleEncrypted: true, RuleNotWord: true, RuleTooLarge: true, RuleBroken: true}

// checkRead reads data and checks what Read promises: one finding with a
// known rule, or a document whose listing maps back to its paragraphs.
func checkRead(t *testing.T, data []byte) {
	d, err := Read("f.docx", data)
	if err != nil {
		var l diag.List
		if !errors.As(err, &l) || len(l) != 1 || !rules[l[0].Rule] || l[0].Message.VI == "" {
			t.Fatalf("error %v", err)
		}
		return
	}
	for _, p := range d.Paragraphs() {
		checkParagraph(t, p)
	}
	l := d.Listing()
	for i, ln := range l.Lines {
		if strings.ContainsAny(ln.Text, "\r\n") {
			t.Fatalf("line %d holds a line end: %q", i+1, ln.Text)
		}
		end := 0
		for _, s := range ln.Spans {
			if s.Start < end || s.Start > s.TextStart || s.TextStart > s.End || s.End > len(ln.Text) {
				t.Fatalf("line %d: span %+v out of order in %q", i+1, s, ln.Text)
			}
			if ln.Text[s.TextStart:s.End] != s.Para.Text {
				t.Fatalf("line %d: span text %q, paragraph %q", i+1, ln.Text[s.TextStart:s.End], s.Para.Text)
			}
			end = s.End
		}
		for _, s := range ln.Spans {
			// The label, then each run's first byte: At must find them.
			if s.TextStart > s.Start {
				if p, r := l.At(i+1, s.Start); p != s.Para || r != &p.Label.Run {
					t.Fatalf("line %d: At(%d) misses the label", i+1, s.Start)
				}
			}
			for k := range s.Para.Runs {
				r := &s.Para.Runs[k]
				if r.Start == r.End {
					continue
				}
				if p, got := l.At(i+1, s.TextStart+r.Start); p != s.Para || got != r {
					t.Fatalf("line %d: At(%d) misses run %q", i+1, s.TextStart+r.Start, r.Text)
				}
			}
		}
	}
	d.View()
}

func checkParagraph(t *testing.T, p *Paragraph) {
	end := 0
	for _, r := range p.Runs {
		if r.Start < end || r.End < r.Start || r.End > len(p.Text) {
			t.Fatalf("run %+v out of order in %q", r, p.Text)
		}
		if r.Start != r.End && p.Text[r.Start:r.End] != r.Text {
			t.Fatalf("run %q covers %q", r.Text, p.Text[r.Start:r.End])
		}
		end = r.End
	}
	for _, f := range p.Fields {
		if f.Start < 0 || f.Start > f.End || f.End > len(p.Text) {
			t.Fatalf("field %+v outside %q", f, p.Text)
		}
	}
	for _, b := range p.Breaks {
		if b < 0 || b >= len(p.Text) || p.Text[b] != ' ' {
			t.Fatalf("break %d in %q", b, p.Text)
		}
	}
	for _, n := range p.Notes {
		if n.Offset < 0 || n.Offset > len(p.Text) || n.Note == nil {
			t.Fatalf("note %+v in %q", n, p.Text)
		}
	}
}

// seeds are Word files to start fuzzing from: the real notices and
// generated ones that use what the reader knows.
func seeds(t testing.TB) [][]byte {
	var out [][]byte
	files, _ := filepath.Glob("../../testdata/real/*.docx")
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, data)
	}
	for _, body := range seedBodies {
		out = append(out, dx.Doc{Body: body, Numbering: seedNumbering, Footnotes: dx.Footnote(1, "Chú thích.")}.Bytes())
	}
	// The header block in the first page's header, the end block in its
	// footer.
	d := pageHeaderDoc(headerBlock, pageNumber, true, noticeBody)
	d.Footers = []dx.Part{{ID: "rIdF1", Name: "footer1.xml", XML: dx.Table("", dx.Row(dx.TextCell("Nơi nhận:", "- Lưu: VT."), dx.TextCell("GIÁM ĐỐC")))}}
	d.SectPr = strings.Replace(d.SectPr, "<w:sectPr>", "<w:sectPr>"+dx.FooterRef("first", "rIdF1"), 1)
	return append(out, d.Bytes())
}

var seedNumbering = dx.AbstractNum(1, dx.Lvl(0, 1, "upperRoman", "%1.", "", ""), dx.Lvl(1, 1, "lowerLetter", "%1.%2)", "", "")) + dx.Num(1, 1)

var seedBodies = []string{
	P(dx.NumPr(1, 0), R("", "I")) + P(dx.NumPr(1, 1), R("", "a")),
	P("", R("", "a"), dx.FootnoteRef(1), dx.Field("", "PAGE", "1"), `<w:ins><w:r><w:t>i</w:t></w:r></w:ins><w:del><w:r><w:delText>d</w:delText></w:r></w:del>`),
	dx.Table("", dx.Row(dx.TextCell("a", "b"), dx.TextCell("c")), dx.Row(dx.Cell(), dx.TextCell("d"))),
	P("", R("", "x"), dx.TextBox(T("in a box"))),
	P(`<w:rPr><w:del/></w:rPr>`, R(`<w:caps/><w:vanish/>`, "h")) + T("j\tk\nl"),
}

// FuzzRead reads any bytes as a Word file: no panic, one known finding
// or a consistent reading, within the limits.
func FuzzRead(f *testing.F) {
	for _, s := range seeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) { checkRead(t, data) })
}

// FuzzReadBody reads any text as the body of a Word file, so that the
// fuzzer works on the XML rather than on the zip around it.
func FuzzReadBody(f *testing.F) {
	for _, b := range seedBodies {
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, body string) {
		checkRead(t, dx.Doc{Body: body, Numbering: seedNumbering, Footnotes: dx.Footnote(1, "x")}.Bytes())
	})
}
