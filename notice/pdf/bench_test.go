package pdf

import (
	"io"
	"testing"
	"time"

	"github.com/thongbao/thongbao/notice"
	"github.com/thongbao/thongbao/notice/compose"
	"github.com/thongbao/thongbao/notice/internal/cputime"
)

func benchDoc(b *testing.B) *compose.Document {
	return benchSeed(b, "004")
}

func benchSeed(b *testing.B, seed string) *compose.Document {
	n, err := notice.LoadFile("../../testdata/seeds/" + seed + ".toml")
	if err != nil {
		b.Fatal(err)
	}
	return compose.Compose(n)
}

// reportCPU reports the CPU time (user + system, garbage collection
// included) per operation since start: on a shared machine it moves less
// than wall time.
func reportCPU(b *testing.B, start time.Duration) {
	b.ReportMetric(float64(cputime.Used()-start)/float64(b.N), "cpu-ns/op")
}

func BenchmarkLayout(b *testing.B) {
	d, set := benchDoc(b), defaultSet(b)
	start := cputime.Used()
	for b.Loop() {
		if _, err := Lay(d, set, Options{}); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, start)
}

// BenchmarkLayoutTable lays out seed 003, whose appendix holds a table.
func BenchmarkLayoutTable(b *testing.B) {
	d, set := benchSeed(b, "003"), defaultSet(b)
	start := cputime.Used()
	for b.Loop() {
		if _, err := Lay(d, set, Options{}); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, start)
}

func BenchmarkPDF(b *testing.B) {
	d, set := benchDoc(b), defaultSet(b)
	start := cputime.Used()
	for b.Loop() {
		if err := Render(io.Discard, d, set, Options{}, time.Unix(0, 0)); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, start)
}
