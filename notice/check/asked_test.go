package check

import (
	"regexp"
	"testing"
)

// askedExpr is what asksSomeone finds, as an expression.
const askedExpr = `(?i)(?:^|[^\p{L}])(?:đề nghị|yêu cầu|giao)\s+\p{L}`

var askedCases = []string{
	"", "giao", "giao ", "giao x", "Giao\tPhòng", "bàn giao cho", "(giao việc", "GIAO  a", "giao\u00a0Phòng",
	"Đề nghị các đơn vị", "ĐỀ NGHỊ 1", "đề nghị\u0345", "xđề nghị a", "1yêu cầu b", "Yêu Cầu\n\nTrưởng",
	"thông báo; yêu cầu các phòng quán triệt", "giao\xff a", "\xffgiao a", "ǅgiao a", "\u0345giao a",
	"đề nghi a", "giao ⓐ", "giao Ⓐ",
}

// sameAsked checks asksSomeone against askedExpr on s.
func sameAsked(t *testing.T, s string) {
	if want, got := regexp.MustCompile(askedExpr).MatchString(s), asksSomeone(s); got != want {
		t.Errorf("asksSomeone(%q) = %v, the expression says %v", s, got, want)
	}
}

// TestAsksSomeone holds asksSomeone to askedExpr.
func TestAsksSomeone(t *testing.T) {
	for _, s := range askedCases {
		sameAsked(t, s)
	}
}

func FuzzAsksSomeone(f *testing.F) {
	for _, s := range askedCases {
		f.Add(s)
	}
	f.Fuzz(sameAsked)
}
