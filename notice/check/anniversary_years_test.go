package check

import (
	"strings"
	"testing"
)

// TestReadAnniversary holds what "N năm ... (Y1 - Y2)" reads, and where
// it reads nothing.
func TestReadAnniversary(t *testing.T) {
	for _, c := range []struct {
		s         string
		n, y1, y2 int
	}{
		{"chào mừng 82 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 - 22/12/2026)", 82, 1944, 2026},
		{"kỷ niệm 47 năm chiến thắng (30/4/1975- 30/4/2001)", 47, 1975, 2001},
		{"Chiến lược 10 năm (2021 – 2030)", 10, 2021, 2030},
	} {
		a, ok := readAnniversary(c.s, strings.Index(c.s, " năm "))
		if !ok || a.n != c.n || a.y1 != c.y1 || a.y2 != c.y2 {
			t.Errorf("%q: read %v %+v, want %d (%d - %d)", c.s, ok, a, c.n, c.y1, c.y2)
		}
	}
	for _, s := range []string{
		"ngày 06 tháng 10 năm 2023 của UBND quận về kỷ niệm (10/10/1954 – 10/10/2023)",
		"gắn bó hơn 20 năm (1995 - 2026)",
		"sau 3 năm thực hiện; (2023 - 2026)",
		"trong 5 năm (giai đoạn 2021 - 2025)",
		"5 năm (32/13/2021 - 2025)",
		" năm ",
	} {
		if a, ok := readAnniversary(s, strings.Index(s, " năm ")); ok {
			t.Errorf("%q: read %+v, want nothing", s, a)
		}
	}
}

// TestSameDaySpan: an anniversary's span, one day and month at both ends,
// counts Y2 − Y1 years only ("97 năm ... (03/02/1930 - 03/02/2026)" is
// 96); a period's ends differ and may count the years whole.
func TestSameDaySpan(t *testing.T) {
	for s, want := range map[string]bool{
		"03/02/1930 - 03/02/2026": true,
		"3/2/1930 – 03/02/2026":   true,
		"01/01/2021 - 31/12/2030": false,
		"1930 - 2026":             false,
		"03/02/1930 - 2026":       false,
	} {
		if got := sameDaySpan(s); got != want {
			t.Errorf("sameDaySpan(%q) = %v, want %v", s, got, want)
		}
	}
}

// FuzzReadAnniversary: any text reads without a fault, and a count read
// stands before its " năm ".
func FuzzReadAnniversary(f *testing.F) {
	f.Add("chào mừng 82 năm Ngày thành lập (22/12/1944 - 22/12/2026)")
	f.Add("5 năm (2021-2025)")
	f.Fuzz(func(t *testing.T, s string) {
		for at := 0; ; {
			i := strings.Index(s[at:], " năm ")
			if i < 0 {
				return
			}
			i += at
			at = i + 1
			if a, ok := readAnniversary(s, i); ok && (a.at < 0 || a.at >= i || a.y2 <= a.y1) {
				t.Fatalf("%q: read %+v at %d", s, a, i)
			}
		}
	})
}
