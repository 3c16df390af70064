package check_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/docx/docxtest"
)

// Text twins: the Word twins (wordtwins_test.go) written as TEXT, the way
// Word exports a notice laid out in it: saved as plain text, or copied
// out of Word into a web form. Each whole dev text's Twin is written in
// each textShape, read as a text and checked; the content findings must
// be the same as the text's (same rule, same words, on the paragraph the
// text's finding is on), and a lawful layout gets no finding of thể thức.
// What differs is kept in a golden file per shape
// (testdata/texttwins/SHAPE.txt, -update rewrites them), each difference
// a fault to mend or one that follows from the layout (textTwinWhy).

var textTwinDump = flag.String("texttwins-dump", "", "write the text twins under this folder, a folder a shape")

// textTwinWrite writes a text twin to look at.
func textTwinWrite(t *testing.T, path string, src []byte) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Error(err)
	}
	if err := os.WriteFile(path, src, 0o644); err != nil {
		t.Error(err)
	}
}

// textShape is a way a notice laid out in Word comes out as text.
type textShape int

const (
	// textTables: Word's Save As Plain Text of the tables shape. A table's
	// row is its cells parted by a tab, a cell's paragraphs each on a line
	// of its own; empty paragraphs where offices put them come out as
	// blank lines: the rules drawn under the issuer and the Tiêu ngữ
	// (empty paragraphs holding a drawing), one between the header and the
	// tên loại, one under the trích yếu (its rule), one before each part
	// ("I.", "II."), one before the end block's table, three between the
	// signer's title and name. Lines end in CR LF, as Word on Windows
	// writes them.
	textTables textShape = iota
	// textTight: as textTables with no empty paragraph at all, lines
	// ending in LF.
	textTight
	// textTabs: Save As Plain Text of the tabs shape: the header's two
	// columns typed on one line, pushed apart by tabs ("\tỦY BAN NHÂN
	// DÂN\tCỘNG HÒA ..."), the end block's likewise ("Nơi nhận:\tKT. CHỦ
	// TỊCH"); the empty paragraphs of textTables in the body.
	textTabs
	// textForm: copied out of Word and pasted into a web form: each table
	// cell's paragraphs on lines of their own, the left cell's before the
	// right's, no tabs; empty paragraphs kept as blank lines.
	textForm
	// textFeed: as textTables, the end block moved to the next page with
	// a page break, which Word writes as a form feed on a line of its own.
	textFeed
	// textWPS: Save As Plain Text of the WPS shape: tables of three
	// columns, an empty one between the two (a row "- Lưu: VT.\t\tKT. CHỦ
	// TỊCH"), the header of two rows: the issuer beside the Quốc hiệu and
	// the Tiêu ngữ, then "Số" beside the place and date; the empty
	// paragraphs of textTables.
	textWPS
	// textSpaced: as textTables, an empty paragraph between every two
	// paragraphs of the body but the lines of "Kính gửi", as some offices
	// space them.
	textSpaced
	// textEndRows: as textTables, the end block a table of two rows: the
	// signer in the right cell of the first, its left cell empty
	// ("\tKT. CHỦ TỊCH"); Nơi nhận in the left cell of the second, its
	// right cell empty (a tab after the last recipient).
	textEndRows
	// textNumbered: as textTables, the points numbered by Word's
	// automatic numbering, which Save As Plain Text writes as the number
	// and a tab ("1.\tĐánh giá chung", "-\tSở Tài chính").
	textNumbered
	// textPDF: the text layer of the PDF printed from the twin, as
	// pdftotext -layout takes it out (texttwins_pdf_test.go).
	textPDF
	// textPDFRaw: the same without -layout: the columns one after the
	// other.
	textPDFRaw
	// textAppendix: as textTables, an appendix after the signer (a list
	// in a table, texttwins_appendix_test.go) behind two empty
	// paragraphs.
	textAppendix
	// textAppendixFeed: as textAppendix, the appendix on a page of its
	// own, behind a page break (a form feed).
	textAppendixFeed
)

var textShapes = []textShape{textTables, textTight, textTabs, textForm, textFeed, textWPS, textSpaced, textEndRows, textNumbered, textPDF, textPDFRaw, textAppendix, textAppendixFeed}

var textShapeNames = [...]string{"tables", "tight", "tabs", "form", "feed", "wps", "spaced", "endrows", "numbered", "pdf", "pdfraw", "appendix", "appendixfeed"}

func (s textShape) String() string { return textShapeNames[s] }

// textTwinWhy says why differences are there, as twinWhy does, by shape
// and rule, text and rule, text ("rel *") or rule ("* rule").
var textTwinWhy = map[string]string{
	"round6/thpt-vogiu-tb-142-2022.txt required": "follows: the text types the trích yếu on the line of \"THÔNG BÁO\"; " +
		"the twin sets each on its line, as the decree asks",
	"numbered missing-space": "follows: Word's numbering writes a tab after the bullet it numbers with, " +
		"so no twin of \"-Từ\" typed without a space can lack it",
	"pdf grounds":      pdfSentenceWhy,
	"pdf purpose-cut":  pdfSentenceWhy,
	"pdf sentence-end": pdfSentenceWhy,
	"pdf spacing": "follows: on a page laid out in columns a run of spaces is where pdftotext set the words on the page, " +
		"not what the typist typed; the rule leaves two spaces in a row alone there, and the reader takes them for a column's gap",
	"pdf round36/vnx-hdtv-qd-47-2026.txt": "follows: the text types \"(  b)\" with two spaces; a page laid out in columns " +
		"reads a run of spaces as one (pdftotext pads words to their places), so the twin's finding quotes \"( b)\"",
	"appendix glued-words":     appendixGluedWhy,
	"appendixfeed glued-words": appendixGluedWhy,
	"spaced layout/004.txt": "follows: the twin's body has no references to its footnotes (the reading keeps them apart " +
		"from the text, and the twin types them only in a paragraph of one line), and the spaced shape reads as paragraphs " +
		"parted by blank lines, where lines \"1 Text\" under the name are footnotes only when the body marks them: " +
		"read without marks they are a text after the end, one paragraph",
}

// pdfSentenceWhy: the rules that read where a paragraph's sentence ends
// stand aside on a page laid out in columns.
const pdfSentenceWhy = "follows: on a page laid out in columns a paragraph's end is read from where its lines stop, " +
	"so the rules that weigh how a paragraph's sentence ends (a ground closed with a full stop, a sentence with none) stand aside"

// appendixGluedWhy: the appendix's words are the document's.
const appendixGluedWhy = "follows, and right: the appendix writes \"Kèm theo\", so \"kèm\" is a word of the document, " +
	"and the text's \"kèmtheo\", \"kèmhình\" (typed glued) read as two words run together"

// textPart is a part's heading: "I.", "II." and so on.
var textPart = regexp.MustCompile(`^[IVX]+\.\s`)

// textAddressee opens the "Kính gửi" block; textListed is a line of its
// list, or one going on from it.
var (
	textAddressee = regexp.MustCompile(`^Kính gửi`)
	textListed    = regexp.MustCompile(`^(?:[-+•–]|\p{Ll})`)
)

// textWriter writes a Twin's paragraphs as lines of text.
type textWriter struct {
	shape textShape
	lines []string
}

// empty writes n empty paragraphs, where the shape keeps them.
func (w *textWriter) empty(n int) {
	if w.shape == textTight {
		return
	}
	for range n {
		w.lines = append(w.lines, "")
	}
}

// row writes a table's row of two cells: the cells' paragraphs, the
// last of the left cell and the first of the right on one line parted
// by a tab; in textForm each paragraph on its own line.
func (w *textWriter) row(left, right []string) {
	if w.shape == textForm {
		w.lines = append(append(w.lines, left...), right...)
		return
	}
	if len(left) == 0 {
		left = []string{""}
	}
	w.lines = append(w.lines, left[:len(left)-1]...)
	last := left[len(left)-1] + "\t"
	if w.shape == textWPS {
		last += "\t" // the empty middle cell
	}
	if len(right) == 0 {
		w.lines = append(w.lines, last)
		return
	}
	w.lines = append(w.lines, last+right[0])
	w.lines = append(w.lines, right[1:]...)
}

// cellEmpty is an empty paragraph in a cell: kept but in textTight.
func (w *textWriter) cellEmpty(cell []string) []string {
	if w.shape == textTight {
		return cell
	}
	return append(cell, "")
}

// textOf writes t as Word exports it in shape s.
func textOf(t docxtest.Twin, s textShape) []byte {
	switch s {
	case textPDF, textPDFRaw:
		return pdfTextOf(t, s == textPDF)
	case textAppendix, textAppendixFeed:
		return withAppendix(textOf(t, textTables), s == textAppendixFeed)
	}
	w := &textWriter{shape: s}
	number := len(t.Left) - t.VV - 1
	switch s {
	case textTabs:
		w.tabHeader(t, number)
	case textWPS:
		w.row(w.cellEmpty(append([]string(nil), t.Left[:number]...)), w.cellEmpty(append([]string(nil), t.Right[:2]...)))
		w.row(t.Left[number:], t.Right[2:])
	default:
		left := w.cellEmpty(append([]string(nil), t.Left[:number]...)) // the rule under the issuer
		left = append(left, t.Left[number:]...)
		right := w.cellEmpty(append([]string(nil), t.Right[:2]...)) // the rule under the Tiêu ngữ
		right = append(right, t.Right[2])
		w.row(left, right)
	}
	w.empty(1)
	if t.Title != "" {
		w.lines = append(w.lines, t.Title)
	}
	w.lines = append(w.lines, t.Subject...)
	if len(t.Subject) > 0 {
		w.empty(1) // the rule under the trích yếu
	}
	addressee := false // in the "Kính gửi" block, which no office spaces
	for i, p := range t.Body {
		addressee = textAddressee.MatchString(p.Text) || addressee && textListed.MatchString(p.Text)
		if i > 0 && (s == textSpaced && !addressee || textPart.MatchString(p.Text)) {
			w.empty(1)
		}
		text := p.Text
		if s == textNumbered && p.Marker != "" {
			text = p.Marker + "\t" + strings.TrimLeft(p.Text[p.Rest:], " \t")
		}
		w.lines = append(w.lines, text)
	}
	if s == textFeed {
		w.lines = append(w.lines, "\f")
	} else {
		w.empty(1)
	}
	w.end(t)
	for _, n := range t.Notes {
		w.lines = append(w.lines, fmt.Sprintf("%d %s", n.Number, n.Text))
	}
	eol := "\n"
	if s == textTables {
		eol = "\r\n"
	}
	return []byte(strings.Join(w.lines, eol) + eol)
}

// tabHeader types the header as the tabs shape does: each line of the
// left column after a tab, and after another the line of the right
// column beside it: the Quốc hiệu beside the first line, the Tiêu ngữ
// beside the second, the place and date beside "Số".
func (w *textWriter) tabHeader(t docxtest.Twin, number int) {
	var left []string
	for i, l := range t.Left {
		if i == number {
			for len(left) < 2 {
				left = append(left, "")
			}
		}
		left = append(left, l)
	}
	row := max(number, 2)
	right := map[int]string{0: t.Right[0], 1: t.Right[1], row: t.Right[2]}
	for i := 0; i < max(len(left), row+1); i++ {
		l := "\t"
		if i < len(left) {
			l += left[i]
		}
		if r, ok := right[i]; ok {
			l += "\t" + r
		}
		w.lines = append(w.lines, l)
	}
}

// end writes the end block: Nơi nhận beside the signer, three empty
// paragraphs of room before the name.
func (w *textWriter) end(t docxtest.Twin) {
	var recv []string
	for _, l := range t.Recipients {
		recv = append(recv, l.Text)
	}
	sign := append([]string(nil), t.Signer...)
	if w.shape != textTight {
		sign = append(sign, "", "", "")
	}
	sign = append(sign, t.Name)
	switch w.shape {
	case textTabs:
	case textEndRows:
		w.row(nil, sign)
		w.row(recv, nil)
		return
	default:
		w.row(recv, sign)
		return
	}
	for i := 0; i < max(len(recv), len(sign)); i++ {
		var l string
		if i < len(recv) {
			l = recv[i]
		}
		if i < len(sign) && sign[i] != "" {
			l += "\t" + sign[i]
		}
		w.lines = append(w.lines, l)
	}
}

// TestTextTwins checks the text twins of the corpus's whole texts in
// every textShape against their texts, and the differences against the
// goldens.
func TestTextTwins(t *testing.T) {
	srcs := twinSources(t)
	if len(srcs) < 30 {
		t.Fatalf("%d whole texts to lay out, want 30 or more", len(srcs))
	}
	diffs := twinDiffs(srcs, len(textShapes), func(s *twinSource, k int) (string, []byte) {
		name := strings.TrimSuffix(s.rel, filepath.Ext(s.rel)) + ".txt"
		src := textOf(s.twin, textShapes[k])
		if *textTwinDump != "" {
			textTwinWrite(t, filepath.Join(*textTwinDump, textShapes[k].String(), name), src)
		}
		return name, src
	})
	for k, shape := range textShapes {
		got := textTwinGolden(t, shape, srcs, diffs, k)
		golden := filepath.Join("testdata", "texttwins", shape.String()+".txt")
		if *update {
			os.MkdirAll(filepath.Dir(golden), 0o755)
			if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (go test -run TextTwins -update)", err)
		}
		if got != string(want) {
			t.Errorf("the %s text twins differ from %s (go test -run TextTwins -update, and review):\n%s", shape, golden, twinGoldenDiff(string(want), got))
		}
	}
}

// textTwinGolden is the golden listing of shape k's differences; a
// finding of thể thức on a twin, with no why, fails the test.
func textTwinGolden(t *testing.T, shape textShape, srcs []*twinSource, diffs [][][]string, k int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# Text twins in the %s shape: %d texts of the corpus laid out in Word and exported as text (TestTextTwins).\n", shape, len(srcs))
	b.WriteString("# \"- \" a finding of the text the twin lacks, \"+ \" a finding of the twin the text lacks,\n")
	b.WriteString("# as rule: message [the paragraph's first words @where in it: the characters before, spaces not counted];\n")
	b.WriteString("# \"# \" under one says why it is there (textTwinWhy).\n")
	n, texts, said := 0, 0, map[string]bool{}
	for i, s := range srcs {
		if len(diffs[i][k]) == 0 {
			continue
		}
		texts++
		fmt.Fprintf(&b, "\n%s\n", s.rel)
		for _, d := range diffs[i][k] {
			n++
			rule, _, _ := strings.Cut(d[2:], ":")
			key, why := textTwinReason(shape, s.rel, rule)
			if d[0] == '+' && wordOnly[rule] && why == "" {
				t.Errorf("the %s text twin of %s, laid out as the decree asks, gets a finding of thể thức: %s", shape, s.rel, d[2:])
			}
			fmt.Fprintf(&b, "%s\n", d)
			if why != "" && !said[key] {
				said[key] = true
				fmt.Fprintf(&b, "  # %s\n", why)
			}
		}
	}
	fmt.Fprintf(&b, "\n# %d difference(s) in %d text(s)\n", n, texts)
	return b.String()
}

// textTwinReason is the reason textTwinWhy gives a difference of rule in
// a twin of text rel in shape (by shape and text, "spaced layout/004.txt",
// or as twinWhy's keys), and its key; "" for none.
func textTwinReason(shape textShape, rel, rule string) (key, why string) {
	for _, k := range []string{shape.String() + " " + rel, shape.String() + " " + rule, rel + " " + rule, rel + " *", "* " + rule} {
		if why := textTwinWhy[k]; why != "" {
			return k, why
		}
	}
	return "", ""
}
