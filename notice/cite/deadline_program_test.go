package cite

import (
	"regexp"
	"regexp/syntax"
	"strings"
	"testing"
)

// TestDeadlineReProgram holds the deadline expressions, whose counted
// repeats are written out (d12, d4), to the program of the same
// expressions with the counted repeats: they are one program.
func TestDeadlineReProgram(t *testing.T) {
	counted := strings.NewReplacer(d4, `\d{4}`, d12, `\d{1,2}`)
	for _, re := range []*regexp.Regexp{deadlineRe(), bareDateRe(), bareMonthRe(), bareQuarterRe()} {
		expr := re.String()
		old := counted.Replace(expr)
		if old == expr || strings.Contains(old, d12) {
			t.Fatalf("%q: no counted repeat to put back", expr)
		}
		if got, want := program(t, expr), program(t, old); got != want {
			t.Errorf("%q compiles to another program than %q", expr, old)
		}
	}
}

func program(t *testing.T, expr string) string {
	t.Helper()
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		t.Fatal(err)
	}
	p, err := syntax.Compile(re.Simplify())
	if err != nil {
		t.Fatal(err)
	}
	return p.String()
}
