package hugeheap

import (
	"strings"
	"testing"
)

func TestWanted(t *testing.T) {
	for _, c := range []struct {
		args  string
		cache string
		want  bool
	}{
		{"render x.toml", "", true},
		{"--lang en render -o - x.toml", "", true},
		{"batch -o out in", "", true},
		{"text x.docx", "", true},
		{"check x.toml", "", false},
		{"check --no-cache x.toml", "", true},
		{"check x.toml", "off", true},
		{"--help", "", false},
		{"", "", false},
		{"new -o x.toml", "", false},
		{"rules", "", false},
	} {
		if got := wanted(strings.Fields(c.args), c.cache); got != c.want {
			t.Errorf("wanted(%q, THONGBAO_CACHE=%q) = %v, want %v", c.args, c.cache, got, c.want)
		}
	}
}
