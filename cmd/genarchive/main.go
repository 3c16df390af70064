// Command genarchive writes a synthetic archive of varied notices made
// from the seed notices, for benchmarks and for trying batch: every notice
// gets its own number, an issuing date, a distinct subject, and most cite
// an earlier notice of the archive.
//
//	go run ./cmd/genarchive -n 2000 -o /tmp/archive
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/thongbao/thongbao/notice/batch"
)

func main() {
	n := flag.Int("n", 1000, "number of notices")
	out := flag.String("o", "", "output directory")
	seeds := flag.String("seeds", "testdata/seeds", "directory of seed .toml files")
	flag.Parse()
	if *out == "" {
		fmt.Fprintln(os.Stderr, "genarchive: -o DIR is required")
		os.Exit(2)
	}
	if err := batch.Synthesize(*n, *out, *seeds); err != nil {
		fmt.Fprintln(os.Stderr, "genarchive:", err)
		os.Exit(2)
	}
}
