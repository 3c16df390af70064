package check

import (
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/thongbao/thongbao/notice/reading"
)

// TestLexiconsShared checks notices one after the other and in parallel,
// as `batch -j` does, each in an order of its own, so that a lexicon
// taken back after another notice's check (lexicons.go) serves them:
// the findings of every notice must be those it gets from a lexicon no
// check has used. Run under `go test -race` it fails on two checks
// sharing a lexicon.
func TestLexiconsShared(t *testing.T) {
	var paths []string
	for _, g := range []string{"../../testdata/seeds/*", "../../testdata/real/*.docx", "../../testdata/corpus/round*/*.txt"} {
		m, _ := filepath.Glob(g)
		if len(m) == 0 {
			t.Fatalf("no file matches %s", g)
		}
		for i := 0; i < len(m); i += 1 + len(m)/12 { // a dozen of each
			paths = append(paths, m[i])
		}
	}
	readings := make([]*reading.Reading, len(paths))
	want := make([]string, len(paths))
	for i, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if readings[i], err = reading.Read(p, src); err != nil {
			t.Fatalf("read %s: %v", p, err)
		}
		dropLexicons()
		want[i] = fmt.Sprint(Reading(readings[i], nil, Options{}))
	}
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range 2 * len(paths) {
				i := (k*(2*w+1) + w) % len(paths)
				if got := fmt.Sprint(Reading(readings[i], nil, Options{})); got != want[i] {
					t.Errorf("%s: a check with a lexicon used before found\n%s\nwhere a fresh one finds\n%s", paths[i], got, want[i])
					return
				}
			}
		}()
	}
	wg.Wait()
}

// dropLexicons forgets the lexicons given back, so that the next check
// makes its own.
func dropLexicons() {
	lexicons.Lock()
	lexicons.free = nil
	lexicons.Unlock()
}
