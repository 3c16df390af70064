package docx

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestWordLawfulListings pins the listing of each lawful Word file of
// testdata/word-lawful/p75b and of its second, third and fourth passes,
// w76, w78 and w79 (NAME.listing.txt,
// reviewed line by line against build.py's text: nothing lost, doubled,
// out of order or glued; rewritten with -update). Every shape there reads
// as the same notice (w76's with a table, a Phụ lục or a list added where
// its shape needs one; w79's are documents of their own: joint notices
// and other kinds).
func TestWordLawfulListings(t *testing.T) {
	for _, set := range []struct {
		dir string
		min int
	}{{"p75b", 25}, {"w76", 30}, {"w78", 12}, {"w79", 12}} {
		dir := filepath.Join("..", "..", "testdata", "word-lawful", set.dir)
		files, _ := filepath.Glob(filepath.Join(dir, "*.do[ct][xm]"))
		if len(files) < set.min {
			t.Fatalf("%d files in %s, want at least %d", len(files), dir, set.min)
		}
		wordLawfulListings(t, dir, files)
	}
}

func wordLawfulListings(t *testing.T, dir string, files []string) {
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), filepath.Ext(f))
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			d, err := Read(f, data)
			if err != nil {
				t.Fatalf("read %s: %v", name, err)
			}
			got := d.Listing().Text()
			golden := filepath.Join(dir, name+".listing.txt")
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update)", err)
			}
			if got != string(want) {
				t.Errorf("listing differs from %s:\n--- got\n%s--- want\n%s", golden, got, want)
			}
		})
	}
}
