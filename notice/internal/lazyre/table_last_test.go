package lazyre_test

import (
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// TestUnicodeTableLast fails on a bracket class that lists anything after
// a Unicode table ("[^\p{L}\d.]"): the regexp parser merges each later
// item into the table's thousands of ranges and sorts them again, where
// the same class with the table last ("[^\d.\p{L}]", the same set) costs
// about half to compile (s50). Every process compiles what it uses once,
// and a fresh render compiles some sixty expressions.
func TestUnicodeTableLast(t *testing.T) {
	exprs := map[string]string{}
	for _, e := range lazyre.Exprs() {
		exprs[e] = "lazyre.New"
	}
	for _, c := range sourceExprs(t) {
		exprs[c.expr] = c.pos
	}
	for e, where := range exprs {
		if class, bad := tableNotLast(e); bad {
			t.Errorf("%s: in %s the class %s lists items after its Unicode table: put the \\p{..} last", where, e, class)
		}
	}
}

// TestTableNotLast holds the scanner to classes written by hand.
func TestTableNotLast(t *testing.T) {
	for _, c := range []struct {
		expr string
		bad  bool
	}{
		{`[^\p{L}\d.]`, true},
		{`[^\d.\p{L}]`, false},
		{`[\p{L}\p{N}]`, false},
		{`[\pL_]`, true},
		{`\p{L}+[a-z]`, false},
		{`[\]\p{Lu}]`, false},
		{`[]\p{L}]`, false},
		{`[\p{L}[:digit:]]`, true},
		{`\[\p{L}\]x`, false},
		{`[\p{L}\x{00A0}]`, true},
	} {
		if _, bad := tableNotLast(c.expr); bad != c.bad {
			t.Errorf("tableNotLast(%q) = %v, want %v", c.expr, bad, c.bad)
		}
	}
}

// tableNotLast reports the first bracket class of expr that holds an item
// after a Unicode table (\p{..}, \P{..}, \pL), and whether there is one.
func tableNotLast(expr string) (string, bool) {
	start, inClass, sawTable, after := 0, false, false, false
	for i := 0; i < len(expr); i++ {
		c := expr[i]
		switch {
		case c == '\\' && i+1 < len(expr):
			n := escapeLen(expr, i)
			if inClass {
				if p := expr[i+1]; p == 'p' || p == 'P' {
					sawTable = true
				} else if sawTable {
					after = true
				}
			}
			i += n - 1
		case !inClass && c == '[':
			start, inClass, sawTable, after = i, true, false, false
			if i+1 < len(expr) && expr[i+1] == '^' {
				i++
			}
			if i+1 < len(expr) && expr[i+1] == ']' {
				i++ // a leading "]" is a literal
			}
		case inClass && c == ']':
			if after {
				return expr[start : i+1], true
			}
			inClass = false
		case inClass && c == '[' && strings.HasPrefix(expr[i:], "[:"):
			if end := strings.Index(expr[i:], ":]"); end > 0 {
				i += end + 1
			}
			if sawTable {
				after = true
			}
		case inClass && sawTable:
			after = true
		}
	}
	return "", false
}

// escapeLen is the length of the escape at expr[i] ("\d", "\p{L}", "\pL",
// "\x{00A0}").
func escapeLen(expr string, i int) int {
	if i+2 < len(expr) && expr[i+2] == '{' {
		if end := strings.IndexByte(expr[i:], '}'); end > 0 {
			return end + 1
		}
	}
	return 2
}
