package check

import "testing"

// TestMayNameRegion checks that regionRe finds nothing where mayNameRegion
// says no region can be named.
func TestMayNameRegion(t *testing.T) {
	for _, s := range []string{"Nam bộ", "cán bộ Tây Nguyên", "Tây nguyên", "đồng bằng Bắc bộ", "Bắc Trung bộ,", "Nam Trung bộ", "Đông Nam bộ", "cán bộ", "toàn bộ Nam Bộ"} {
		if regionRe().MatchString(s) && !(&View{}).mayNameRegion(s) {
			t.Errorf("mayNameRegion(%q) = false, but regionRe matches", s)
		}
	}
}

func FuzzMayNameRegion(f *testing.F) {
	f.Add("vùng Tây nguyên")
	f.Fuzz(func(t *testing.T, s string) {
		if regionRe().MatchString(s) && !(&View{}).mayNameRegion(s) {
			t.Errorf("mayNameRegion(%q) = false, but regionRe matches", s)
		}
	})
}
