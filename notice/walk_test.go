package notice

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/tomlpos"
)

// TestEachTextValue: the walk without paths gives the texts EachText
// gives, in the same order, for every notice of testdata that loads.
func TestEachTextValue(t *testing.T) {
	var files []string
	filepath.WalkDir("../testdata", func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && filepath.Ext(p) == ".toml" {
			files = append(files, p)
		}
		return nil
	})
	loaded := 0
	for _, f := range files {
		n, err := LoadFile(f)
		if err != nil {
			continue
		}
		loaded++
		var want, got []Text
		n.EachText(func(_ string, t Text) { want = append(want, t) })
		n.EachTextValue(func(t Text) { got = append(got, t) })
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%s: EachTextValue gives %d texts, EachText %d, or not the same", f, len(got), len(want))
		}
	}
	if loaded < 5 {
		t.Fatalf("only %d notices of testdata loaded", loaded)
	}
}

// TestEachTextPaths: the paths EachText builds from the walk's parts are
// the ones a walk that joins each key and index as it goes makes (the
// walk as it was before TextPath), for every notice of testdata that
// loads; and they name fields ("subject", "tasks[0]...").
func TestEachTextPaths(t *testing.T) {
	files, _ := filepath.Glob("../testdata/*/*.toml")
	more, _ := filepath.Glob("../testdata/*/*/*.toml")
	loaded, indexed := 0, 0
	for _, f := range append(files, more...) {
		n, err := LoadFile(f)
		if err != nil {
			continue
		}
		loaded++
		var want, got []string
		joinWalk("", reflect.ValueOf(n).Elem(), func(path string) { want = append(want, path) })
		n.EachText(func(path string, _ Text) { got = append(got, path) })
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%s: EachText's paths\n%q\nwant\n%q", f, got, want)
		}
		for _, p := range got {
			if strings.Contains(p, "[") {
				indexed++
			}
		}
	}
	if loaded < 5 || indexed == 0 {
		t.Fatalf("%d notices of testdata loaded, %d paths with an index", loaded, indexed)
	}
}

// joinWalk is walkText as it was: each path joined as the walk goes down.
func joinWalk(path string, v reflect.Value, fn func(string)) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			joinWalk(path, v.Elem(), fn)
		}
	case reflect.Slice:
		for i := range v.Len() {
			joinWalk(tomlpos.JoinIndex(path, i), v.Index(i), fn)
		}
	case reflect.Struct:
		if v.Type() == textType {
			if v.Interface().(Text).S != "" {
				fn(path)
			}
			return
		}
		for _, f := range walkFieldsOf(v.Type()) {
			p := path
			if f.name != "" {
				p = tomlpos.JoinKey(path, f.name)
			}
			joinWalk(p, v.Field(f.index), fn)
		}
	}
}
