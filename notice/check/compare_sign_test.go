package check

import (
	"strings"
	"testing"
)

// TestFirstCompareSign pins which typed signs stand in prose: a sign in
// a sentence is, one inside a web address with or without its scheme,
// or in a clause of code with no word of prose, is not.
func TestFirstCompareSign(t *testing.T) {
	for _, c := range []struct {
		text  string
		prose bool
	}{
		{"Sinh viên có (điểm trung bình >=7.0), điểm rèn luyện tốt", true},
		{"Vào mục Tiện ích => Tra cứu để xem kết quả.", true},
		{"Tra cứu tại thcskhanhbinh.edu.vn/tra-cuu?diem>=8 trên trang của trường.", false},
		{"Tra cứu tại (tuyensinh.vn?diem>=8) trên trang của trường.", false},
		{"Tra cứu tại https://thcs.edu.vn/?q=a=>b trên trang của trường.", false},
		{"Lệnh lọc danh sách: SELECT * FROM hocsinh WHERE diem >= 8; sau đó gửi về văn phòng.", false},
		{"Nhập công thức “=IF(B2>=8;1;0)” vào ô kết quả.", false},
		{"Học sinh có điểm ≥ 8,0 được xét.", false},
	} {
		want := -1
		if c.prose {
			want = strings.IndexAny(c.text, "<=>")
		}
		if at, _ := firstCompareSign(c.text); at != want {
			t.Errorf("firstCompareSign(%q) = %d, want %d", c.text, at, want)
		}
	}
}

// FuzzFirstCompareSign holds firstCompareSign and signContext to a sign
// of compareSigns inside the text, on any text.
func FuzzFirstCompareSign(f *testing.F) {
	for _, s := range []string{"điểm >=7", "a=>b", "=> Chọn", "x.vn/?a>=1 điểm", "Lệnh: a >= 1; đó", "(\xff>= ạ", "ạ <=", "=>", "<=>"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		at, k := firstCompareSign(s)
		if at < 0 {
			return
		}
		sign := compareSigns[k].sign
		if !strings.HasPrefix(s[at:], sign) {
			t.Fatalf("firstCompareSign(%q) = %d, %d: no %q there", s, at, k, sign)
		}
		_ = signContext(s, at, len(sign))
	})
}
