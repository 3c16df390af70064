package lazyre_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"regexp"
	"regexp/syntax"
	"strconv"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// fromEveryByteAllowed are the expressions the regexp package tries from
// (nearly) every byte of a text, each by the first bytes of its text
// (see fromEveryByte), with what keeps it off whole texts: the literal its
// caller looks for first, or the short text it is run on. Three rounds of
// rules in a row brought such an expression, each costing more than any
// rule of its own (weekday-date 4.9M instructions a seed, glued-words'
// figures 7.1M, "qui định" 6.9M, a page's stamps 2.8M a corpus text).
var fromEveryByteAllowed = map[string]string{
	`(?:^|[^\p{L}\p{N}])((?:[Qq]uý|QUÝ)\s+(`:   "quarterNotReal: a paragraph that holds \"uý\" or \"UÝ\"",
	`(?i)(?:^|[^\p{L}\p{N}])tỉnh\s+(Bà\s+R`:    "mergedProvince: the header's lines, the Nơi nhận lines and the owners of work of a notice issued from 01/7/2025",
	`(?i)(?:^|[^\p{L}\p{N}])(?:Công\s+ty|T`:    "mergedProvince: the text before a former province a line names",
	`(?i)(?:^|[^\p{L}\p{N}])((?-i:Bộ|BỘ|S`:     "mergedBody: the header's lines, the Nơi nhận lines and the owners of work of a notice issued from 01/3/2025",
	`(?:^|[^\p{L}])((?:một số|các|nhữn`:        "articlesUpper: a text holding \"Điều của\"",
	`(?:^|[^\d.,\p{L}])(\d+([.,])\d{1,2}) ?(?`: "decimalMeasures: a text mayHoldMeasure lets through (a decimal figure before a unit of area, volume or length)",
	`(?:^|[^\d.,\p{L}])(\d{1,3}([.,])\d{1,2})`: "decimalDegrees: a paragraph holding \"độ\" or \"°\" that mayHoldScore lets through (a figure, a point or comma, a figure)",
	`(?:^|[^\p{L}])((?:Bộ luật|Luật|Ph`:        "blankNumbers: a text holding \"số ngày\"",
	`(?:^|[^\p{L}])((?:công văn|thông báo`:     "the tests only: lowerTypes is its scanner",
	`(?:^|[^\d\p{L}])(\d{1,2}(?:giờ|phút)(`:    "gluedHour: a text holding \"giờ\" or \"phút\"",
	`(?:^|[^\p{L}])((?:(?:Đông|Tây) )?(?:N`:    "regionNames: a text mayNameRegion lets through",
	`(?:^|[^\d\p{L}])([Nn]gày|[Tt]háng|[Nn]`:   "gluedDate: a text dateWordBeforeDigit lets through",
	`(…\.+|\.+…|\.{4,}|;…|;\.\.\.)|(,`:         "doubledMarks: the stretches around a doubled mark only",
	`\S( {8,}|\t+ *)\S`:                        "spacedColumns: a line r.dash lets through",
	`(?i)(?:^|[^\p{L}])(ngày \d{1,2}(?:(?:, `:  "dateHalfLong: the 40 bytes before a \"tháng\" with a day's figure before it and a month and its slash after it",
	`[\d\p{L}](?:Ngày cập nhật|Cập nh`:         "pageTool: a line mayHoldStamp lets through",
	"về(?: việc:?)?\\s+(Quy định|Sửa ":         "subjectMatches: from just before the first of subjectVerbs or subjectOpeners a text holds",
	`(?i)(?:^|[^\d/])(?:\d\d?[\s\x{00A0}]*/[\`: "clerkDeadline: a deadline's few words",
}

// allowKey is the key of expr in fromEveryByteAllowed: its first 40 bytes.
func allowKey(expr string) string {
	if len(expr) > 40 {
		expr = strings.ToValidUTF8(expr[:40], "")
	}
	return expr
}

// TestExpressionsFromEveryByte fails on an expression the regexp package
// would try from nearly every byte of a text (no literal prefix, not
// anchored, its first character of a wide class or after an alternative
// that matches no character, such as "(?:^|[^\\p{L}])"), unless
// fromEveryByteAllowed names what keeps it off whole texts: such an
// expression run over every paragraph costs more than most rules. Make it
// a leadExpr (notice/check), or look for a literal every match holds
// first, and list it. Expressions made by lazyre.New and those written as
// constants to regexp.MustCompile under notice/ are read.
func TestExpressionsFromEveryByte(t *testing.T) {
	exprs := map[string]string{} // expression -> where
	for _, e := range lazyre.Exprs() {
		exprs[e] = "lazyre.New"
	}
	for _, c := range sourceExprs(t) {
		exprs[c.expr] = c.pos
	}
	used := map[string]bool{}
	for e, where := range exprs {
		if n := fromEveryByte(e); n > 64 {
			k := allowKey(e)
			used[k] = true
			if _, ok := fromEveryByteAllowed[k]; !ok {
				t.Errorf("%s: %s is tried from %d of 256 byte values: make it a leadExpr or test a literal first, then list %q in fromEveryByteAllowed", where, e, n, k)
			}
		}
	}
	for k := range fromEveryByteAllowed {
		if !used[k] {
			t.Errorf("fromEveryByteAllowed lists %q, which no such expression starts with", k)
		}
	}
}

// fromEveryByte is how many of the 256 byte values the regexp package
// may find a match of expr starting at, past an alternative of no
// character such as "^" (0 when it does not search: anchored at the
// text's start, or a literal prefix it looks for first).
func fromEveryByte(expr string) int {
	re := regexp.MustCompile(expr)
	if p, _ := re.LiteralPrefix(); p != "" {
		return 0
	}
	prog := lazyre.Prog(expr)
	if prog.StartCond()&syntax.EmptyBeginText != 0 {
		return 0
	}
	var first [256]bool
	if !lazyre.FirstBytes(expr, &first) {
		return 256 // an empty match anywhere
	}
	n := 0
	for _, on := range first {
		if on {
			n++
		}
	}
	return n
}

// sourceExpr is an expression written in the source of a package.
type sourceExpr struct {
	pos  string // file:line
	expr string
}

// sourceExprs returns the expressions given as string constants (literals
// and their concatenations) to regexp.MustCompile, lazyre.New and the
// checker's lazyCompile, in every non-test Go file under notice/.
func sourceExprs(t *testing.T) []sourceExpr {
	var out []sourceExpr
	walkSources(t, []string{"../.."}, func(fset *token.FileSet, f *ast.File) {
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) != 1 || !compiles(call.Fun) {
				return true
			}
			if s, ok := constString(call.Args[0]); ok {
				out = append(out, sourceExpr{fset.Position(call.Pos()).String(), s})
			}
			return true
		})
	})
	return out
}

// walkSources parses every non-test Go file under roots (fpdf, a copy of
// another project, left out) and hands each to fn.
func walkSources(t *testing.T, roots []string, fn func(*token.FileSet, *ast.File)) {
	t.Helper()
	fset := token.NewFileSet()
	for _, root := range roots {
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() && (d.Name() == "fpdf" || d.Name() == "goldmark") { // upstream copies (PATCHES.md)
				return filepath.SkipDir
			}
			if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
				return nil
			}
			f, err := parser.ParseFile(fset, path, nil, 0)
			if err != nil {
				return err
			}
			fn(fset, f)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
}

// compiles reports whether fun is regexp.MustCompile or lazyre.New.
func compiles(fun ast.Expr) bool {
	sel, ok := fun.(*ast.SelectorExpr)
	if !ok {
		return false
	}
	pkg, ok := sel.X.(*ast.Ident)
	return ok && (pkg.Name == "regexp" && sel.Sel.Name == "MustCompile" || pkg.Name == "lazyre" && sel.Sel.Name == "New")
}

// constString is the value of a string literal or a sum of them.
func constString(e ast.Expr) (string, bool) {
	switch e := e.(type) {
	case *ast.BasicLit:
		if e.Kind != token.STRING {
			return "", false
		}
		s, err := strconv.Unquote(e.Value)
		return s, err == nil
	case *ast.BinaryExpr:
		if e.Op != token.ADD {
			return "", false
		}
		a, ok1 := constString(e.X)
		b, ok2 := constString(e.Y)
		return a + b, ok1 && ok2
	case *ast.ParenExpr:
		return constString(e.X)
	}
	return "", false
}
