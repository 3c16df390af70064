package batch

import "testing"

// TestMatchAnyVietnamese: globs hold Vietnamese folder names; "?" is one
// letter, not one byte.
func TestMatchAnyVietnamese(t *testing.T) {
	for _, c := range []struct {
		glob, rel string
		want      bool
	}{
		{"nháp/**", "nháp/a.toml", true},
		{"nháp/**", "chính/a.toml", false},
		{"chính/*.toml", "chính/b.toml", true},
		{"**/dự-thảo-?.toml", "2024/quý/dự-thảo-đ.toml", true},
		{"thông-báo-*.toml", "a/thông-báo-12.toml", true},
		{"*.toml", "a/b.md", false},
		{"a/**/b.toml", "a/b.toml", true},
		{"a/**/b.toml", "a/x/y/b.toml", true},
		{"[x].toml", "[x].toml", true},
	} {
		if got := matchAny([]string{c.glob}, c.rel); got != c.want {
			t.Errorf("matchAny(%q, %q) = %v, want %v", c.glob, c.rel, got, c.want)
		}
	}
}
