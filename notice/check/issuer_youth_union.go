package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
)

// youthUnionForm is the abbreviation the Đoàn's own form writes in its
// issuer's name: "BCH ĐOÀN HUYỆN THỌ XUÂN", "BCH TỈNH ĐOÀN ..." (Hướng dẫn
// 29-HD/TWĐTN-VP of the Ban Bí thư Trung ương Đoàn on the thể thức of the
// Đoàn's documents: "Ban Chấp hành (BCH)").
const youthUnionForm = "BCH"

// youthUnionIssuer reports whether a header with no Quốc hiệu names a
// body of the Đoàn as its issuer: a line of the issuer's name holds the
// word "ĐOÀN" not as part of "CÔNG ĐOÀN" or "LIÊN ĐOÀN" (trade unions,
// whose forms are others'). Such a document is written in the Đoàn's
// form, which Nghị định 30 does not govern.
func youthUnionIssuer(v *View, lines []*Seg) bool {
	if v.hasNationName() {
		return false
	}
	for _, s := range lines {
		words := strings.Fields(cite.Fold(strings.ToLower(s.Text)))
		for i, w := range words {
			if w == cite.Fold("đoàn") && (i == 0 || words[i-1] != cite.Fold("công") && words[i-1] != cite.Fold("liên")) {
				return true
			}
		}
	}
	return false
}
