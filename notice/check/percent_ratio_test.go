package check

import (
	"strings"
	"testing"
)

// TestReadShare holds the reading of a share with its two figures: what
// is read, and where no share of two figures stands.
func TestReadShare(t *testing.T) {
	for _, c := range []struct {
		s, a, b, p string
		agrees     bool
	}{
		{"thu hồi được 14,2 ha trên tổng số 18,6 ha (đạt 76,3%)", "14,2", "18,6", "76,3", true},
		{"thu hồi được 14,2 ha trên tổng số 18,6 ha (đạt 67,3%)", "14,2", "18,6", "67,3", false},
		{"vận động được 94/118 hộ, đạt 79,7%", "94", "118", "79,7", true},
		{"vận động được 94/118 hộ, đạt 79,6%", "94", "118", "79,6", true}, // cut, not rounded
		{"vận động được 94/118 hộ, đạt 79,5%", "94", "118", "79,5", false},
		{"giải ngân 16,4/22,5 tỷ đồng, bằng 72,9%", "16,4", "22,5", "72,9", true},
		{"86 hộ trên tổng số 112 hộ, chiếm 77%", "86", "112", "77", true},
		{"2/3 số hộ (đạt 66,7%)", "2", "3", "66,7", true},
		{"giải ngân 120 tỷ đồng/300 tỷ đồng, đạt 40%", "120", "300", "40", true},
		{"giải ngân 120/200 tỷ đồng, đạt 60,2%", "120", "200", "60,2", true}, // rounded amounts
		{"có 120/200 hộ, đạt 60,2%", "120", "200", "60,2", false},
		{"đạt 1.250/1.300 chỉ tiêu (96%)", "1.250", "1.300", "96", true},
	} {
		i := strings.IndexByte(c.s, '%')
		r, ok := readShare(c.s, i)
		if !ok || r.aText != c.a || r.bText != c.b || r.pText != c.p || r.agrees() != c.agrees {
			t.Errorf("%q: read %v %+v, agrees %v; want %s/%s %s%%, agrees %v", c.s, ok, r, r.agrees(), c.a, c.b, c.p, c.agrees)
		}
	}
	for _, s := range []string{
		"đến hết ngày 30/11, đạt 100%",
		"đến 05/12 đạt 80%",
		"thu hồi 14,2/18,6 ha, tăng 12%",
		"đạt gần 80%",
		"Quyết định số 1633/QĐ-UBND ngày 19/5/2017 của UBND tỉnh), đạt 100%",
		"hết ngày 16/7/2015: huy động 100%",
		"1 thí sinh/1 chỉ tiêu đạt 50%",
		"15/20 xã đạt 100% chỉ tiêu",
		"%",
		"5%",
		"/5 đạt 5%",
	} {
		if r, ok := readShare(s, strings.LastIndexByte(s, '%')); ok {
			t.Errorf("%q: read %+v, want no share of two figures", s, r)
		}
	}
}

// FuzzReadShare: any text, any "%" in it, reads without a fault, and a
// share read lies inside the text.
func FuzzReadShare(f *testing.F) {
	f.Add("thu hồi được 14,2 ha trên tổng số 18,6 ha (đạt 67,3%)")
	f.Add("94/118 hộ, đạt 97,7%")
	f.Add("/ trên %")
	f.Fuzz(func(t *testing.T, s string) {
		for i := 0; i < len(s); i++ {
			if s[i] != '%' {
				continue
			}
			r, ok := readShare(s, i)
			if ok && (r.at < 0 || r.at >= i || r.b.v < 0) {
				t.Fatalf("%q at %d: share read at %d", s, i, r.at)
			}
			if ok {
				_ = r.agrees()
				_ = r.computed()
			}
		}
	})
}
