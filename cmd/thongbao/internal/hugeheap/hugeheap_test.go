package hugeheap

import (
	"os"
	"runtime"
	"slices"
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

// TestArgs: the arguments read from /proc/self/cmdline are os.Args'.
func TestArgs(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("args reads /proc/self/cmdline on Linux only")
	}
	if got := args(); !slices.Equal(got, os.Args[1:]) {
		t.Errorf("args() = %q, want os.Args[1:] = %q", got, os.Args[1:])
	}
}
