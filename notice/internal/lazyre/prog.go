package lazyre

import "regexp/syntax"

// Prog is the program the regexp package runs for expr (regexp.compile:
// Parse with the Perl flags, Simplify, Compile). It panics when expr does
// not compile, as regexp.MustCompile does: its callers take expressions
// the package's own tests compile.
func Prog(expr string) *syntax.Prog {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		panic(err)
	}
	prog, err := syntax.Compile(re.Simplify())
	if err != nil {
		panic(err)
	}
	return prog
}
