package notice

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// TestEachTextValue: the walk without paths gives the texts EachText
// gives, in the same order, for every notice of testdata that loads.
func TestEachTextValue(t *testing.T) {
	var files []string
	filepath.WalkDir("../testdata", func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && filepath.Ext(p) == ".toml" {
			files = append(files, p)
		}
		return nil
	})
	loaded := 0
	for _, f := range files {
		n, err := LoadFile(f)
		if err != nil {
			continue
		}
		loaded++
		var want, got []Text
		n.EachText(func(_ string, t Text) { want = append(want, t) })
		n.EachTextValue(func(t Text) { got = append(got, t) })
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%s: EachTextValue gives %d texts, EachText %d, or not the same", f, len(got), len(want))
		}
	}
	if loaded < 5 {
		t.Fatalf("only %d notices of testdata loaded", loaded)
	}
}
