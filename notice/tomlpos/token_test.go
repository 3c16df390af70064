package tomlpos

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/BurntSushi/toml"

	"github.com/thongbao/thongbao/notice/diag"

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

// posAtFull returns PosAt with both maps built in full, as every token
// once had them: the reference the maps left out are held to.
func posAtFull(tok *Token) func(k int) diag.Pos {
	decoded, m := decodeToken(tok.Raw, true)
	_, nm := source.NormalizeMap(decoded, true)
	return func(k int) diag.Pos {
		dk := len(decoded)
		if k >= 0 && k < len(nm) {
			dk = nm[k]
		}
		rk := len(tok.Raw) - 1
		if dk < len(m) {
			rk = m[dk]
		}
		return tok.File.Pos(tok.Off + rk)
	}
}

// tokenCases are token bodies whose maps PosAt may leave out or not:
// escapes, multi-line strings, NFD text, runs of white space.
var tokenCases = []string{
	"", "a", "một hai", " một", "một  hai", "một\thai", "x\\ty \\u00e0 z", "Vie\u0302\u0323t Nam",
	"\nmột hai", "\r\nmột\nhai ", "a\\\n   b", "\\\\", "\u00a0x", "ba\u0300",
}

// checkPosAt holds PosAt of a token of each kind with body to posAtFull
// at every byte and past both ends.
func checkPosAt(t *testing.T, body string) {
	for _, q := range []string{`"`, `'`, `"""`, `'''`, ``} {
		raw := q + body + q
		tok := &Token{File: source.New("t.toml", raw), Raw: raw}
		full := posAtFull(tok)
		for k := -1; k <= len(raw)+1; k++ {
			if got, want := tok.PosAt(k), full(k); got != want {
				t.Fatalf("%q: PosAt(%d) = %v, want %v", raw, k, got, want)
			}
		}
		checkStable(t, tok)
	}
}

// checkStable holds a token marked Stable as the loader marks it (the
// Facts of the value the parser reads from it) to what Stable promises:
// its text and Raw are in NFC, and PosAt is what it is unmarked. A token
// no parser takes (an escape of a combining mark, "\\x\u0340") is no
// text the loader marks.
func checkStable(t *testing.T, tok *Token) {
	var v struct{ X string }
	if _, err := toml.Decode("x = "+tok.Raw, &v); err != nil {
		return
	}
	decoded, _ := decodeToken(tok.Raw, false)
	if !source.Inspect(v.X).Stable {
		return
	}
	stableChecked++
	if !source.IsNFC(decoded) || !source.IsNFC(tok.Raw) {
		t.Fatalf("%q: Stable, but not in NFC", tok.Raw)
	}
	marked := &Token{File: tok.File, Off: tok.Off, Raw: tok.Raw, Stable: true}
	for k := -1; k <= len(tok.Raw)+1; k++ {
		if got, want := marked.PosAt(k), tok.PosAt(k); got != want {
			t.Fatalf("%q: Stable: PosAt(%d) = %v, want %v", tok.Raw, k, got, want)
		}
	}
}

// stableChecked counts the tokens checkStable held to its promise.
var stableChecked int

// TestStableTokens holds every string value of every TOML file of the
// repository's testdata to checkStable.
func TestStableTokens(t *testing.T) {
	n := 0
	err := filepath.WalkDir("../../testdata", func(path string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() || !strings.HasSuffix(path, ".toml") {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil || !utf8.Valid(b) {
			return err
		}
		src := string(b)
		f := source.New(path, src)
		for _, e := range buildIndex(src) {
			if e.valOff < 0 || e.valEnd <= e.valOff || !strings.ContainsAny(src[e.valOff:e.valOff+1], `"'`) {
				continue
			}
			checkStable(t, &Token{File: f, Off: e.valOff, Raw: src[e.valOff:e.valEnd]})
			n++
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n < 1000 || stableChecked < 1000 {
		t.Fatalf("%d string values read, %d of them stable, want more than 1000 each", n, stableChecked)
	}
}

// TestPosAtMaps checks PosAt against the full maps on the cases above.
func TestPosAtMaps(t *testing.T) {
	for _, s := range tokenCases {
		checkPosAt(t, s)
	}
}

// FuzzPosAtMaps checks PosAt against the full maps on any token body.
func FuzzPosAtMaps(f *testing.F) {
	for _, s := range tokenCases {
		f.Add(s)
	}
	f.Fuzz(checkPosAt)
}
