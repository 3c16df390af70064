package check

import "strings"

// unnamedKinds end the name of a body before its place's name: "Ủy ban
// nhân dân xã" for "Ủy ban nhân dân xã Tân An", "Sở" for "Sở Tư pháp" (the
// last word of "thị trấn", "thành phố").
var unnamedKinds = setOf("sở", "xã", "phường", "trấn", "huyện", "quận", "tỉnh", "phố")

// issuerUnnamed reports whether b (in its normal form) is the issuer
// written without its own name: "4. Ủy ban nhân dân xã tổng hợp ý kiến"
// in a notice of the Ủy ban nhân dân xã Tân An. b ends with a kind of
// place and the issuer's key ends with b and a name of three words at
// most.
func issuerUnnamed(b, issuer string) bool {
	words := strings.Fields(b)
	if len(words) == 0 || !unnamedKinds[words[len(words)-1]] {
		return false
	}
	i := strings.LastIndex(" "+issuer+" ", " "+b+" ")
	if i < 0 {
		return false
	}
	name := strings.Fields(issuer[min(len(issuer), i+len(b)):])
	return len(name) >= 1 && len(name) <= 3
}

// issuerOffice reports whether b is the issuer's own Văn phòng ("Văn
// phòng Sở", "Văn phòng Ủy ban nhân dân xã"): the office that keeps the
// notice's copy (the Lưu line) is no recipient of it. So is the issuer
// that is the Văn phòng itself, its header "UBND TỈNH LÂM ĐỒNG / VĂN
// PHÒNG" (the key "... tỉnh lâm đồng văn phòng"): "Văn phòng Ủy ban
// nhân dân tỉnh" in its kết luận is the issuer, its body above it named.
func issuerOffice(b, issuer string) bool {
	rest, ok := strings.CutPrefix(b, "văn phòng ")
	if !ok {
		return false
	}
	if parent, ok := strings.CutSuffix(issuer, " văn phòng"); ok && parent != "" && issuerOffice(b, parent) {
		return true
	}
	return len(strings.Fields(rest)) >= 2 && strings.HasSuffix(issuer, rest) || issuerUnnamed(rest, issuer)
}
