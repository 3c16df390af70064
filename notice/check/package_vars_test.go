package check

import (
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"path/filepath"
	"strings"
	"testing"
)

// eachPackageVar calls f with the value of every package-level variable
// declared in the package's own files (its tests left out, and the files
// skip reports, when skip is not nil): what the package's initialisation
// runs in every process.
func eachPackageVar(t *testing.T, skip func(name string) bool, f func(fset *gotoken.FileSet, v ast.Expr)) {
	t.Helper()
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := gotoken.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") || (skip != nil && skip(name)) {
			continue
		}
		file, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range file.Decls {
			g, ok := d.(*ast.GenDecl)
			if !ok || g.Tok != gotoken.VAR {
				continue
			}
			for _, s := range g.Specs {
				for _, v := range s.(*ast.ValueSpec).Values {
					f(fset, v)
				}
			}
		}
	}
}
