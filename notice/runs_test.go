package notice

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// TestRunsMemo: Notice.Runs gives what Text.Runs gives, the first time
// and again from the memo, for every text of every notice of testdata
// that loads; and the fields with markup are what it keeps.
func TestRunsMemo(t *testing.T) {
	var files []string
	filepath.WalkDir("../testdata", func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && filepath.Ext(p) == ".toml" {
			files = append(files, p)
		}
		return nil
	})
	kept := 0
	for _, f := range files {
		n, err := LoadFile(f)
		if err != nil {
			continue
		}
		for pass := range 2 {
			n.EachText(func(path string, x Text) {
				if got, want := n.Runs(x), x.Runs(); !reflect.DeepEqual(got, want) {
					t.Errorf("%s %s (pass %d): %v, want %v", f, path, pass, got, want)
				}
			})
		}
		kept += len(n.runs.runs)
	}
	if kept == 0 {
		t.Fatal("no text of testdata holds markup: the memo is not tested")
	}
	var made Notice
	if got := made.Runs(Plain("*a*")); len(got) != 1 || got[0].Text != "a" {
		t.Errorf("a notice not loaded: %v", got)
	}
}
