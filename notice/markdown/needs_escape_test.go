package markdown

import (
	"testing"

	"github.com/thongbao/thongbao/notice/internal/testlines"
)

// checkNeedsEscape: needsInlineEscape says the replacer would change s
// exactly when it does.
func checkNeedsEscape(t *testing.T, s string) {
	if got, want := needsInlineEscape(s), inlineEscaper.Replace(s) != s; got != want {
		t.Fatalf("needsInlineEscape(%q) = %v, want %v", s, got, want)
	}
}

// TestNeedsInlineEscape: on every notice line of testdata, on
// every pattern's neighbours, and on random strings of the patterns'
// bytes and letters.
func TestNeedsInlineEscape(t *testing.T) {
	for _, s := range []string{"", "a", ":", "://", ":/", "www", "www.", "wWw.", "WWW.", "ww.w.", "a@b", `\`, "x:// y", "Www."} {
		checkNeedsEscape(t, s)
	}
	for _, line := range testlines.Read(t, "../../testdata", nil) {
		checkNeedsEscape(t, line)
	}
	alphabet := []string{"a", "w", "W", ".", ":", "/", "\\", "`", "*", "_", "[", "]", "<", "|", "~", "@", "ế", " ", "&"}
	for _, s := range testlines.Random(alphabet, 50000, 9, 3) {
		checkNeedsEscape(t, s)
	}
}

func FuzzNeedsInlineEscape(f *testing.F) {
	for _, s := range []string{"", "http://x.vn", "www.x", "a_b", "Kính gửi:"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkNeedsEscape(t, s) })
}
