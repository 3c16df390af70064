package plain

import "testing"

// TestPageEnactVerb: on a page's text layer "QUYẾT ĐỊNH:" under the last
// ground, which ends with a comma, stands apart from it.
func TestPageEnactVerb(t *testing.T) {
	for _, c := range []struct{ p, s string }{
		{"Xét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 311/TTr-SNV ngày 11/11/2013,", "QUYẾT ĐỊNH:"},
		{"Theo đề nghị của Chánh Văn phòng Hội đồng nhân dân tỉnh,", "QUYẾT NGHỊ:"},
	} {
		if pageGoesOn(c.p, c.s, 86) {
			t.Errorf("%q under %q goes on with it, want apart", c.s, c.p)
		}
	}
	if !pageGoesOn("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015,", "Luật sửa đổi", 86) {
		t.Errorf("a ground's rest after a comma reads apart, want it to go on")
	}
}
