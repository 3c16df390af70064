package check

import (
	"go/ast"
	gotoken "go/token"
	"strings"
	"testing"
)

// TestNoEagerTables fails on a package-level map written as a literal, or
// made by setOf, pairSet or foldedSet, outside a function: the package's
// initialisation would build it in every process, --version, --help,
// rules, a cached check and import included, though only a check reads
// it (the 131 so built were 0.51M instructions and 131 KB of every
// process, s103b). Such a table is built on first use, once per process
// (sync.OnceValue), and each reader calls it. Generated files are left to
// their generators (lead_class_gen.go's nine entries).
func TestNoEagerTables(t *testing.T) {
	generated := func(name string) bool { return strings.HasSuffix(name, "_gen.go") }
	eachPackageVar(t, generated, func(fset *gotoken.FileSet, v ast.Expr) {
		if pos, ok := eagerTable(v); ok {
			t.Errorf("%s: a table built at the package's initialisation: build it on first use (sync.OnceValue)", fset.Position(pos))
		}
	})
}

// eagerTable returns where v, a package-level variable's value, builds a
// map outside a function literal: an empty one (the rules' registry) is
// filled by code, not a table of words.
func eagerTable(v ast.Expr) (gotoken.Pos, bool) {
	var at gotoken.Pos
	ast.Inspect(v, func(n ast.Node) bool {
		if at.IsValid() {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CompositeLit:
			if _, ok := n.Type.(*ast.MapType); ok && len(n.Elts) > 0 {
				at = n.Pos()
			}
		case *ast.CallExpr:
			if id, ok := n.Fun.(*ast.Ident); ok && (id.Name == "setOf" || id.Name == "pairSet" || id.Name == "foldedSet") {
				at = n.Pos()
			}
		}
		return true
	})
	return at, at.IsValid()
}
