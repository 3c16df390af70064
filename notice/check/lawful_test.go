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
	"github.com/thongbao/thongbao/notice/config"
	"github.com/thongbao/thongbao/notice/plain"
	"github.com/thongbao/thongbao/notice/reading"
)

const lawfulDir = "../../testdata/lawful"

// lawfulToday is the date the lawful texts were written against.
const lawfulToday = "2026-12-05"

var updateLawful = flag.Bool("update-lawful", false, "rewrite testdata/lawful/*/findings.golden to the findings of now")

// TestLawfulTexts checks each lawful notice of testdata/lawful/NAME/ (texts
// written as offices no round holds write them, each finding of which was
// judged a false alarm and mended at its cause) and compares its findings
// with NAME/findings.golden, "file:line:col rule" a line, reviewed: a
// finding that comes is a false alarm come back, or one to judge. The
// Word files of a directory (*.docx) are checked with its texts.
func TestLawfulTexts(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join(lawfulDir, "*"))
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no lawful texts under %s: %v", lawfulDir, err)
	}
	today, err := cite.ParseISO(lawfulToday)
	if err != nil {
		t.Fatal(err)
	}
	for _, dir := range dirs {
		if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
			continue // the README
		}
		t.Run(filepath.Base(dir), func(t *testing.T) {
			got := lawfulFindings(t, dir, today)
			golden := filepath.Join(dir, "findings.golden")
			if *updateLawful {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if got != string(want) {
				t.Errorf("findings of %s differ from findings.golden (-update-lawful rewrites it; review the diff):\ngot:\n%swant:\n%s", dir, got, want)
			}
		})
	}
}

// lawfulFindings is the findings of every text of dir, one a line.
func lawfulFindings(t *testing.T, dir string, today cite.Date) string {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(paths) < 10 {
		t.Fatalf("only %d texts under %s: %v", len(paths), dir, err)
	}
	var b strings.Builder
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		f, err := plain.Read(p, src)
		if err != nil {
			t.Fatalf("read %s: %v", p, err)
		}
		cfg, err := config.For(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range check.Text(f, cfg, check.Options{Today: today}) {
			fmt.Fprintf(&b, "%s:%d:%d %s\n", filepath.Base(p), d.Pos.Line, d.Pos.Col, d.Rule)
		}
	}
	lawfulWordFindings(t, dir, today, &b)
	return b.String()
}

// lawfulWordFindings writes the findings of the Word files of dir (p86
// keeps a few of its notices as .docx beside their texts), one a line.
func lawfulWordFindings(t *testing.T, dir string, today cite.Date, b *strings.Builder) {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(dir, "*.docx"))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range paths {
		r, err := reading.ReadFile(p)
		if err != nil {
			t.Fatalf("read %s: %v", p, err)
		}
		for _, d := range check.Reading(r, nil, check.Options{Today: today}) {
			fmt.Fprintf(b, "%s:%d:%d %s\n", filepath.Base(p), d.Pos.Line, d.Pos.Col, d.Rule)
		}
	}
}
