package check

import (
	"strings"
	"testing"
)

// TestCitesProvisionAsExpression holds citesProvision and articleHead,
// which try their expressions only on a text that may match, to the
// expressions alone, on every line of testdata, trimmed and as written.
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
var provisionCases = []string{"Điều 7 Nghị định số 167/2013/NĐ-CP quy định:", "điều 5, quy định như sau :", "Điều 5 quy định:\n", "Điều 5 quy định: ", "ĐIỀU 12a QUY ĐỊNH:", ":", "a:",
	"Điều 5.Vi phạm", "điều 3. Nguyên tắc", "Chương I", "MỤC 2. A", "Phần thứ hai", "chương 2.", "Điều 8 của Quy chế", "Qúy định:", "Điều 1 QUy   định  :"}

func sameCitesProvision(t *testing.T, x string) {
	t.Helper()
	if got, want := citesProvision(x), provisionLeadRe().MatchString(x); got != want {
		t.Errorf("citesProvision(%q) = %v, the expression says %v", x, got, want)
	}
	if got, want := articleHead(x), articleHeadRe().MatchString(x); got != want {
		t.Errorf("articleHead(%q) = %v, the expression says %v", x, got, want)
	}
}

// FuzzCitesProvision holds citesProvision to its expression on any text.
func FuzzCitesProvision(f *testing.F) {
	for _, x := range provisionCases {
		f.Add(x)
	}
	f.Fuzz(func(t *testing.T, x string) { sameCitesProvision(t, x) })
}
