package check

import "github.com/thongbao/thongbao/notice/diag"

// partyArchiveLine checks the Nơi nhận of a document in the Đảng's form
// (Hướng dẫn 36-HD/VPTW, which the Đoàn and the Hội follow): its last
// line names where the copy is kept, in words or by codes ("- Lưu Văn
// phòng Đảng ủy.", "- Lưu VP, BPT."), which Nghị định 30's "- Lưu: VT,
// ...." form does not govern. A Nơi nhận with no such line at all is
// told; the line's own form is left.
func partyArchiveLine(p *Pass) {
	v := p.View
	if len(v.Recips) == 0 {
		return
	}
	for i := range v.Recips {
		if v.Recips[i].Role == RoleArchive {
			return
		}
	}
	last := &v.Recips[len(v.Recips)-1]
	if archiveRunIn(p, last) { // archive_run_in.go
		return
	}
	p.ReportAtRef(last.PosAt(0), diag.RefPartyRecipients, diag.Msg("nơi nhận không có dòng lưu (\"- Lưu Văn phòng ...\")", "Nơi nhận has no archive line (\"- Lưu Văn phòng ...\")"),
		diag.Msg("thêm dòng cuối ghi nơi lưu bản chính, như \"- Lưu Văn phòng Đảng ủy.\"", "add a last line naming where the copy is kept, e.g. \"- Lưu Văn phòng Đảng ủy.\""))
}
