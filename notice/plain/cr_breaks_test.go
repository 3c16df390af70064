package plain

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLoneCRBreaks reads a seed saved with old Mac line ends (a lone CR),
// and with CR and CRLF mixed, as the same seed with LF: the same
// paragraphs at the same places.
func TestLoneCRBreaks(t *testing.T) {
	for _, name := range []string{"001.txt", "000.md"} {
		src, err := os.ReadFile(filepath.Join("..", "..", "testdata", "seeds", name))
		if err != nil {
			t.Fatal(err)
		}
		lf := strings.ReplaceAll(string(src), "\r\n", "\n")
		want := readParas(t, name, lf)
		lines := strings.Split(lf, "\n")
		mixed := ""
		for i, l := range lines {
			if i > 0 {
				mixed += []string{"\r", "\r\n"}[i%2]
			}
			mixed += l
		}
		for _, text := range []string{strings.ReplaceAll(lf, "\n", "\r"), mixed} {
			if got := readParas(t, name, text); got != want {
				t.Errorf("%s with CR line ends read as\n%s\nwant\n%s", name, got, want)
			}
		}
	}
	if got := loneCRBreaks("a\r\nb\r\n"); got != "a\r\nb\r\n" {
		t.Errorf("CRLF changed: %q", got)
	}
	if got := loneCRBreaks("a\r\nb\rc\r"); got != "a\r\nb\nc\n" {
		t.Errorf("lone CR kept: %q", got)
	}
}

func readParas(t *testing.T, name, text string) string {
	t.Helper()
	f, err := Read(name, []byte(text))
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	var b strings.Builder
	for _, p := range f.Paras {
		pos := p.PosAt(len(p.Text) / 2)
		b.WriteString(strings.Join([]string{kinds(&File{Paras: []Para{p}}), p.Text, pos.String()}, " | ") + "\n")
	}
	return b.String()
}
