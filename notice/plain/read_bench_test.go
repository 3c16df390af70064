package plain

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkReadCorpus reads the sample of the dev corpus that
// notice/check's BenchmarkCheckCorpus checks (every 17th text of
// testdata/corpus/round*) in turn: the reading alone, the part of a
// plain text's check paid before any rule runs. Run it a multiple of
// the sample's size for a per-text figure.
func BenchmarkReadCorpus(b *testing.B) {
	all, _ := filepath.Glob("../../testdata/corpus/round*/*.txt")
	var paths []string
	var srcs [][]byte
	for i := 0; i < len(all); i += 17 {
		src, err := os.ReadFile(all[i])
		if err != nil {
			b.Fatal(err)
		}
		paths = append(paths, all[i])
		srcs = append(srcs, src)
	}
	for i := 0; b.Loop(); i++ {
		k := i % len(srcs)
		if _, err := Read(paths[k], srcs[k]); err != nil {
			b.Fatal(err)
		}
	}
}
