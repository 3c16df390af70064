package check_test

import (
	"flag"
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

var update = flag.Bool("update", false, "rewrite testdata/real/*.findings from what check says")

// TestWordRealFiles checks the four Lào Cai Word files and compares every
// finding with testdata/real/NAME.findings, which was judged finding by
// finding against the files' XML (see testdata/real/NOTES.md).
func TestWordRealFiles(t *testing.T) {
	paths, _ := filepath.Glob("../../testdata/real/*.docx")
	if len(paths) != 4 {
		t.Fatalf("%d Word files, want 4", len(paths))
	}
	for _, p := range paths {
		t.Run(filepath.Base(p), func(t *testing.T) {
			got := wordFindings(t, p)
			golden := strings.TrimSuffix(p, ".docx") + ".findings"
			if *update {
				os.WriteFile(golden, []byte(got), 0o644)
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if got != string(want) {
				t.Errorf("findings differ from %s:\n--- got\n%s--- want\n%s", golden, got, want)
			}
		})
	}
}

// wordFindings checks a Word file on 2026-06-01 and lists its findings, in
// English, one per line.
func wordFindings(t *testing.T, path string) string {
	t.Helper()
	r, err := reading.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, f := range check.Reading(r, nil, check.Options{Today: cite.Date{Year: 2026, Month: 6, Day: 1}}) {
		fmt.Fprintf(&b, "%d:%d %s %s: %s\n", f.Pos.Line, f.Pos.Col, f.Severity, f.Rule, f.Message.In(diag.EN))
	}
	return b.String()
}
