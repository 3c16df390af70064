package check

import "github.com/thongbao/thongbao/notice/internal/lazyre"

// runInArchiveRe is a "Lưu:" run into a recipient's line after its mark:
// "- Phòng PC-NC; Lưu: VT, (PC-Tg).".
var runInArchiveRe = lazyre.New(`(?i)[;,.]\s*lưu\s*:`)

// recipientPart is a Nơi nhận line up to a Lưu run into it, its mark
// kept ("- Phòng PC-NC;"): archive-line says where the Lưu belongs, and
// its units and final period are no recipients of the line.
func recipientPart(s string) string {
	if loc := runInArchiveRe().FindStringIndex(s); loc != nil && loc[0] > 0 {
		return s[:loc[0]+1]
	}
	return s
}
