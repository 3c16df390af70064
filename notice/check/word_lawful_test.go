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

const wordLawfulDir = "../../testdata/word-lawful/p75b"

// TestWordLawfulShapes pins the findings of lawful notices laid out as
// other offices' templates and other programs write Word files
// (testdata/word-lawful/p75b, its README names each file's producer and
// shape; build.py writes them): NAME.findings, reviewed, rewritten with
// -update. Every file is lawful by NĐ 30, so the goldens are empty but
// two: tracked-changes holds its right unaccepted-changes finding, and
// alt-chunk, whose body is a web page embedded by the program that wrote
// it, is told its body was not checked (embedded-content). A finding on
// any other file is a false alarm of the Word reading.
func TestWordLawfulShapes(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(wordLawfulDir, "*.docx"))
	if len(files) < 25 {
		t.Fatalf("%d files in %s, want at least 25", len(files), wordLawfulDir)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".docx")
		t.Run(name, func(t *testing.T) {
			got := wordFindingsOn(t, f, cite.Date{Year: 2026, Month: 12, Day: 5})
			golden := filepath.Join(wordLawfulDir, name+".findings")
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
