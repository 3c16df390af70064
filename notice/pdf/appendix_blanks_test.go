package pdf

import (
	"testing"
)

// TestAppendixReferenceKeepsBlanks: the reference line of a draft's
// appendix leaves the blanks for the number and the day to be written by
// hand, as the header's "Số:      /TB-UBND" does; the words of the line
// closed them up to one space ("số /TB-UBND ngày tháng 7 năm 2024").
func TestAppendixReferenceKeepsBlanks(t *testing.T) {
	_, l := layFile(t, "../../testdata/seeds/003.toml", Options{})
	gaps := map[string]float64{} // word -> the gap after it
	for _, ln := range linesOf(l, RoleAppendix) {
		for i := 0; i+1 < len(ln.boxes); i++ {
			a, b := ln.boxes[i], ln.boxes[i+1]
			gaps[a.Text] = b.X - (a.X + a.W)
		}
	}
	one := gaps["Thông"] // one space, in the same face
	if one <= 0 {
		t.Fatalf("no reference line: %v", gaps)
	}
	for _, w := range []string{"số", "ngày"} {
		if gaps[w] < 4*one {
			t.Errorf("the blank after %q is %.2f mm, one space is %.2f mm", w, gaps[w], one)
		}
	}
	if gaps["tháng"] > 1.5*one {
		t.Errorf("words of the line are %.2f mm apart", gaps["tháng"])
	}
}
