package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
)

// weighingParts open a part that gives work after it weighs what was done:
// the conclusion's own part ("II. Ý KIẾN KẾT LUẬN", "Kết luận của Chủ
// tịch", "Ý kiến chỉ đạo") opens with "1. Đánh giá chung" or "1. Đánh
// giá kết quả ..." before "2. Nhiệm vụ thời gian tới". A part named by
// its tasks ("II. NHIỆM VỤ NĂM 2027") weighs nothing: an "Đánh giá"
// heading under it is work to do.
var weighingParts = []string{"kết luận", "chỉ đạo"}

// weighsDone reports whether the heading or paragraph s opens a part that
// weighs what was done before it gives work (weighingParts, after a
// heading's lead such as "Ý kiến").
func weighsDone(s Seg) bool {
	return opensWith(cite.Fold(strings.TrimPrefix(s.Text, s.Marker)), weighingParts)
}
