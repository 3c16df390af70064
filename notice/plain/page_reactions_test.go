package plain

import "testing"

// TestReactionsLine: a post's reactions count is pictographs and counts;
// a telephone number after a pictograph ("📞 0912 345 678", a hotline
// line of the notice's own) is no count, and the end block under it stays
// the notice's.
func TestReactionsLine(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"❤️ 12  👍 5", true},
		{"👍❤️ 86", true},
		{"👍❤️😢 1,2K", true},
		{"👍 1.234", true},
		{"👍 0", true},
		{"📞 0912 345 678", false},
		{"☎️ 0222.3822.456", false},
		{"📞 0912345678", false},
		{"👍 12a", false},
		{"👍", false},
	} {
		if got := reactionsLine(cleanLine(c.s, 0, 1, false)); got != c.want {
			t.Errorf("%q: %v, want %v", c.s, got, c.want)
		}
	}
}
