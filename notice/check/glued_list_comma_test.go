package check

import "testing"

// gluedSamples are texts the two expressions of gluedListComma take or
// leave, with commas in every place.
var gluedSamples = []string{"ngày 6,7 và 8/4", "các khóa 18,19, 20", "Bậc 3,4", "các lớp C1,C2,C3", "khu Đ1,Đ2",
	"6,5 triệu", "1,2", ",1", "1,", "a,b", "(6,7)", "tăng 2,5%, giảm", "các ngày 11,12 tháng 3", ""}

// TestGluedAfterFigure holds gluedAfterFigure to the expressions it
// stands before: wherever one of them matches, it says yes.
func TestGluedAfterFigure(t *testing.T) {
	for _, s := range gluedSamples {
		checkGluedAfterFigure(t, s)
	}
}

func checkGluedAfterFigure(t *testing.T, s string) {
	t.Helper()
	if (gluedFiguresRe().MatchString(s) || gluedCodesRe().MatchString(s)) && !gluedAfterFigure(s) {
		t.Errorf("%q: an expression matches but gluedAfterFigure says no", s)
	}
}

// FuzzGluedAfterFigure: as TestGluedAfterFigure, on any text.
func FuzzGluedAfterFigure(f *testing.F) {
	for _, s := range gluedSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkGluedAfterFigure(t, s)
	})
}
