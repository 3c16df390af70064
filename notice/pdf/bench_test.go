package pdf

import (
	"io"
	"syscall"
	"testing"
	"time"

	"github.com/thongbao/thongbao/notice"
	"github.com/thongbao/thongbao/notice/compose"
)

func benchDoc(b *testing.B) *compose.Document {
	n, err := notice.LoadFile("../../testdata/seeds/004.toml")
	if err != nil {
		b.Fatal(err)
	}
	return compose.Compose(n)
}

// cpuTime is the process's user and system CPU time so far.
func cpuTime(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportCPU reports the CPU time (user + system, garbage collection
// included) per operation since start: on a shared machine it moves less
// than wall time.
func reportCPU(b *testing.B, start time.Duration) {
	b.ReportMetric(float64(cpuTime(b)-start)/float64(b.N), "cpu-ns/op")
}

func BenchmarkLayout(b *testing.B) {
	d, set := benchDoc(b), defaultSet(b)
	start := cpuTime(b)
	for b.Loop() {
		if _, err := Lay(d, set, Options{}); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, start)
}

func BenchmarkPDF(b *testing.B) {
	d, set := benchDoc(b), defaultSet(b)
	start := cpuTime(b)
	for b.Loop() {
		if err := Render(io.Discard, d, set, Options{}, time.Unix(0, 0)); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, start)
}
