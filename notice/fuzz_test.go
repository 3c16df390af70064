package notice

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"unicode"

	"github.com/thongbao/thongbao/notice/diag"
)

// FuzzLoad feeds arbitrary bytes to the loader: it must never panic, and
// every problem it reports must carry a position.
func FuzzLoad(f *testing.F) {
	paths, _ := filepath.Glob("../testdata/seeds/*.toml")
	rekeyed, _ := filepath.Glob("../testdata/rekeyed/*.toml")
	for _, p := range append(paths, rekeyed...) {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte(minimal))
	f.Add([]byte(minimal + "[tasks]\nlead = [\"a\"]\n[[tasks.groups]]\nlabel = \"2.4.\"\nnumbering = [\"-\"]\nitems = [{ label = \"e)\", text = \"x\", deadline = \"Quý III/2025\" }]\n"))
	f.Add([]byte("a = \"\"\"\n\\\n  x\"\"\"\n[[b]]\n[b.c]\nd = [{e = 1}, 'f']"))
	f.Fuzz(func(t *testing.T, src []byte) {
		n, err := Load("f.toml", src)
		if err == nil {
			if n == nil {
				t.Fatal("no notice and no error")
			}
			for _, w := range n.Warnings() {
				if w.Pos.Line < 1 || w.Severity != diag.Warning {
					t.Fatalf("warning without a position: %+v", w)
				}
			}
			return
		}
		var list diag.List
		if !errors.As(err, &list) || len(list) == 0 {
			t.Fatalf("error without findings: %v", err)
		}
		if emptyOnly(list, src) {
			return // a source with nothing in it is told once, of the whole file: it has no line
		}
		for _, fd := range list {
			if fd.Pos.Path != "f.toml" || fd.Pos.Line < 1 || fd.Pos.Col < 1 || fd.Rule == "" || fd.Message.VI == "" || fd.Message.EN == "" {
				t.Fatalf("finding without a full position or message: %+v", fd)
			}
		}
	})
}

// emptyOnly reports whether list is the one finding of a source with no
// letter or digit in it, told of the file as a whole with its message:
// the file has no line to point at ("empty.toml: error empty-file").
func emptyOnly(list diag.List, src []byte) bool {
	if len(list) != 1 || list[0].Rule != "empty-file" {
		return false
	}
	fd := list[0]
	return fd.Pos == diag.Pos{Path: "f.toml"} && fd.Message.VI != "" && fd.Message.EN != "" &&
		bytes.IndexFunc(src, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0
}
