package notice

import (
	"os"
	"testing"

	"github.com/thongbao/thongbao/notice/internal/cputime"
)

func BenchmarkLoad(b *testing.B) {
	src, err := os.ReadFile("../testdata/seeds/004.toml")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	start := cputime.Used()
	for b.Loop() {
		if _, err := Load("004.toml", src); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(cputime.Used()-start)/float64(b.N), "cpu-ns/op")
}
