package cite

import "testing"

func TestTitleSlip(t *testing.T) {
	for _, c := range []struct{ line, right string }{
		{"THÔNG BAO", "THÔNG BÁO"},
		{"THONG BÁO", "THÔNG BÁO"},
		{"THÔNG BẢO", "THÔNG BÁO"},
		{"QUYÊT ĐỊNH", "QUYẾT ĐỊNH"},
		{"BAO CÁO", "BÁO CÁO"},
		{"KẾ HOACH", "KẾ HOẠCH"},
		{"GIÂY MỜI", "GIẤY MỜI"},
		{" TỜ TRINH ", "TỜ TRÌNH"},
		{"THÔNG BÁO", ""},      // written right: TitleType's
		{"THÔNG CÁO", ""},      // another type
		{"THONG BAO", ""},      // no mark kept: a text typed without marks
		{"THÔNG BÁ0", ""},      // OCR's zero: no slip of marks
		{"Thông bao", ""},      // not in capitals
		{"LUÂT", ""},           // one word: no slip read
		{"THÔNG BAO SỐ 5", ""}, // more than the name
	} {
		_, right, ok := TitleSlip(c.line)
		if ok != (c.right != "") || right != c.right {
			t.Errorf("TitleSlip(%q) = %q, %v; want %q", c.line, right, ok, c.right)
		}
	}
}
