package tomlpos

import (
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/source"
)

// TestTextPositions checks that a position inside a text value points at
// the character the clerk typed, through escapes, multi-line strings and
// NFD input.
func TestTextPositions(t *testing.T) {
	src := "a = \"x\\ty \\u00e0 z\"\n" +
		"b = \"\"\"\n  một   hai\n  ba\"\"\"\n" +
		"c = \"Vie\u0302\u0323t Nam\"\n"
	s := source.New("t.toml", src)
	d := &decoder{src: s, idx: buildIndex(src)}
	text := func(path, v string) Text {
		tx, ok := Value{d: d, path: path, v: v}.Text()
		if !ok {
			t.Fatalf("%s: %v", path, d.errs)
		}
		return tx
	}
	a := text("a", "x\ty \u00e0 z")
	if a.S != "x y à z" {
		t.Errorf("a = %q", a.S)
	}
	// "z" is at byte 7 of S; in the source it follows the 6-byte escape.
	if p := a.Tok.PosAt(strings.Index(a.S, "z")); p.Line != 1 || p.Col != 18 {
		t.Errorf("z at %v, want 1:18", p)
	}
	b := text("b", "  một   hai\n  ba")
	if b.S != "một hai ba" {
		t.Errorf("b = %q", b.S)
	}
	if p := b.Tok.PosAt(strings.Index(b.S, "ba")); p.Line != 4 || p.Col != 3 {
		t.Errorf("ba at %v, want 4:3", p)
	}
	c := text("c", "Vie\u0302\u0323t Nam")
	if c.S != "Việt Nam" {
		t.Errorf("c = %q, want NFC", c.S)
	}
	if p := c.Tok.PosAt(strings.Index(c.S, "Nam")); p.Line != 5 || p.Col != 13 {
		t.Errorf("Nam at %v, want 5:13", p)
	}
}
