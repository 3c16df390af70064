package importer_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice"
	"github.com/thongbao/thongbao/notice/check"
	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/compose"
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/importer"
	"github.com/thongbao/thongbao/notice/internal/wordcmp"
	"github.com/thongbao/thongbao/notice/markdown"
	"github.com/thongbao/thongbao/notice/plain"
	"github.com/thongbao/thongbao/notice/reading"
	"github.com/thongbao/thongbao/notice/schema/schematest"
)

// corpus are the real notices imported by the tests: the seeds' texts,
// the same notices as Word saves them as text and as pdftotext lays them
// out, the Lào Cai notices as text and as Word files.
func corpus(t *testing.T) []string {
	t.Helper()
	var out []string
	for _, g := range []string{
		"../../testdata/seeds/*.txt",
		"../../testdata/corpus/word/*.txt",
		"../../testdata/corpus/layout/*.txt",
		"../../testdata/corpus/real/*.txt",
		"../../testdata/corpus/odd/headings.txt",
		"../../testdata/corpus/odd/nfd.txt",
		"../../testdata/real/*.docx",
	} {
		m, err := filepath.Glob(g)
		if err != nil || len(m) == 0 {
			t.Fatalf("no files for %s", g)
		}
		out = append(out, m...)
	}
	return out
}

// imported is a notice, its import and the import rendered.
type imported struct {
	r      *reading.Reading
	res    *importer.Result
	n      *notice.Notice
	doc    *compose.Document
	md     string
	origin string // the text the words are compared with
}

func importFile(t *testing.T, path string) *imported {
	t.Helper()
	r, err := reading.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	res, err := importer.Import(r)
	if err != nil {
		t.Fatalf("import: %v", err)
	}
	n, err := notice.Load(path+".toml", res.Source)
	if err != nil {
		t.Fatalf("the import does not load: %v\n%s", err, res.Source)
	}
	if err := schematest.Validate(string(res.Source)); err != nil {
		t.Fatalf("the import does not validate against the schema: %v", err)
	}
	doc := compose.Compose(n)
	var buf bytes.Buffer
	if err := markdown.Render(&buf, doc); err != nil {
		t.Fatal(err)
	}
	origin := r.Text.Text
	if r.Listing != nil {
		origin = r.Listing.Text()
	}
	return &imported{r: r, res: res, n: n, doc: doc, md: buf.String(), origin: origin}
}

// TestImportWords: every notice of the corpus imports to a source that
// loads and renders back to at least 97% of the notice's words, at least
// 97% in order, with its list markers as written, in order (the
// rendering read back as check reads a Markdown notice).
func TestImportWords(t *testing.T) {
	for _, path := range corpus(t) {
		t.Run(name(path), func(t *testing.T) { checkWords(t, path) })
	}
}

// checkWords imports a notice and measures the words and the markers of
// its rendering.
func checkWords(t *testing.T, path string) {
	t.Helper()
	im := importFile(t, path)
	orig, ours := wordcmp.Words(im.origin), wordcmp.Words(im.md)
	bag := wordcmp.BagRecall(orig, ours)
	order := inOrder(im.r.Text, im.md, len(orig))
	t.Logf("%s: %d words; bag %.4f, order %.4f", name(path), len(orig), bag, order)
	if bag < 0.97 {
		t.Errorf("only %.2f%% of the notice's words are in the Markdown; missing: %v", 100*bag, wordcmp.Missing(orig, ours, 40))
	}
	if order < 0.97 {
		t.Errorf("only %.2f%% of the notice's words are in the same order", 100*order)
	}
	want := markers(im.r.Text)
	back, err := plain.ReadWith(path+".md", []byte(im.md), plain.Options{Layout: plain.Blank})
	if err != nil {
		t.Fatal(err)
	}
	got := markers(back)
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("list markers\n got %s\nwant %s", strings.Join(got, " "), strings.Join(want, " "))
	}
}

// inOrder is the share of a notice's words that its rendering says in
// the same order, footnotes apart (as TestSeedWords measures it), the
// notice read paragraph by paragraph: cells that stand side by side (the
// header's two columns, Nơi nhận beside the signature) have no order
// between them, and are taken column by column, left first.
func inOrder(f *plain.File, md string, total int) float64 {
	type keyed struct {
		key  int
		text string
	}
	var body []keyed
	var notes []string
	zone := 0
	for _, p := range f.Paras {
		switch p.Kind {
		case plain.Note:
			notes = append(notes, p.Text)
			continue
		case plain.Title, plain.Subject, plain.Body:
			zone = max(zone, 2)
		case plain.Label, plain.Recipient:
			zone = max(zone, 4)
		case plain.Signer, plain.Name:
			zone = max(zone, 4)
		case plain.Appendix:
			zone = 6
		}
		key := zone
		if p.Kind == plain.Header {
			key = 0 // a Công văn's "V/v" stands in the header's left column
		}
		if zone < 6 && p.Col == plain.Right || (zone == 4 && (p.Kind == plain.Signer || p.Kind == plain.Name)) {
			key++
		}
		body = append(body, keyed{key, p.Text})
	}
	sort.SliceStable(body, func(i, j int) bool { return body[i].key < body[j].key })
	var b strings.Builder
	for _, k := range body {
		b.WriteString(k.text + "\n")
	}
	mdBody, mdNotes := wordcmp.SplitNotes(md, wordcmp.IsMarkdownNote)
	n := wordcmp.LCS(wordcmp.Words(b.String()), wordcmp.Words(mdBody)) + wordcmp.LCS(wordcmp.Words(strings.Join(notes, "\n")), wordcmp.Words(mdNotes))
	return float64(n) / float64(total)
}

func name(path string) string {
	return filepath.Base(filepath.Dir(path)) + "/" + filepath.Base(path)
}

// markers are the numbering markers of the body of a reading, in order.
func markers(f *plain.File) []string {
	var out []string
	for _, p := range f.Paras {
		if p.Kind == plain.Body && p.Marker != "" {
			out = append(out, p.Marker)
		}
	}
	return out
}

// TestImportKeepsParagraphs: every paragraph of the notice is in the
// rendering of its import, its words one after the other; what the
// source cannot say (a misspelt Quốc hiệu) is in a comment.
func TestImportKeepsParagraphs(t *testing.T) {
	for _, path := range corpus(t) {
		t.Run(name(path), func(t *testing.T) { checkParagraphs(t, path) })
	}
}

// checkParagraphs imports a notice and finds each of its paragraphs in the
// rendering, or in a comment; a page's own lines and a path are no part of
// it.
func checkParagraphs(t *testing.T, path string) {
	t.Helper()
	im := importFile(t, path)
	md := " " + strings.Join(wordcmp.Words(im.md), " ") + " "
	src := " " + strings.Join(wordcmp.Words(string(im.res.Source)), " ") + " "
	for _, p := range im.r.Text.Paras {
		if p.Kind == plain.Page || p.Kind == plain.Path {
			continue // the page's own line, the drafter's path: no part of the notice, left out by design
		}
		text := p.Text
		if p.Kind == plain.Note {
			text = text[p.Rest:]
		}
		w := strings.Join(wordcmp.Words(text), " ")
		if w == "" || strings.Contains(md, " "+w+" ") {
			continue
		}
		if strings.Contains(src, " "+w+" ") {
			continue // kept in a comment
		}
		t.Errorf("line %d (%s) is not in the rendering: %q", p.Line, p.Kind, p.Text)
	}
}

// TestImportChecks: check reports on the import what it reports on the
// notice, rule for rule, but for what a source cannot carry. Each rule
// lost or added is one of these, and only where its reason holds:
//
//   - Formatting exists only in Word files: the rules on page, faces,
//     sizes and layout are not run on a source.
//   - The source writes some elements itself, in the form the decree
//     asks: the national title and motto, the place and date line, the
//     "Lưu:" line and each Nơi nhận line, "./." at the end of the body,
//     the "Phụ lục" heading, a part's title in capitals, text in NFC.
//     Their defects (archive-line, recipient-line, doubled-punct in "Lưu:
//     VT..", closing-mark, motto, date-format, appendix-heading,
//     section-caps, normalization, stray-period in a Nơi nhận line) are
//     not in the import; the import keeps the lines as
//     written in comments. A source folds runs of white space to one
//     space, so two spaces in a row (spacing) are not in it either.
//   - A text that lost its header (seeds 001, 003) is imported with a
//     number and a month written for the clerk to correct: required is
//     not reported, and, the source being a draft, deadline-past is.
//     One that lost its first page also numbers its parts from where it
//     starts (list-number-sequence).
//   - A source is a Thông báo: a Công văn imported, or a text whose kind
//     cannot be told (check does not run a Thông báo's own rules on it),
//     is checked as one, by the rules of a Thông báo (number-type,
//     recipient-nhu-tren, addressee-not-recipient, closing-formula).
//   - check reads a lettered or numbered point of a text ("a)", "2.") as
//     a heading, a source as a task: a deadline in it with no one named
//     to meet it is reported on the source (task-owner).
//   - A source's points carry no markers in their text: list-punct, which
//     reads a list from its markers, runs on a text only (the import keeps
//     each point's end mark as written).
//   - abbrev-common ("UBND", "HĐND" not written out where first used) is
//     not run on a source: the drafting form declares its issuer's short
//     name (issuer.short, "Văn phòng UBND tỉnh") and its templates write
//     the common abbreviations so.
func TestImportChecks(t *testing.T) {
	for _, path := range corpus(t) {
		t.Run(name(path), func(t *testing.T) { checkRules(t, path) })
	}
}

// checkRules imports a notice and compares what check reports on both.
func checkRules(t *testing.T, path string) {
	t.Helper()
	opts := check.Options{Today: cite.Date{Year: 2025, Month: 1, Day: 1}}
	word := setOf("body-format", "element-format", "font-face", "page-margins", "page-number", "page-setup", "space-layout", "unaccepted-changes")
	written := setOf("archive-line", "recipient-line", "closing-mark", "motto", "date-format", "number-format", "appendix-heading", "normalization", "stray-period", "spacing", "section-caps")
	im := importFile(t, path)
	orig := ruleSet(check.Reading(im.r, nil, opts))
	ours := ruleSet(check.Notice(im.n, nil, opts))
	t.Logf("%s: rules only on the notice %v, only on the import %v", name(path), diff(orig, ours), diff(ours, orig))
	read := check.FromText(im.r.Text)
	congVan := read.Type == check.CongVan || read.Untold
	headless := orig["required"] && !ours["required"]
	for id := range orig {
		if ours[id] {
			continue
		}
		switch {
		case word[id] && im.r.Word != nil, written[id]:
		case id == "doubled-punct" && (orig["archive-line"] || orig["recipient-line"]):
		case id == "list-punct", id == "abbrev-common":
		case id == "required" && headless:
		default:
			t.Errorf("check reports %s on the notice, not on its import", id)
		}
	}
	for id := range ours {
		if orig[id] {
			continue
		}
		switch {
		case congVan && setOf("number-type", "recipient-nhu-tren", "addressee-not-recipient", "closing-formula")[id]:
		case headless && (id == "deadline-past" || id == "list-number-sequence"):
		case id == "task-owner":
		default:
			t.Errorf("check reports %s on the import, not on the notice", id)
		}
	}
}

// diff lists the ids of a that b lacks, sorted.
func diff(a, b map[string]bool) []string {
	var out []string
	for id := range a {
		if !b[id] {
			out = append(out, id)
		}
	}
	sort.Strings(out)
	return out
}

func setOf(ids ...string) map[string]bool {
	out := map[string]bool{}
	for _, id := range ids {
		out[id] = true
	}
	return out
}

func ruleSet(l diag.List) map[string]bool {
	out := map[string]bool{}
	for _, f := range l {
		out[f.Rule] = true
	}
	return out
}

var heldOut = flag.String("heldout", "", "a directory of real notices (.docx, .md, .txt) no one has tuned the import on, to import and measure as the corpus is")

// TestImportHeldOut imports and measures the notices of -heldout: go test
// ./notice/importer -run HeldOut -v -heldout DIR. Without the flag it has
// nothing to do.
func TestImportHeldOut(t *testing.T) {
	if *heldOut == "" {
		t.Skip("no -heldout directory")
	}
	entries, err := os.ReadDir(*heldOut)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		ext := strings.ToLower(filepath.Ext(e.Name()))
		if e.IsDir() || ext != ".docx" && ext != ".md" && ext != ".txt" {
			continue
		}
		path := filepath.Join(*heldOut, e.Name())
		t.Run(e.Name(), func(t *testing.T) {
			t.Run("words", func(t *testing.T) { checkWords(t, path) })
			t.Run("paragraphs", func(t *testing.T) { checkParagraphs(t, path) })
			t.Run("rules", func(t *testing.T) { checkRules(t, path) })
		})
	}
}
