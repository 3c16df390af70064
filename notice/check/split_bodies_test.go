package check

import (
	"reflect"
	"testing"
)

// TestSplitBodiesKeepsLetters: the "và" before a body is taken off as a
// word, never as a set of letters: "văn phòng" typed in small letters
// keeps its "v" ("ăn phòng" was once read as the owner given work).
func TestSplitBodiesKeepsLetters(t *testing.T) {
	for s, want := range map[string][]string{
		"văn phòng":                      {"văn phòng"},
		"Phòng Kinh tế và Văn phòng Sở":  {"Phòng Kinh tế", "Văn phòng Sở"},
		"và văn phòng Sở":                {"văn phòng Sở"},
		"Phòng Kinh tế; và Văn phòng Sở": {"Phòng Kinh tế", "Văn phòng Sở"},
		"vận động viên; Phòng Văn hóa":   {"vận động viên", "Phòng Văn hóa"},
	} {
		if got := splitBodies(s); !reflect.DeepEqual(got, want) {
			t.Errorf("splitBodies(%q) = %q, want %q", s, got, want)
		}
	}
}
