package pdf_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/thongbao/thongbao/fonts"
	"github.com/thongbao/thongbao/notice"
	"github.com/thongbao/thongbao/notice/body"
	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/compose"
	"github.com/thongbao/thongbao/notice/internal/wordcmp"
	"github.com/thongbao/thongbao/notice/markdown"
	"github.com/thongbao/thongbao/notice/pdf"
)

// needPdftotext skips a test that reads a PDF back with pdftotext when the
// machine lacks it (make test installs it where it can), and fails it when
// THONGBAO_REQUIRE_TOOLS is set, as CI does, so it never goes unchecked there.
func needPdftotext(t *testing.T) {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err == nil {
		return
	}
	msg := "pdftotext not found: install poppler-utils (apt-get install -y poppler-utils)"
	if os.Getenv("THONGBAO_REQUIRE_TOOLS") != "" {
		t.Fatal(msg)
	}
	t.Skip(msg)
}

// TestPDFTextMatchesMarkdown extracts the text of each seed's PDF with
// pdftotext (poppler-utils; .ci/run installs it) and checks it carries the
// Markdown's words: exactly the same bag, and in the order they are drawn
// (pdftotext -raw) the same order, footnotes apart (they sit at the foot
// of each page in the PDF and at the end in the Markdown, so each of the
// two streams is checked for order on its own).
func TestPDFTextMatchesMarkdown(t *testing.T) {
	needPdftotext(t)
	paths, _ := filepath.Glob("../../testdata/seeds/*.toml")
	set, err := fonts.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range append(paths, "../../templates/example.toml") {
		t.Run(filepath.Base(p), func(t *testing.T) {
			n, err := notice.LoadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			d := compose.Compose(n)
			var md, doc bytes.Buffer
			if err := markdown.Render(&md, d); err != nil {
				t.Fatal(err)
			}
			if err := pdf.Render(&doc, d, set, pdf.Options{}, time.Unix(0, 0)); err != nil {
				t.Fatal(err)
			}
			file := filepath.Join(t.TempDir(), "n.pdf")
			if err := os.WriteFile(file, doc.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			got := withoutRepeats(withoutMarks(words(dropPageNumbers(pdftotext(t, file))), d), d)
			drawn := withoutRepeats(words(dropPageNumbers(pdftotext(t, file, "-raw"))), d)
			mdBody, mdNotes := splitMarkdownNotes(md.String())
			want := append(words(mdBody), words(mdNotes)...)
			if extra, missing := bagDiff(got, want); len(extra)+len(missing) > 0 {
				t.Errorf("PDF and Markdown words differ: only in the PDF %v; only in the Markdown %v", extra, missing)
			}
			for _, part := range []string{mdBody, mdNotes} {
				w := words(part)
				if len(w) == 0 {
					continue
				}
				// A mark fused to its word ("20246" for "2024" and mark 6)
				// costs a word in the drawn order; a few of them are allowed.
				if r := float64(wordcmp.LCS(w, drawn)) / float64(len(w)); r < 0.99 {
					t.Errorf("only %.2f%% of the Markdown's words are drawn in the same order", 100*r)
				}
			}
		})
	}
}

func pdftotext(t *testing.T, file string, flags ...string) string {
	t.Helper()
	args := append(append([]string{}, flags...), "-enc", "UTF-8", file, "-")
	out, err := exec.Command("pdftotext", args...).Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return string(out)
}

// dropPageNumbers removes the number at the head of every page but the
// first: pdftotext separates pages with a form feed.
func dropPageNumbers(text string) string {
	pages := strings.Split(text, "\f")
	for i := 1; i < len(pages); i++ {
		lines := strings.SplitN(strings.TrimLeft(pages[i], "\n"), "\n", 2)
		if len(lines) == 2 && isDigits(strings.TrimSpace(lines[0])) {
			pages[i] = lines[1]
		}
	}
	return strings.Join(pages, "\n")
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// withoutMarks removes footnote numbers, which the PDF shows (as marks in
// the text and at the head of each note) and the Markdown writes as [^n]:
// as many of each number as the document has references and notes.
func withoutMarks(ws []string, d *compose.Document) []string {
	budget := map[string]int{}
	count := func(runs []body.Run) {
		for _, r := range runs {
			if r.Note != "" {
				budget[r.Note]++
			}
		}
	}
	count(d.Subject)
	for _, b := range d.Body {
		count(b.Head)
		count(b.Runs)
	}
	for _, a := range d.Appendices {
		count(a.Reference)
		for _, b := range a.Blocks {
			count(b.Runs)
		}
	}
	for _, n := range d.Notes {
		budget[n.Number]++
	}
	var out []string
	for _, w := range ws {
		if budget[w] > 0 {
			budget[w]--
			continue
		}
		out = append(out, w)
	}
	return out
}

// withoutRepeats removes the header row of a table where the PDF repeats
// it at the top of a continuation page.
func withoutRepeats(ws []string, d *compose.Document) []string {
	for _, a := range d.Appendices {
		if a.Table == nil {
			continue
		}
		head := words(strings.Join(a.Table.Columns, " "))
		var out []string
		seen := false
		for i := 0; i < len(ws); i++ {
			if i+len(head) <= len(ws) && equal(ws[i:i+len(head)], head) {
				if seen {
					i += len(head) - 1
					continue
				}
				seen = true
			}
			out = append(out, ws[i])
		}
		ws = out
	}
	return ws
}

func equal(a, b []string) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func splitMarkdownNotes(md string) (body, notes string) {
	var b, n strings.Builder
	for _, para := range strings.Split(md, "\n\n") {
		if strings.HasPrefix(strings.TrimSpace(para), "[^") {
			n.WriteString(para + "\n\n")
		} else {
			b.WriteString(para + "\n\n")
		}
	}
	return b.String(), n.String()
}

var noteRef = regexp.MustCompile(`\[\^[^\]]*\]:?`)

func words(s string) []string {
	s = noteRef.ReplaceAllString(s, " ")
	s = strings.ReplaceAll(s, `\`, "")
	var out []string
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '|' }) {
		f = strings.TrimFunc(f, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) })
		if f != "" {
			out = append(out, cite.Fold(f))
		}
	}
	return out
}

func bagDiff(got, want []string) (extra, missing []string) {
	count := map[string]int{}
	for _, w := range want {
		count[w]++
	}
	for _, g := range got {
		count[g]--
	}
	for w, c := range count {
		for ; c > 0; c-- {
			missing = append(missing, w)
		}
		for ; c < 0; c++ {
			extra = append(extra, w)
		}
	}
	return extra, missing
}

// TestHostileTextStaysText draws text that would be PDF syntax if it were
// written raw (string delimiters, operators, a stream end, a comment) and
// checks pdftotext reads it back as the same text: nothing a field holds
// can become a PDF operator.
func TestHostileTextStaysText(t *testing.T) {
	needPdftotext(t)
	hostile := []string{`a) Tj ET BT /F1 99 Tf (x`, `\) \\ \( ( ) ((`, `endstream endobj %%EOF`, `<< /Type /Page >> [1 0 R]`, `% không phải chú thích`}
	set, err := fonts.Default()
	if err != nil {
		t.Fatal(err)
	}
	var blocks []compose.Block
	for _, s := range hostile {
		blocks = append(blocks, compose.Block{Kind: compose.Para, Runs: []body.Run{{Text: s}}})
	}
	d := &compose.Document{
		Header: compose.Header{Issuer: []string{"ỦY BAN NHÂN DÂN"}, Number: "/TB-UBND", Draft: true, Place: "Lý Sơn", Country: compose.Country, Motto: compose.Motto},
		Kind:   "THÔNG BÁO", Subject: []body.Run{{Text: "Kết luận"}}, Body: blocks,
		Signature: compose.Signature{Lines: []string{"CHỦ TỊCH"}, Name: "Phạm Thị Hương"},
	}
	var doc bytes.Buffer
	if err := pdf.Render(&doc, d, set, pdf.Options{}, time.Unix(0, 0)); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "h.pdf")
	if err := os.WriteFile(file, doc.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	got := strings.Join(strings.Fields(pdftotext(t, file, "-raw")), " ")
	for _, s := range hostile {
		if !strings.Contains(got, strings.Join(strings.Fields(s), " ")) {
			t.Errorf("%q does not read back from the PDF; got:\n%s", s, got)
		}
	}
}
