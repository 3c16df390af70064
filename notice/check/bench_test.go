package check_test

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/thongbao/thongbao/notice"
	"github.com/thongbao/thongbao/notice/check"
	"github.com/thongbao/thongbao/notice/reading"
)

// reportCPU reports the CPU time (user + system, garbage collection
// included) per operation since start: on a shared machine it moves less
// than wall time.
func reportCPU(b *testing.B, start time.Duration) {
	b.ReportMetric(float64(cpuTime(b)-start)/float64(b.N), "cpu-ns/op")
}

func BenchmarkCheck(b *testing.B) {
	n, err := notice.LoadFile("../../testdata/seeds/004.toml")
	if err != nil {
		b.Fatal(err)
	}
	start := cpuTime(b)
	for b.Loop() {
		check.Notice(n, nil, check.Options{})
	}
	reportCPU(b, start)
}

// BenchmarkCheckSeeds checks each TOML seed in turn, the notices the
// synthetic archive of cmd/bench is made of: the time per notice of
// `thongbao check` on an archive, loading aside.
func BenchmarkCheckSeeds(b *testing.B) {
	paths, _ := filepath.Glob("../../testdata/seeds/*.toml")
	var ns []*notice.Notice
	for _, p := range paths {
		n, err := notice.LoadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		ns = append(ns, n)
	}
	start := cpuTime(b)
	for i := 0; b.Loop(); i++ {
		check.Notice(ns[i%len(ns)], nil, check.Options{})
	}
	reportCPU(b, start)
}

// BenchmarkCheckWord reads and checks each real Word file: the time per
// file of `thongbao check FILE.docx` without the process.
func BenchmarkCheckWord(b *testing.B) {
	paths, _ := filepath.Glob("../../testdata/real/*.docx")
	var srcs [][]byte
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		srcs = append(srcs, src)
	}
	start := cpuTime(b)
	for i := 0; b.Loop(); i++ {
		k := i % len(srcs)
		r, err := reading.Read(paths[k], srcs[k])
		if err != nil {
			b.Fatal(err)
		}
		check.Reading(r, nil, check.Options{})
	}
	reportCPU(b, start)
}
