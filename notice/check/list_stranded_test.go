package check

import "testing"

// strandedCases are ends of paragraphs where strandedAt and strandedRe
// could part.
var strandedCases = []string{
	"", ".", "1.2.", " 1.2.", "a 1.2.", "a 12.34.", "a 123.4.", "a 1.234.", "a\t1.2.", "a\n12.3.", "a\u00a01.2.", "a 1.2", "a 1..2.",
	"a 1.2.3.", "a1.2.", "a .2.", "a 1.2. ", "x 1 12.3.", "(1.2.", "a\r9.99.", "a\f0.0.", "a\v1.2.",
}

// TestStrandedAt holds strandedAt to strandedRe on every line of
// testdata and the cases above.
func TestStrandedAt(t *testing.T) {
	for _, s := range append(proseTexts(t), strandedCases...) {
		sameStranded(t, s)
	}
}

func sameStranded(t *testing.T, s string) {
	t.Helper()
	want := -1
	if m := strandedRe().FindStringSubmatchIndex(s); m != nil {
		want = m[2]
	}
	if got := strandedAt(s); got != want {
		t.Fatalf("strandedAt(%q) = %d, the expression %d", s, got, want)
	}
}

// FuzzStrandedAt holds strandedAt to strandedRe on any text.
func FuzzStrandedAt(f *testing.F) {
	for _, s := range strandedCases {
		f.Add(s)
	}
	f.Fuzz(sameStranded)
}
