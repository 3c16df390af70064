package check

import "testing"

// TestFindWorkVerb holds findWorkVerb to the owner each text gives: the
// words before the verb it finds.
func TestFindWorkVerb(t *testing.T) {
	cases := []struct{ text, owner string }{
		{"Phòng Y tế lập danh sách hộ nghèo", "Phòng Y tế"},
		{"Ban Chỉ đạo thành lập Tổ giúp việc theo dõi tiến độ", "Ban Chỉ đạo thành lập Tổ giúp việc"},
		{"Đoàn vận động viên của tỉnh tổ chức tập huấn", "Đoàn vận động viên của tỉnh"},
		{"Ban Quản lý thành lập tổ chức đánh giá", "Ban Quản lý thành lập"},
		{"Tổ vận động quyên góp tiếp tục tổ chức vận động", "Tổ vận động quyên góp"},
		{"Ban giám sát đầu tư của cộng đồng xã theo dõi việc thi công", "Ban giám sát đầu tư của cộng đồng xã"},
		{"Trạm Thú y giám sát việc khắc phục", "Trạm Thú y"},
		{"Ban chủ trì, phối hợp với các phòng rà soát", "Ban"},
		{"Hội bố trí hội trường", "Hội"},
		{"Ủy ban nhân dân xã độc lập", ""},
		{"Các đoàn nghiên cứu khoa học tiếp tục thu thập mẫu", "Các đoàn nghiên cứu khoa học"},
		{"Các ban nghiên cứu, tham mưu cho Ủy ban nhân dân tỉnh", "Các ban"},
	}
	for _, c := range cases {
		m := findWorkVerb(c.text)
		got := ""
		if m != nil {
			got = c.text[:m[0]]
		}
		if got != c.owner {
			t.Errorf("findWorkVerb(%q): owner %q, want %q", c.text, got, c.owner)
		}
	}
}
