package check_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/thongbao/thongbao/notice"
	"github.com/thongbao/thongbao/notice/check"
	"github.com/thongbao/thongbao/notice/reading"
)

func BenchmarkCheck(b *testing.B) {
	n, err := notice.LoadFile("../../testdata/seeds/004.toml")
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		check.Notice(n, nil, check.Options{})
	}
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
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		k := i % len(srcs)
		r, err := reading.Read(paths[k], srcs[k])
		if err != nil {
			b.Fatal(err)
		}
		check.Reading(r, nil, check.Options{})
	}
}
