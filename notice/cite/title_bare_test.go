package cite

import "testing"

func TestBareTitle(t *testing.T) {
	for _, c := range []struct {
		line, want string
	}{
		{"THONG BAO", "THÔNG BÁO"},
		{"  QUYET  DINH ", "QUYẾT ĐỊNH"},
		{"KE HOACH", "KẾ HOẠCH"},
		{"THÔNG BAO", ""}, // a mark kept: TitleSlip's
		{"THÔNG BÁO", ""}, // written right
		{"Thong bao", ""}, // not in capitals
		{"NOTICE", ""},    // one word, English
		{"THONG BA0", ""}, // a figure: OCR's
		{"LUAT", ""},      // a name of one word
		{"THONG BAO SO", ""},
	} {
		_, got, _ := BareTitle(c.line)
		if got != c.want {
			t.Errorf("BareTitle(%q) = %q; want %q", c.line, got, c.want)
		}
	}
}
