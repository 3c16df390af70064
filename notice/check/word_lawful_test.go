package check_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/check"
	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/reading"
)

// wordLawfulDirs are p75b's lawful Word files, their second pass, w76
// (other producers, shapes and zips), their third, w78 (tracked
// changes, comments, content controls, merged cells, text boxes, fields,
// style separators), and their fourth, w79 (joint notices, other kinds
// of document, header habits), with how many each holds at least.
var wordLawfulDirs = []struct {
	dir string
	min int
}{{"../../testdata/word-lawful/p75b", 25}, {"../../testdata/word-lawful/w76", 30}, {"../../testdata/word-lawful/w78", 12}, {"../../testdata/word-lawful/w79", 12}}

// TestWordLawfulShapes pins the findings of lawful notices laid out as
// other offices' templates and other programs write Word files
// (testdata/word-lawful/p75b, its README names each file's producer and
// shape; build.py writes them): NAME.findings, reviewed, rewritten with
// -update. Every file is lawful by NĐ 30, so the goldens are empty but
// two: tracked-changes holds its right unaccepted-changes finding, and
// alt-chunk, whose body is a web page embedded by the program that wrote
// it, is told its body was not checked (embedded-content). A finding on
// any other file is a false alarm of the Word reading. In w76 the
// goldens hold comments' right unaccepted-changes finding; in w78
// changes-structure's and comments-threaded's; w79's are all empty.
func TestWordLawfulShapes(t *testing.T) {
	for _, set := range wordLawfulDirs {
		files, _ := filepath.Glob(filepath.Join(set.dir, "*.do[ct][xm]"))
		if len(files) < set.min {
			t.Fatalf("%d files in %s, want at least %d", len(files), set.dir, set.min)
		}
		wordLawfulShapes(t, set.dir, files)
	}
}

func wordLawfulShapes(t *testing.T, dir string, files []string) {
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), filepath.Ext(f))
		t.Run(name, func(t *testing.T) {
			got := wordFindingsOn(t, f, cite.Date{Year: 2026, Month: 12, Day: 5})
			golden := filepath.Join(dir, name+".findings")
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update)", err)
			}
			if got != string(want) {
				t.Errorf("findings differ from %s:\n--- got\n%s--- want\n%s", golden, got, want)
			}
		})
	}
}

func wordFindingsOn(t *testing.T, path string, today cite.Date) string {
	t.Helper()
	r, err := reading.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, f := range check.Reading(r, nil, check.Options{Today: today}) {
		fmt.Fprintf(&b, "%d:%d %s %s: %s\n", f.Pos.Line, f.Pos.Col, f.Severity, f.Rule, f.Message.In(diag.EN))
	}
	return b.String()
}
