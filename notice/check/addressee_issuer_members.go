package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
)

// memberBodyHeads open the name of a collective whose members are named
// people: a Ban Chỉ đạo's, a Hội đồng's, a Tổ công tác's members are
// officials the Nơi nhận reaches, where a credit fund's or a
// cooperative's "thành viên" are the public it tells (p99).
var memberBodyHeads = []string{"ban", "tiểu ban", "hội đồng", "tổ", "đoàn kiểm tra", "đoàn công tác", "đoàn giám sát"}

// issuerMembers reports whether part, a closing's bare "các thành viên"
// (no body named after it), is the members of the collective that issues
// the notice ("BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ" telling "các thành viên"):
// people to send the notice to, not a public told.
func issuerMembers(v *View, part string) bool {
	f := strings.TrimSpace(cite.Fold(part))
	for _, lead := range []string{"toàn thể ", "các "} {
		f = strings.TrimPrefix(f, lead)
	}
	if f != "thành viên" {
		return false
	}
	for _, l := range issuerHeaderLines(v) {
		if headedBy(strings.TrimSpace(cite.Fold(l)), memberBodyHeads) {
			return true
		}
	}
	return false
}
