package check_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/thongbao/thongbao/notice"
	"github.com/thongbao/thongbao/notice/check"
	"github.com/thongbao/thongbao/notice/internal/cputime"
	"github.com/thongbao/thongbao/notice/reading"
)

// reportCPU reports the CPU time (user + system, garbage collection
// included) per operation since start: on a shared machine it moves less
// than wall time.
func reportCPU(b *testing.B, start time.Duration) {
	b.ReportMetric(float64(cputime.Used()-start)/float64(b.N), "cpu-ns/op")
}

// BenchmarkCheck loads and checks seed 004, the longest seed, as
// `thongbao check` does for each file: loading is in the loop because a
// loaded notice keeps what a check works out about its source (a
// token's position maps), which would make a second check of it cheaper
// than any real one. BenchmarkLoad in package notice is the load alone.
func BenchmarkCheck(b *testing.B) {
	benchCheck(b, []string{"../../testdata/seeds/004.toml"})
}

// BenchmarkCheckSeeds loads and checks each TOML seed in turn, the
// notices the synthetic archive of cmd/bench is made of: the CPU time
// per notice of `thongbao check` on an archive, the process aside.
func BenchmarkCheckSeeds(b *testing.B) {
	paths, _ := filepath.Glob("../../testdata/seeds/*.toml")
	benchCheck(b, paths)
}

// readAll reads the files a benchmark loops over, before it starts.
func readAll(b *testing.B, paths []string) [][]byte {
	var srcs [][]byte
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		srcs = append(srcs, src)
	}
	return srcs
}

func benchCheck(b *testing.B, paths []string) {
	srcs := readAll(b, paths)
	start := cputime.Used()
	for i := 0; b.Loop(); i++ {
		k := i % len(srcs)
		n, err := notice.Load(paths[k], srcs[k])
		if err != nil {
			b.Fatal(err)
		}
		check.Notice(n, nil, check.Options{})
	}
	reportCPU(b, start)
}

// BenchmarkCheckWord reads and checks each real Word file: the time per
// file of `thongbao check FILE.docx` without the process.
func BenchmarkCheckWord(b *testing.B) {
	paths, _ := filepath.Glob("../../testdata/real/*.docx")
	benchReading(b, paths, readAll(b, paths))
}

// BenchmarkCheckWordText checks each real Word file's own reading as a
// text notice: its listing (what `thongbao text FILE.docx` prints) saved
// as FILE.txt. The same notices as BenchmarkCheckWord, read through the
// text path, so that what the Word path costs beyond it shows; the
// formatting rules do not run on a text.
func BenchmarkCheckWordText(b *testing.B) {
	docs, _ := filepath.Glob("../../testdata/real/*.docx")
	var paths []string
	var srcs [][]byte
	for k, src := range readAll(b, docs) {
		r, err := reading.Read(docs[k], src)
		if err != nil {
			b.Fatal(err)
		}
		paths = append(paths, strings.TrimSuffix(docs[k], ".docx")+".txt")
		srcs = append(srcs, []byte(r.Listing.Text()))
	}
	benchReading(b, paths, srcs)
}

// benchReading reads and checks the files in turn, as check does a file
// that is not a TOML source.
func benchReading(b *testing.B, paths []string, srcs [][]byte) {
	start := cputime.Used()
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

// BenchmarkCheckWordFile reads and checks each real Word file alone, and
// its listing as text: the figures of BenchmarkCheckWord and
// BenchmarkCheckWordText file by file, a long notice apart from a short
// one.
func BenchmarkCheckWordFile(b *testing.B) {
	docs, _ := filepath.Glob("../../testdata/real/*.docx")
	for k, src := range readAll(b, docs) {
		name := strings.TrimSuffix(filepath.Base(docs[k]), ".docx")
		r, err := reading.Read(docs[k], src)
		if err != nil {
			b.Fatal(err)
		}
		txt := strings.TrimSuffix(docs[k], ".docx") + ".txt"
		b.Run(name, func(b *testing.B) { benchReading(b, docs[k:k+1], [][]byte{src}) })
		b.Run(name+".txt", func(b *testing.B) { benchReading(b, []string{txt}, [][]byte{[]byte(r.Listing.Text())}) })
	}
}

// BenchmarkCheckCorpus reads and checks a sample of the dev corpus in
// turn (every 17th text of testdata/corpus/round*, 20 texts): real
// notices as the public pages serve them, which hold fewer of the
// literals a rule starts from than the seeds do. Run it a multiple of 20
// times for a per-text figure.
func BenchmarkCheckCorpus(b *testing.B) {
	all, _ := filepath.Glob("../../testdata/corpus/round*/*.txt")
	var paths []string
	for i := 0; i < len(all); i += 17 {
		paths = append(paths, all[i])
	}
	benchReading(b, paths, readAll(b, paths))
}
