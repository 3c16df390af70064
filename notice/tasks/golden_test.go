package tasks

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/thongbao/thongbao/notice/diag"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// TestGolden pins every format's output for the TOML seeds on one day:
// go test ./notice/tasks -run Golden -update rewrites them; review the
// diff.
func TestGolden(t *testing.T) {
	var entries []Entry
	for _, s := range []string{"000", "001", "002", "003", "004"} {
		entries = append(entries, entryOf(t, s+".toml"))
	}
	list := Build(entries).Select(Query{Today: date("2024-10-25"), DueWithin: 14})
	for _, c := range []struct {
		format string
		lang   diag.Lang
	}{{"table", diag.VI}, {"table", diag.EN}, {"md", diag.VI}, {"csv", diag.VI}, {"json", diag.VI}, {"ics", diag.VI}} {
		name := "seeds-" + c.lang.String() + "." + c.format
		var b bytes.Buffer
		if err := Write(&b, c.format, list, PrintOptions{Lang: c.lang, Today: date("2024-10-25"), DueWithin: 14}); err != nil {
			t.Fatal(err)
		}
		path := filepath.Join("testdata", "golden", name)
		if *update {
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (go test -update writes it)", err)
		}
		if !bytes.Equal(b.Bytes(), want) {
			t.Errorf("%s differs from %s (go test -update rewrites it)", c.format, path)
		}
	}
}
