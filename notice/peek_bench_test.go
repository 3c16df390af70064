package notice

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkPeekHeader peeks at the header of every seed, as a batch's
// archive pre-pass does for every source: an op is the seeds.
func BenchmarkPeekHeader(b *testing.B) {
	paths, _ := filepath.Glob("../testdata/seeds/*.toml")
	var srcs [][]byte
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		srcs = append(srcs, src)
	}
	for b.Loop() {
		for i, src := range srcs {
			PeekHeader(paths[i], src)
		}
	}
}
