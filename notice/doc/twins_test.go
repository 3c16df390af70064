package doc_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/check"
	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/reading"
)

var update = flag.Bool("update", false, "rewrite the goldens of testdata/word-doc")

const twinsDir = "../../testdata/word-doc"

// twins are where the file each .doc was saved from is kept: a .docx, or
// a .txt beside it holding the same text as plain reads it.
var twins = []string{"../../testdata/word-lawful/p75b/%s.docx", "../../testdata/real/%s.docx", twinsDir + "/%s.txt"}

// TestDocTwins: each .doc of testdata/word-doc, saved by LibreOffice from
// a lawful .docx (or from a text with a passage in .VnTime), is read and
// checked; its findings, those of thể thức included, are the .docx's,
// and doc-layout-unchecked is not said: its formatting is read. The
// twin in .txt has no formatting, and the .doc's findings of thể thức
// are left out against it. The differences left are pinned in NAME.diff,
// each named in the README.
func TestDocTwins(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(twinsDir, "*.doc"))
	if len(files) < 30 {
		t.Fatalf("%d .doc files in %s, want at least 30", len(files), twinsDir)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".doc")
		t.Run(name, func(t *testing.T) {
			twin := twinOf(t, name)
			got := findings(t, f, strings.HasSuffix(twin, ".txt"))
			if strings.Contains(got, " doc-layout-unchecked: ") {
				t.Errorf("doc-layout-unchecked said: the formatting was not read")
			}
			d := diff(got, findings(t, twin, false))
			golden := filepath.Join(twinsDir, name+".diff")
			if *update {
				if err := os.WriteFile(golden, []byte(d), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update)", err)
			}
			if d != string(want) {
				t.Errorf("differences from the .docx twin are not those of %s:\n--- got\n%s--- want\n%s", golden, d, want)
			}
		})
	}
}

func twinOf(t *testing.T, name string) string {
	for _, d := range twins {
		p := fmt.Sprintf(d, name)
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	t.Fatalf("no .docx twin of %s", name)
	return ""
}

// layoutRules are the rules of thể thức, read from a Word file's
// formatting, which a text does not have.
var layoutRules = []string{"page-setup", "page-margins", "page-number", "font-face", "element-format",
	"body-format", "space-layout", "unaccepted-changes", "embedded-content"}

// findings are the findings of the file, one a line; noLayout leaves out
// those of thể thức.
func findings(t *testing.T, path string, noLayout bool) string {
	t.Helper()
	r, err := reading.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, f := range check.Reading(r, nil, check.Options{Today: cite.Date{Year: 2026, Month: 12, Day: 5}}) {
		if noLayout && slices.Contains(layoutRules, f.Rule) {
			continue
		}
		fmt.Fprintf(&b, "%d:%d %s %s: %s\n", f.Pos.Line, f.Pos.Col, f.Severity, f.Rule, f.Message.In(diag.EN))
	}
	return b.String()
}

// diff lists the lines of doc not in docx ("doc: ...") and those of docx
// not in doc ("docx: ...").
func diff(doc, docx string) string {
	a, b := strings.SplitAfter(doc, "\n"), strings.SplitAfter(docx, "\n")
	var out strings.Builder
	for _, l := range a {
		if l != "" && !slices.Contains(b, l) {
			out.WriteString("doc:  " + l)
		}
	}
	for _, l := range b {
		if l != "" && !slices.Contains(a, l) {
			out.WriteString("docx: " + l)
		}
	}
	return out.String()
}
