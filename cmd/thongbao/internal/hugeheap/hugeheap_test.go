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
		{"render --today 2026-12-01 --format pdf -o x.pdf x.toml", "", true},
		{"render a b c d e f g h", "", true},
		{"render a b c d e f g h i", "", false},
		{"render -o dir/ x.toml", "", false},
		{"batch -o out in", "", false},
		{"text x.docx", "", true},
		{"check --no-cache dir/", "", false},
		{"check x.toml", "", false},
		{"check --no-cache x.toml", "", true},
		{"check x.toml", "off", true},
		{"check x.toml", "0", true},
		{"check x.toml", "False", true},
		{"check x.toml", "tắt", false},
		{"--help", "", false},
		{"", "", false},
		{"new -o x.toml", "", false},
		{"rules", "", false},
	} {
		isDir := func(name string) bool { return strings.HasSuffix(name, "/") }
		if got := wanted(strings.Fields(c.args), c.cache, isDir); got != c.want {
			t.Errorf("wanted(%q, THONGBAO_CACHE=%q) = %v, want %v", c.args, c.cache, got, c.want)
		}
	}
}

func TestSerial(t *testing.T) {
	for _, c := range []struct {
		args string
		want bool
	}{
		{"render x.toml", true},
		{"--lang en render -o - x.toml", true},
		{"text x.docx", true},
		{"check --no-cache x.toml y.toml", false},
		{"check --no-cache render", false},
		{"--help", false},
	} {
		if got := serial(strings.Fields(c.args)); got != c.want {
			t.Errorf("serial(%q) = %v, want %v", c.args, got, c.want)
		}
	}
}
