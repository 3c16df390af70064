package batch

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/thongbao/thongbao/notice/render"
)

// BenchmarkBatch renders a 20-notice synthetic archive to PDF and Markdown
// with one worker, every notice done again (Force): the whole of what
// `batch --format all` does a notice, in one process, for callgrind's
// "N runs minus M runs" and for -benchmem. An op is the archive.
func BenchmarkBatch(b *testing.B) {
	const n = 20
	src := filepath.Join(b.TempDir(), "src")
	if err := Synthesize(n, src, seedDir); err != nil {
		b.Fatal(err)
	}
	out := filepath.Join(b.TempDir(), "out")
	o := Options{OutDir: out, Workers: 1, Manifest: ManifestName, Tool: "bench",
		Render: render.Options{Formats: []string{"md", "pdf"}, Force: true}}
	srcs, problems := Walk([]string{src}, out, Select{})
	if len(problems) > 0 {
		b.Fatal(problems)
	}
	for b.Loop() {
		sum, err := Run(context.Background(), srcs, []string{src}, o)
		if err != nil {
			b.Fatal(err)
		}
		if sum.Rendered != n {
			b.Fatalf("%d of %d rendered: %+v", sum.Rendered, n, sum.Results)
		}
	}
}
