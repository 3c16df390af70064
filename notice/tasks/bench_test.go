package tasks

import (
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/batch"
	"github.com/thongbao/thongbao/notice/reading"
	"github.com/thongbao/thongbao/notice/source"
)

// BenchmarkExtract reads the tasks of seed 004 from its TOML source and
// from its text, once the file is loaded.
func BenchmarkExtract(b *testing.B) {
	for _, name := range []string{"004.toml", "004.txt"} {
		path := filepath.Join("..", "..", "testdata", "seeds", name)
		src, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		s, err := reading.Read(path, src)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				Extract(s)
			}
		})
	}
}

// BenchmarkRegister is the whole register of a synthetic archive of 1,000
// notices (go run ./cmd/genarchive makes the same), each citing the one
// made from the same seed before it, so that their tasks continue across
// notices: reading, extracting, history, selection and the table, on all
// cores. ns/op is for the thousand notices.
func BenchmarkRegister(b *testing.B) {
	dir := b.TempDir()
	if err := batch.Synthesize(1000, dir, filepath.Join("..", "..", "testdata", "seeds")); err != nil {
		b.Fatal(err)
	}
	found, problems := source.Walk([]string{dir}, source.WalkOptions{Keep: func(p string) bool { return strings.HasSuffix(p, ".toml") }})
	if len(problems) > 0 || len(found) != 1000 {
		b.Fatalf("%d files, %v", len(found), problems)
	}
	var files []string
	for _, f := range found {
		files = append(files, f.Path)
	}
	for b.Loop() {
		r, problems := Load(files, LoadOptions{Workers: runtime.NumCPU()})
		if len(problems) > 0 {
			b.Fatal(problems)
		}
		list := r.Select(Query{Today: date("2024-10-25"), DueWithin: 14})
		if err := WriteTable(io.Discard, list, PrintOptions{Today: date("2024-10-25")}); err != nil {
			b.Fatal(err)
		}
	}
}
