package body_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice"
	"github.com/thongbao/thongbao/notice/body"
)

// TestFastParseFields checks the reader without goldmark against goldmark
// on every text field of every TOML notice of the repository (the seeds,
// the templates, the fixtures under testdata), and on every line of its
// Markdown and text files, and that it reads every field with markup the
// seeds hold.
func TestFastParseFields(t *testing.T) {
	var fields, marked, read, lines int
	seedDeclined := map[string]bool{}
	try := func(s string) bool {
		got, ok := body.FastParse(s)
		if ok {
			if want := body.GoldmarkParse(s); !reflect.DeepEqual(got, want) {
				t.Errorf("FastParse(%q) = %+v, goldmark reads %+v", s, got, want)
			}
		}
		return ok
	}
	err := filepath.WalkDir("../..", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == ".git" || d.Name() == "corpus") {
			return filepath.SkipDir // corpus: plain texts, read by notice/plain
		}
		ext := filepath.Ext(path)
		if d.IsDir() || ext != ".toml" && ext != ".md" && ext != ".txt" {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if ext != ".toml" {
			for _, line := range strings.Split(string(src), "\n") {
				if strings.ContainsAny(line, "*[\\") {
					lines++
					try(strings.TrimSpace(line))
				}
			}
			return nil
		}
		n, err := notice.Load(path, src)
		if err != nil {
			return nil // a broken fixture
		}
		n.EachText(func(_ string, tx notice.Text) {
			fields++
			if body.IsPlain(tx.S) {
				return
			}
			marked++
			if try(tx.S) {
				read++
			} else if strings.Contains(path, "testdata/seeds/") {
				seedDeclined[tx.S] = true
			}
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for s := range seedDeclined {
		t.Errorf("a seed's field is left to goldmark: %q", s)
	}
	if fields < 1000 || marked < 20 {
		t.Errorf("only %d fields, %d with markup", fields, marked)
	}
	t.Logf("%d fields, %d with markup, %d of them read without goldmark; %d lines of Markdown and text", fields, marked, read, lines)
}
