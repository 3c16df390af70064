package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// announcedRe ends the words before a cited "kết luận" that make the
// document a Thông báo of the conclusion: "Thông báo kết luận số
// 2840-TB/HU", "Thông báo ý kiến kết luận số 15/TB-VP".
var announcedRe = lazyre.New(`(?i)thông báo(?:\s+(?:ý kiến|nội dung))?\s+$`)

// announcedConclusion reports whether a citation whose type reads
// "Kết luận" cites a Thông báo kết luận: a Thông báo, whose code is TB
// (Phụ lục III), not a Party's Kết luận (KL).
func announcedConclusion(c cited) bool {
	if cite.Fold(c.Type) != cite.Fold("Kết luận") || c.TypeOff <= 0 {
		return false
	}
	before := c.seg.Text[max(0, c.TypeOff-40):c.TypeOff]
	return announcedRe().MatchString(strings.ToValidUTF8(before, ""))
}
