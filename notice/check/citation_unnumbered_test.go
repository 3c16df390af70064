package check

import (
	"reflect"
	"testing"
)

var groundCases = []string{
	"Căn cứ Kế hoạch của UBND", "- Căn cứ vào Quyết định của A", "–\tThực hiện Công văn của B", "•Căn cứ Thông báo", "+  \n Thực hiện kế hoạch x",
	"* Căn cứ Kế hoạch", " Căn cứ Kế hoạch", "-- Căn cứ Kế hoạch", "\xe2Căn cứ Kế hoạch", "Căn cứ", "Thực hiện  Tờ trình,", "- \u00a0Căn cứ Kế hoạch",
}

// TestGroundOpeningAsExpression holds groundOpening to unnumberedGroundRe
// on every line of testdata and on groundCases.
func TestGroundOpeningAsExpression(t *testing.T) {
	for _, s := range append(proseTexts(t), groundCases...) {
		sameGroundOpening(t, s)
	}
}

func sameGroundOpening(t *testing.T, s string) {
	t.Helper()
	if got, want := groundOpening(s), unnumberedGroundRe().FindStringSubmatchIndex(s); !reflect.DeepEqual(got, want) {
		t.Fatalf("groundOpening(%q) = %v, the expression %v", s, got, want)
	}
}

// FuzzGroundOpening holds groundOpening to unnumberedGroundRe on any text.
func FuzzGroundOpening(f *testing.F) {
	for _, s := range groundCases {
		f.Add(s)
	}
	f.Fuzz(sameGroundOpening)
}
