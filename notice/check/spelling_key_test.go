package check

import (
	"strings"
	"testing"
)

// TestKeyWithout checks keyWithout against the strings.Join it stands for.
func TestKeyWithout(t *testing.T) {
	k := "ban quản lý dự án đầu tư xây dựng "
	words := strings.Split(k[:len(k)-1], " ")
	for end := 4; end <= len(words); end++ {
		for i := 1; i < end-1; i++ {
			want := strings.Join(append(append([]string{}, words[:i]...), words[i+1:end]...), " ") + " "
			if got := keyWithout(k, words[:end], i); got != want {
				t.Errorf("keyWithout(%q, %d words, %d) = %q, want %q", k, end, i, got, want)
			}
		}
	}
}

// TestNameEnd checks where a name's words stop before a verb.
func TestNameEnd(t *testing.T) {
	for _, c := range []struct {
		form string
		n    int
		want int
	}{
		{"Chủ tịch UBND xã  còn thực hiện", 7, 4},
		{"Chủ tịch UBND xã Còn thực hiện", 7, 5},
		{"Chủ tịch UBND xã còn", 3, 3},
		{"đã Chủ tịch", 3, 3},
	} {
		if got := nameEnd(c.form, c.n); got != c.want {
			t.Errorf("nameEnd(%q, %d) = %d, want %d", c.form, c.n, got, c.want)
		}
	}
}
