package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
)

// DocType is the kind of document a notice is recognised as. The type
// decides the rules: a Công văn ("V/v ..." under its number, "Kính gửi")
// is checked with the common rules of thể thức and its own, never with
// those of a Thông báo.
type DocType int

// The types told apart.
const (
	ThongBao DocType = iota // THÔNG BÁO (Mẫu 1.4), the tool's own
	CongVan                 // Công văn (Mẫu 1.5): no tên loại, "V/v" under the number
	Other                   // another type with a tên loại: QUYẾT ĐỊNH, KẾ HOẠCH ...
)

// recognise reads the type from the reading: the tên loại line, else a
// "V/v" trích yếu or a "Kính gửi" line for a Công văn. A text with neither
// (a notice that lost its first page) is taken for a Thông báo.
func (v *View) recognise(subjectVV, addressee bool) {
	switch {
	case v.Title != nil:
		t, _ := cite.TitleType(v.Title.Text)
		v.TypeName = strings.ToUpper(t.Name)
		v.TypeCode = t.Code
		if t.Code != "TB" {
			v.Type = Other
		}
	case subjectVV || addressee:
		v.Type, v.TypeName = CongVan, "CÔNG VĂN"
	}
	if v.Type == ThongBao {
		v.TypeName, v.TypeCode = "THÔNG BÁO", "TB"
	}
}

// applies reports whether rule r runs on a document of type t.
func (r *Rule) applies(t DocType) bool {
	if len(r.Only) == 0 {
		return true
	}
	for _, o := range r.Only {
		if o == t {
			return true
		}
	}
	return false
}

// isVV reports a Công văn's trích yếu: "V/v ...".
func isVV(s string) bool {
	s = strings.TrimSpace(s)
	return len(s) > 3 && (strings.HasPrefix(s, "V/v") || strings.HasPrefix(s, "V/V") || strings.HasPrefix(s, "v/v"))
}
