package check

import (
	"go/ast"
	gotoken "go/token"
	"testing"
)

// TestNoTableArguments fails on a package-level set made by setOf given
// its words one by one (setOf("a", "b", ...)): the compiler builds
// the arguments' array in the package initialisation's frame, which every
// process then grows its stack for (the 120 sets so made took the frame to
// 43.6 KB, s102b). A map literal is built by a function of its own, from
// static data.
func TestNoTableArguments(t *testing.T) {
	eachPackageVar(t, nil, func(fset *gotoken.FileSet, v ast.Expr) {
		if c, ok := v.(*ast.CallExpr); ok && isSetOf(c) && literalArgs(c) > 0 {
			t.Errorf("%s: a table made of %d arguments: write it as a literal", fset.Position(c.Pos()), literalArgs(c))
		}
	})
}

// isSetOf reports whether c calls setOf.
func isSetOf(c *ast.CallExpr) bool {
	id, ok := c.Fun.(*ast.Ident)
	return ok && id.Name == "setOf"
}

// literalArgs counts the basic literals among c's arguments.
func literalArgs(c *ast.CallExpr) int {
	n := 0
	for _, a := range c.Args {
		if _, ok := a.(*ast.BasicLit); ok {
			n++
		}
	}
	return n
}
