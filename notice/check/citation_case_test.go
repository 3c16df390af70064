package check

import "testing"

// TestHasSubjectVerb holds the test before subjectUpperRe to the
// expression on every line of testdata: wherever it matches, the test
// must let it run.
func TestHasSubjectVerb(t *testing.T) {
	for _, s := range append(proseTexts(t), "của Chính phủ Quy định chi tiết", "về việc Phê duyệt kế hoạch", "về  Công bố") {
		subjectVerbBefore(t, s)
	}
}

func subjectVerbBefore(t *testing.T, s string) {
	t.Helper()
	if subjectUpperRe().MatchString(s) && !hasSubjectVerb(s) {
		t.Fatalf("subjectUpperRe matches %q, hasSubjectVerb says it cannot", s)
	}
}

// FuzzHasSubjectVerb holds the test before subjectUpperRe to the
// expression on any text.
func FuzzHasSubjectVerb(f *testing.F) {
	f.Add("ngày 01/7/2025 của Chính phủ Quy định chi tiết")
	f.Add("về việc\tBan hành quy chế")
	f.Fuzz(subjectVerbBefore)
}
