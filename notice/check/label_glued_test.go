package check

import "testing"

var gluedLabelCases = []string{"", "1.Về", "1. Về", "2.1.Đối với", "1.ĐỐI TƯỢNG TUYỂN SINH", "c)Thả rông", "đ)Các", "2)Các hộ",
	"Điều 5.Vi phạm", "12.3)A", "1..Ab", "a)", "1.", "x", "1)", ".Ab", "123.Ab", "1.2.3.Ab", "b) Ab"}

// TestMayGlueLabel checks that gluedLabelRe matches no text mayGlueLabel
// rules out.
func TestMayGlueLabel(t *testing.T) {
	for _, s := range gluedLabelCases {
		if gluedLabelRe().MatchString(s) && !mayGlueLabel(s) {
			t.Errorf("mayGlueLabel(%q) = false, but gluedLabelRe matches", s)
		}
	}
}

func FuzzMayGlueLabel(f *testing.F) {
	for _, s := range gluedLabelCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if gluedLabelRe().MatchString(s) && !mayGlueLabel(s) {
			t.Errorf("mayGlueLabel(%q) = false, but gluedLabelRe matches", s)
		}
	})
}
