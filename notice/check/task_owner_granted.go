package check

import "strings"

// grantedToTold reports whether an item tells those the notice tells
// (the kinds genericHeadLen reads: "cán bộ, công chức", "viên chức và người
// lao động", "học sinh") what they are given: "- Viên chức và người lao
// động của Bệnh viện ... được nghỉ ... từ thứ Bảy, ngày 27 tháng 4 năm
// 2024 đến hết thứ Tư, ngày 01 tháng 5 năm 2024". Its period is the time
// off granted, no task's deadline, and its subject is whom it concerns;
// "được giao", "được phân công" give work and are no grant.
func grantedToTold(s Seg) bool {
	text := strings.TrimLeft(strings.TrimPrefix(s.Text, s.Marker), " ")
	n := genericHeadLen(strings.ToLower(text))
	if n <= 0 {
		return false
	}
	at := passiveAt(text)
	if at < 0 || at < n || assignedAt(text[at:]) {
		return false
	}
	return findWorkVerb(text[:at]) == nil // "Cán bộ, công chức thực hiện ... được ..." is work
}
