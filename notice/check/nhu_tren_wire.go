package check

import "strings"

// wiredTo reports whether v is a Công điện that names its addressees
// after "<CHỨC VỤ> điện:" (Phụ lục III, Mẫu 1.6): that list stands where
// a Công văn's "Kính gửi:" stands, and the Nơi nhận opens with "- Như
// trên;" for it, as the Thủ tướng's and the Chủ tịch's công điện do.
func wiredTo(v *View) bool {
	if v.TypeCode != "CĐ" {
		return false
	}
	for _, s := range v.Body {
		if strings.HasSuffix(strings.ToLower(strings.TrimSpace(s.Text)), " điện:") {
			return true
		}
	}
	return false
}
