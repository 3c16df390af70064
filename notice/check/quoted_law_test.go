package check

import (
	"strings"
	"testing"
)

// TestCitesProvisionAsExpression holds citesProvision, which tries its
// expression only on a text ending with a colon, to the expression
// alone, on every line of testdata, trimmed and as written.
func TestCitesProvisionAsExpression(t *testing.T) {
	for _, x := range provisionCases {
		sameCitesProvision(t, x)
	}
	for _, s := range proseTexts(t) {
		sameCitesProvision(t, s)
		sameCitesProvision(t, strings.TrimSpace(s))
	}
}

// provisionCases are leads that cite a Điều and say what it provides,
// and near misses.
var provisionCases = []string{"Điều 7 Nghị định số 167/2013/NĐ-CP quy định:", "điều 5, quy định như sau :", "Điều 5 quy định:\n", "Điều 5 quy định: ", "ĐIỀU 12a QUY ĐỊNH:", ":", "a:"}

func sameCitesProvision(t *testing.T, x string) {
	t.Helper()
	if got, want := citesProvision(x), provisionLeadRe().MatchString(x); got != want {
		t.Errorf("citesProvision(%q) = %v, the expression says %v", x, got, want)
	}
}

// FuzzCitesProvision holds citesProvision to its expression on any text.
func FuzzCitesProvision(f *testing.F) {
	for _, x := range provisionCases {
		f.Add(x)
	}
	f.Fuzz(func(t *testing.T, x string) { sameCitesProvision(t, x) })
}
