package check

import (
	"reflect"
	"testing"
)

// subjectCases are texts where subjectMatches and its expression could
// part: a match at the start, a word right after another, spaces of
// every kind before it, a character of several bytes before them.
var subjectCases = []string{"của Chính phủ Quy định chi tiết", "về việc Phê duyệt kế hoạch", "về  Công bố", "Quy định chi tiết",
	"về việc\tBan hành quy chế", "vềviệc Tổ chức hội", "về việc về Quy định Ban hành x", "ễ\nQuy định x", "Quy định Ban hành x",
	"x về việc  \r\n Tổ chức đại hội, về Cử cán bộ", "Cửa hàng về Cử đi", "\xe1 Quy định y", "a \xe1\xbb Quy định y", "đQuy định y", "ề Quy định a, Ban hành b"}

// TestSubjectMatches holds subjectMatches to subjectUpperRe on every
// line of testdata and on subjectCases.
func TestSubjectMatches(t *testing.T) {
	for _, s := range append(proseTexts(t), subjectCases...) {
		sameSubjectMatches(t, s)
	}
}

func sameSubjectMatches(t *testing.T, s string) {
	t.Helper()
	got, want := subjectMatches(s), subjectUpperRe().FindAllStringSubmatchIndex(s, -1)
	if len(got) != 0 || len(want) != 0 {
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("subjectMatches(%q) = %v, the expression %v", s, got, want)
		}
	}
}

// FuzzSubjectMatches holds subjectMatches to subjectUpperRe on any text.
func FuzzSubjectMatches(f *testing.F) {
	for _, s := range subjectCases {
		f.Add(s)
	}
	f.Fuzz(sameSubjectMatches)
}
