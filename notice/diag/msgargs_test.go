package diag

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestMsgArgs reads every call of Msg in the module whose two formats are
// literals and checks that each format uses the arguments given: a
// Vietnamese and an English format that count them differently print
// "%!(EXTRA ...)" or "%!s(MISSING)" in one language only (the English of
// renamed-key did, found by qa30).
func TestMsgArgs(t *testing.T) {
	fset := token.NewFileSet()
	err := filepath.WalkDir("../..", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if c, ok := n.(*ast.CallExpr); ok {
				checkMsgCall(t, fset, c)
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func checkMsgCall(t *testing.T, fset *token.FileSet, c *ast.CallExpr) {
	name := ""
	switch f := c.Fun.(type) {
	case *ast.SelectorExpr:
		name = f.Sel.Name
	case *ast.Ident:
		name = f.Name
	}
	args := len(c.Args) - 2
	if name != "Msg" || args <= 0 || c.Ellipsis.IsValid() {
		return
	}
	for _, a := range c.Args[:2] {
		lit, ok := a.(*ast.BasicLit)
		if !ok || lit.Kind != token.STRING {
			return
		}
		format, err := strconv.Unquote(lit.Value)
		if err != nil {
			return
		}
		if used, exact := formatArgs(format); used > args || exact && used != args {
			t.Errorf("%s: %d arguments for %q", fset.Position(c.Pos()), args, format)
		}
	}
}

// formatArgs returns how many arguments format uses and whether it must be
// given exactly that many (not so with an explicit index, "%[2]s").
func formatArgs(format string) (used int, exact bool) {
	n, highest, indexed := 0, 0, false
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		i++
		if i < len(format) && format[i] == '%' {
			continue
		}
		for i < len(format) && strings.IndexByte("+-# 0123456789.*[", format[i]) >= 0 {
			if format[i] == '[' {
				j := strings.IndexByte(format[i:], ']')
				if j < 0 {
					break
				}
				k, _ := strconv.Atoi(format[i+1 : i+j])
				indexed, highest = true, max(highest, k)
				n = k - 1
				i += j
			}
			i++
		}
		n++
		highest = max(highest, n)
	}
	return highest, !indexed
}
