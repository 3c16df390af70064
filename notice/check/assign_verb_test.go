package check

import (
	"reflect"
	"testing"
)

// assignVerbCases are texts where findAssignVerb and assignVerbs could
// part.
var assignVerbCases = []string{"", " chủ trì", "Sở chủ trì", "Sở  \t chủ trì, phối hợp", "Sở chủ trìx thực hiện", "Sở\nthực hiện\n",
	"chủ trì", " tổ chức,", " tổ chứcx tổ chức", "a  b tham mưu cho", " kiểm tra\xff", "Phòng \xff chỉ đạo ", "x chịu trách nhiệm"}

// TestAssignVerbAsExpression holds findAssignVerb to assignVerbs on every
// line of testdata and assignVerbCases.
func TestAssignVerbAsExpression(t *testing.T) {
	for _, s := range append(proseTexts(t), assignVerbCases...) {
		sameAssignVerb(t, s)
	}
}

func sameAssignVerb(t *testing.T, s string) {
	t.Helper()
	if got, want := findAssignVerb(s), assignVerbs().FindStringIndex(s); !reflect.DeepEqual(got, want) {
		t.Fatalf("findAssignVerb(%q) = %v, the expression %v", s, got, want)
	}
}

// FuzzAssignVerb holds findAssignVerb to assignVerbs on any text.
func FuzzAssignVerb(f *testing.F) {
	for _, s := range assignVerbCases {
		f.Add(s)
	}
	f.Fuzz(sameAssignVerb)
}
