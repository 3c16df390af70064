package check

import "testing"

// gluedSamples are texts the two expressions of gluedListComma take or
// leave, with commas in every place.
var gluedSamples = []string{"ngày 6,7 và 8/4", "các khóa 18,19, 20", "Bậc 3,4", "các lớp C1,C2,C3", "khu Đ1,Đ2",
	"6,5 triệu", "1,2", ",1", "1,", "a,b", "(6,7)", "tăng 2,5%, giảm", "các ngày 11,12 tháng 3", ""}

// TestGluedAfterFigure holds gluedAfterFigure to the expressions it
// stands before: wherever one of them matches, it says yes for that one,
// on the samples and every line of testdata.
func TestGluedAfterFigure(t *testing.T) {
	found := 0
	for _, s := range append(proseTexts(t), gluedSamples...) {
		if checkGluedAfterFigure(t, s) {
			found++
		}
	}
	if found < 50 {
		t.Errorf("the expressions match %d texts, want 50 at least: the lines were not read", found)
	}
}

// checkGluedAfterFigure checks gluedAfterFigure on s, and reports whether
// an expression matches s.
func checkGluedAfterFigure(t *testing.T, s string) bool {
	t.Helper()
	figures, codes := gluedAfterFigure(s)
	f, c := gluedFiguresRe().MatchString(s), gluedCodesRe().MatchString(s)
	if f && !figures {
		t.Errorf("%q: gluedFiguresRe matches but gluedAfterFigure says no figure after a comma", s)
	}
	if c && !codes {
		t.Errorf("%q: gluedCodesRe matches but gluedAfterFigure says no capital after a comma", s)
	}
	return f || c
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
