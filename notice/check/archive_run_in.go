package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
)

// archiveRunIn reports the "Lưu:" of a Nơi nhận with no "- Lưu:" line
// that stands run into the last recipient's line after its mark: typed
// on that line ("- Phòng PC-NC; Lưu: VT, (PC-Tg).") or on a line of its
// own without the dash, which the reader joins to the line above
// ("- Phòng Kế hoạch - Tài chính;" / "Lưu: VT, CTSV."). It is told at
// the "Lưu", and reports whether it was there.
func archiveRunIn(p *Pass, last *Seg) bool {
	loc := runInArchiveRe().FindStringIndex(last.Text)
	if loc == nil || loc[0] == 0 {
		return false
	}
	at := loc[0] + 1 + len(last.Text[loc[0]+1:]) - len(strings.TrimLeft(last.Text[loc[0]+1:], " \t\r\n"))
	fix := diag.Msg("viết \"- Lưu: VT, <đơn vị soạn thảo>.\" trên một dòng riêng, dòng cuối của nơi nhận", "write \"- Lưu: VT, <drafting unit>.\" on a line of its own, the last of Nơi nhận")
	if last.LineAt(at) != last.LineAt(loc[0]) {
		// on a line of its own: only the dash is missing, and the
		// clerk must not be told the line is not his own
		p.Report(last, at, diag.Msg("dòng \"Lưu:\" thiếu dấu \"- \" ở đầu dòng", "the \"Lưu:\" line has no \"- \" at its head"), fix)
		return true
	}
	p.Report(last, at, diag.Msg("dòng \"Lưu:\" không có dấu \"- \" và không đứng riêng ở cuối nơi nhận", "the \"Lưu:\" line has no \"- \" and does not stand on its own at the end of Nơi nhận"), fix)
	return true
}
