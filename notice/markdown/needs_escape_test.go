package markdown

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// checkNeedsEscape: needsInlineEscape says the replacer would change s
// exactly when it does.
func checkNeedsEscape(t *testing.T, s string) {
	if got, want := needsInlineEscape(s), inlineEscaper.Replace(s) != s; got != want {
		t.Fatalf("needsInlineEscape(%q) = %v, want %v", s, got, want)
	}
}

// TestNeedsInlineEscape: on every line of the seeds and the corpus, on
// every pattern's neighbours, and on random strings of the patterns'
// bytes and letters.
func TestNeedsInlineEscape(t *testing.T) {
	for _, s := range []string{"", "a", ":", "://", ":/", "www", "www.", "wWw.", "WWW.", "ww.w.", "a@b", `\`, "x:// y", "Www."} {
		checkNeedsEscape(t, s)
	}
	for _, glob := range []string{"../../testdata/seeds/*", "../../testdata/corpus/*/*.txt"} {
		files, _ := filepath.Glob(glob)
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			for _, line := range strings.Split(string(b), "\n") {
				checkNeedsEscape(t, line)
			}
		}
	}
	alphabet := []string{"a", "w", "W", ".", ":", "/", "\\", "`", "*", "_", "[", "]", "<", "|", "~", "@", "ế", " ", "&"}
	rnd := rand.New(rand.NewPCG(3, 4))
	for range 50000 {
		var b strings.Builder
		for range rnd.IntN(10) {
			b.WriteString(alphabet[rnd.IntN(len(alphabet))])
		}
		checkNeedsEscape(t, b.String())
	}
}

func FuzzNeedsInlineEscape(f *testing.F) {
	for _, s := range []string{"", "http://x.vn", "www.x", "a_b", "Kính gửi:"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkNeedsEscape(t, s) })
}
