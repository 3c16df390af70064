package check

import "testing"

func TestFieldOpens(t *testing.T) {
	for s, want := range map[string]bool{
		"Tiền hồ sơ tham gia đấu giá: 200.000 đồng/01 hồ sơ.":         true,
		"Với nội dung trên, HĐND huyện thông báo để các đơn vị biết.": false,
		"Thời gian: từ ngày 10/6/2021.":                               true,
		": lời dẫn":                                                   false,
		"Trên cơ sở Lễ phát động của Ủy ban nhân dân quận Cầu Giấy, các phường tổ chức: ...": false,
	} {
		if got := fieldOpens(s); got != want {
			t.Errorf("fieldOpens(%q) = %v, want %v", s, got, want)
		}
	}
}
