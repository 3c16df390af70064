package heapstart

import (
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestImportsEarly holds the package to syscall and unsafe: a package
// imported beyond them (os, strings) would initialise it after others
// allocated in small pages.
func TestImportsEarly(t *testing.T) {
	files, _ := filepath.Glob("*.go")
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		file, err := parser.ParseFile(token.NewFileSet(), f, nil, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		for _, imp := range file.Imports {
			path, _ := strconv.Unquote(imp.Path.Value)
			if path != "syscall" && path != "unsafe" {
				t.Errorf("%s imports %s, which Go initialises late", f, path)
			}
		}
	}
}
