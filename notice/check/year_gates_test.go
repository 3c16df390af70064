package check

import (
	"testing"

	"github.com/thongbao/thongbao/notice/internal/testlines"
)

// TestOddYearDigitsGate holds oddYearDigits no narrower than the years
// dateUnrealLong says: on every line of testdata and on texts made of the
// bytes it reads, a text the gate turns away has no match of
// longDateYearRe whose year has three figures, or five and more.
func TestOddYearDigitsGate(t *testing.T) {
	texts := append(proseTexts(t), "ngày 1 tháng 2 năm 202", "NGÀY 1 THÁNG 2 NĂM 20226", "ngày 1 tháng 2 nĂm\t\f938x", "ngày 1 tháng 2 năm2026")
	texts = append(texts, testlines.Random([]string{"ngày 1 tháng 2 năm", "NGÀY 1 THÁNG 2 NĂM", "ngày 1 tháng 2 nĂm", "Ă", "m", "n", " ", "\t", "\v", "2", "20", "202", "x", "\xc4"}, 20000, 8, 101)...)
	said := 0
	for _, s := range texts {
		odd := false
		for _, m := range longDateYearRe().FindAllStringSubmatchIndex(s, -1) {
			if n := m[7] - m[6]; n == 3 || n >= 5 {
				odd = true
			}
		}
		if odd {
			said++
		}
		if odd && !oddYearDigits(s) {
			t.Errorf("oddYearDigits(%q) = false, but the expression finds a year of three or five figures", s)
		}
	}
	if said < 100 {
		t.Errorf("%d texts hold a year of three or five figures, want 100 at least", said)
	}
}

// TestSpacedThousandGate holds spacedThousand no narrower than
// spaceGroupedSumRe, on every line of testdata and on texts made of the
// bytes both read.
func TestSpacedThousandGate(t *testing.T) {
	texts := append(proseTexts(t), "100 000 đồng", "1 500 000 VNĐ", "9 999VND")
	texts = append(texts, testlines.Random([]string{"1", "00", "000", " 000", " ", "đồng", " đồng", "VNĐ", "VND", ".", "x"}, 20000, 8, 102)...)
	matched := 0
	for _, s := range texts {
		m := spaceGroupedSumRe().MatchString(s)
		if m {
			matched++
		}
		if m && !spacedThousand(s) {
			t.Errorf("spacedThousand(%q) = false, but spaceGroupedSumRe matches", s)
		}
	}
	if matched < 100 {
		t.Errorf("spaceGroupedSumRe matches %d texts, want 100 at least", matched)
	}
}
