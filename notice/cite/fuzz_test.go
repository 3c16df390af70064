package cite

import "testing"

// FuzzFindDeadlines checks that found deadlines quote the text they come
// from and that reading any string never panics.
func FuzzFindDeadlines(f *testing.F) {
	for _, s := range []string{
		"hoàn thành **trước ngày 28/02/2023**", "Thời hạn hoàn thành: **Tháng 02/2025**",
		"định kỳ hàng tháng (trước ngày 20)", "bắt đầu từ tháng 5 năm 2024", "trong quý IV/2024",
		"trước ngày 99/99/9999", "trước tháng 0/0",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, d := range FindDeadlines(s) {
			if d.Off < 0 || d.End > len(s) || d.Off > d.End || s[d.Off:d.End] != d.Text {
				t.Fatalf("deadline %+v does not quote %q", d, s)
			}
			d.Span()
			d.Phrase()
		}
		if d, err := ParseDeadline(s); err == nil && !d.IsReal() {
			t.Fatalf("ParseDeadline(%q) accepted an unreal date: %+v", s, d)
		}
	})
}

// FuzzParseNumber checks that a parsed number gives back its code.
func FuzzParseNumber(f *testing.F) {
	for _, s := range []string{"12/TB-UBND", "/TB-UBND", "30/2020/NĐ-CP", "13-NQ/TU", "4979/UBND-KGVX", "1-/"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := ParseNumber(s)
		if err != nil {
			return
		}
		if n.Code() == "" || n.Issuer == "" {
			t.Fatalf("ParseNumber(%q) = %+v without a code", s, n)
		}
	})
}
