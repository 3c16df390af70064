package check

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestFormatOf(t *testing.T) {
	for path, want := range map[string]Format{
		"a/tb.toml": FormatTOML, "TB.TOML": FormatTOML, "x.md": FormatText, "x.txt": FormatText,
		"x.markdown": FormatText, "x.pdf": FormatNone, "x": FormatNone, "x.docx.bak": FormatNone,
	} {
		if got := FormatOf(path); got != want {
			t.Errorf("FormatOf(%q) = %d, want %d", path, got, want)
		}
	}
	for src, want := range map[string]Format{
		"# a comment\n\nnumber = \"1/TB-UBND\"\n": FormatTOML,
		"\uFEFF[issuer]\n":                        FormatTOML,
		"THÔNG BÁO\nKết luận ...\n":               FormatText,
		"":                                        FormatText,
	} {
		if got := Sniff([]byte(src)); got != want {
			t.Errorf("Sniff(%q) = %d, want %d", src, got, want)
		}
	}
}

// TestReadSeeds reads each seed both ways through the one dispatch, and
// finds the footnotes of seed 004 by the labels its text uses.
func TestReadSeeds(t *testing.T) {
	for _, name := range []string{"004.toml", "004.txt"} {
		path := filepath.Join("..", "..", "testdata", "seeds", name)
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		s, err := Read(path, src, FormatOf(path))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if v := s.View(); v.Path != path || v.Subject == nil {
			t.Errorf("%s: view %q, subject %v", name, v.Path, v.Subject)
		}
		label := "cv4979"
		if FormatOf(name) == FormatText {
			label = "7"
		}
		if note := s.Footnotes()[label]; !strings.Contains(note, "4979/UBND-KGVX") {
			t.Errorf("%s: footnote %s is %q", name, label, note)
		}
	}
}
