package check

import "strings"

// A group of the issuer's own units ("- Các phòng, đơn vị thuộc Sở;",
// "- Các bộ phận trực thuộc UBND xã;") sends the notice to the bodies
// under the issuer, not to the province's other agencies: "Công an
// tỉnh", "Bộ Chỉ huy Quân sự tỉnh", a Sở or a Ủy ban nhân dân given work
// need lines of their own.

// ownUnitsOnly reports whether a Nơi nhận line in its normal form is a
// group bound by "thuộc" or "trực thuộc" to a body that has units ("thuộc
// Sở", "thuộc Trường"), and names no Sở among its kinds: "Các sở, ban
// ngành, đơn vị trực thuộc tỉnh" is every agency of the province.
func ownUnitsOnly(line string) bool {
	if !strings.HasPrefix(line, " các ") || strings.HasPrefix(line, " các sở ") {
		return false
	}
	for _, h := range ownerBodies {
		if strings.Contains(line, " thuộc "+h+" ") {
			return true
		}
	}
	return false
}

// ownerBodies are the bodies whose own units a group names after
// "thuộc": a province or a commune is not one of them.
var ownerBodies = []string{"sở", "cục", "chi cục", "trường", "viện", "trung tâm", "ban", "văn phòng", "bệnh viện", "bộ"}

// peerBody reports whether a body, in its normal form, stands beside the
// issuer rather than under it: a Sở, a Bộ, a Ủy ban nhân dân, or a body
// named with its province ("công an tỉnh"). A Chi cục or a Trung tâm
// named with its province is a Sở's own unit when the group (its normal
// form) is the Sở's: "Trung tâm Khuyến nông tỉnh", "Chi cục Kiểm lâm
// tỉnh" under "- Các phòng, đơn vị thuộc Sở;" (p94: the Sở Nông nghiệp
// và Môi trường's kết luận). One the notice asks ("Đề nghị Trung tâm
// Phục vụ hành chính công tỉnh ...") is not: an office asks what it
// cannot direct, another body's unit (t95: p94's reading could hide a
// Sở's work for the Văn phòng UBND tỉnh's Trung tâm).
func peerBody(b, group string, asked bool) bool {
	t := strings.TrimSpace(b)
	if (strings.HasPrefix(t, "chi cục ") || strings.HasPrefix(t, "trung tâm ")) && strings.Contains(group, " thuộc sở ") && !asked {
		return false
	}
	for _, head := range []string{"sở ", "bộ ", "ủy ban nhân dân ", "hội đồng nhân dân "} {
		if strings.HasPrefix(t, head) && !strings.HasPrefix(t, "bộ phận ") {
			return true
		}
	}
	return strings.HasSuffix(t, " tỉnh") || strings.HasSuffix(t, " thành phố")
}
