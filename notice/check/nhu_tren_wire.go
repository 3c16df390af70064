package check

import "strings"

// wiredTo reports whether v is a Công điện that names its addressees
// after "<CHỨC VỤ> điện:" (Phụ lục III, Mẫu 1.6): that list stands where
// a Công văn's "Kính gửi:" stands, and the Nơi nhận opens with "- Như
// trên;" for it, as the Thủ tướng's and the Chủ tịch's công điện do.
// The sender's post before "điện:" is written in capitals ("CHỦ TỊCH
// ỦY BAN NHÂN DÂN TỈNH điện:"): a point that ends "... bảo đảm an toàn
// hệ thống điện:" leads its items and stands for no Kính gửi.
func wiredTo(v *View) bool {
	if v.TypeCode != "CĐ" {
		return false
	}
	for _, s := range v.Body {
		t := strings.TrimSpace(s.Text)
		n := len(t) - len(" điện:")
		if n > 0 && strings.ToLower(t[n:]) == " điện:" && isUpper(t[:n]) {
			return true
		}
	}
	return false
}
