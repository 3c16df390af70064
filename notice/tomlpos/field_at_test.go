package tomlpos

import (
	"strings"
	"testing"
)

func TestFieldAt(t *testing.T) {
	text := "number = \"12/TB\"\nsubject = \"Kết luận\"\n\n[[tasks]]\ntext = \"một\"\n\n[[tasks]]\ntext = \"hai ba\"\n"
	for _, c := range []struct {
		at, want string
		ok       bool
	}{
		{"Kết", "subject", true},
		{"ba", "tasks[1].text", true},
		{"một", "tasks[0].text", true},
		{"[[tasks]]", "", false},
	} {
		got, ok := FieldAt(text, strings.Index(text, c.at))
		if got != c.want || ok != c.ok {
			t.Errorf("FieldAt(%q) = %q, %v; want %q, %v", c.at, got, ok, c.want, c.ok)
		}
	}
}
