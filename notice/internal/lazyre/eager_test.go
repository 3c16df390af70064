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
// is made with lazyre.New or lazyre.Build (TestNoOwnLazyExpressions).
func TestNoEagerExpressions(t *testing.T) {
	walkSources(t, []string{"../..", "../../../cmd"}, func(fset *token.FileSet, f *ast.File) {
		for _, pos := range eagerCompiles(f) {
			t.Errorf("%s: expression compiled at package initialisation: make it with lazyre.New", fset.Position(pos))
		}
	})
}

// TestNoOwnLazyExpressions fails on a package-level variable that compiles
// its expression on first use by itself (sync.OnceValue around
// regexp.MustCompile) rather than with lazyre.New or lazyre.Build: CompileAll
// does not see it, and a broken expression is found only when a text
// meets it.
//
// The command (cmd/) is left out: no test imports a main package, so its
// expressions are not CompileAll's; its own tests compile them. So is
// tomlpos's table of parser messages, compiled together on the first
// syntax error and by its own test.
func TestNoOwnLazyExpressions(t *testing.T) {
	walkSources(t, []string{"../.."}, func(fset *token.FileSet, f *ast.File) {
		if f.Name.Name == "lazyre" || f.Name.Name == "tomlpos" {
			return
		}
		for _, decl := range f.Decls {
			d, ok := decl.(*ast.GenDecl)
			if !ok || d.Tok != token.VAR {
				continue
			}
			ast.Inspect(d, func(n ast.Node) bool {
				lit, ok := n.(*ast.FuncLit)
				if !ok {
					return true
				}
				ast.Inspect(lit.Body, func(n ast.Node) bool {
					if c, ok := n.(*ast.CallExpr); ok && regexpCompile(c) {
						t.Errorf("%s: expression compiled on first use outside lazyre: make it with lazyre.New, or lazyre.Build when it is put together", fset.Position(c.Pos()))
					}
					return true
				})
				return false
			})
		}
	})
}

// regexpCompile reports whether c calls regexp.MustCompile or
// regexp.Compile.
func regexpCompile(c *ast.CallExpr) bool {
	sel, ok := c.Fun.(*ast.SelectorExpr)
	if !ok {
		return false
	}
	pkg, ok := sel.X.(*ast.Ident)
	return ok && pkg.Name == "regexp" && (sel.Sel.Name == "MustCompile" || sel.Sel.Name == "Compile")
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
