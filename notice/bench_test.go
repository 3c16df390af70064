package notice

import (
	"os"
	"testing"
)

func BenchmarkLoad(b *testing.B) {
	src, err := os.ReadFile("../testdata/seeds/004.toml")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	start := cpuTime(b)
	for b.Loop() {
		if _, err := Load("004.toml", src); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(cpuTime(b)-start)/float64(b.N), "cpu-ns/op")
}
