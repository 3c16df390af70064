package cite

import (
	"strings"
	"testing"
)

func TestFormTitle(t *testing.T) {
	for _, s := range []string{"PHIẾU GIẢI QUYẾT VĂN BẢN ĐẾN", "PHIẾU GIẢI QUYẾT CÔNG VĂN", "SỔ ĐĂNG KÝ VĂN BẢN ĐI", " PHIẾU XIN Ý KIẾN "} {
		if !FormTitle(s) {
			t.Errorf("FormTitle(%q) = false, want a form of Phụ lục IV", s)
		}
	}
	for _, s := range []string{"PHIẾU GỬI", "PHIẾU BÁO", "THÔNG BÁO", "PHIẾU", "SỔ TAY", "Phiếu giải quyết văn bản đến", "PHIẾU ĐĂNG KÝ: HỌ TÊN", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"} {
		if FormTitle(s) {
			t.Errorf("FormTitle(%q) = true, want no form", s)
		}
	}
}

// TestTitleTypeTable: every tên loại of Phụ lục III's table is read as
// its type, in capitals, however its marks are placed.
func TestTitleTypeTable(t *testing.T) {
	for _, d := range adminTypes {
		if d.Code == "" {
			continue
		}
		got, ok := TitleType(strings.ToUpper(d.Name))
		if !ok || got.Code != d.Code {
			t.Errorf("TitleType(%q) = %v, %v; want %s", strings.ToUpper(d.Name), got, ok, d.Code)
		}
	}
	for _, s := range []string{"GIẤY UỶ QUYỀN", "BẢN THOẢ THUẬN"} {
		if _, ok := TitleType(s); !ok {
			t.Errorf("TitleType(%q) not read", s)
		}
	}
}
