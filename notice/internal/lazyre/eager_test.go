package lazyre_test

import (
	"go/ast"
	"go/token"
	"testing"
)

// TestNoEagerExpressions fails on an expression compiled when its package
// is initialised (a package-level variable set by regexp.MustCompile or
// regexp.Compile outside a function): every process would pay for it,
// whether or not it meets the text the expression is for. Such a variable
// is made with lazyre.New, or with sync.OnceValue around the compile.
func TestNoEagerExpressions(t *testing.T) {
	walkSources(t, []string{"../..", "../../../cmd"}, func(fset *token.FileSet, f *ast.File) {
		for _, pos := range eagerCompiles(f) {
			t.Errorf("%s: expression compiled at package initialisation: make it with lazyre.New", fset.Position(pos))
		}
	})
}

// eagerCompiles returns where f's package-level variables and init
// functions call regexp.MustCompile or regexp.Compile outside a function
// literal.
func eagerCompiles(f *ast.File) []token.Pos {
	var out []token.Pos
	find := func(n ast.Node) {
		ast.Inspect(n, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.CallExpr:
				if sel, ok := n.Fun.(*ast.SelectorExpr); ok {
					if pkg, ok := sel.X.(*ast.Ident); ok && pkg.Name == "regexp" &&
						(sel.Sel.Name == "MustCompile" || sel.Sel.Name == "Compile") {
						out = append(out, n.Pos())
					}
				}
			}
			return true
		})
	}
	for _, decl := range f.Decls {
		switch d := decl.(type) {
		case *ast.GenDecl:
			if d.Tok == token.VAR {
				find(d)
			}
		case *ast.FuncDecl:
			if d.Name.Name == "init" && d.Recv == nil {
				find(d.Body)
			}
		}
	}
	return out
}
