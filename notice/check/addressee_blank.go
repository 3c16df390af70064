package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// blankAddressee reports a "Kính gửi:" that names nobody: nothing after
// its colon, and the paragraph under it is the body's opening sentence
// ("Thực hiện ý kiến chỉ đạo của Bộ trưởng ..., Cục ... báo cáo ..."),
// not an addressee written on the next line ("Kính gửi:" over "Hiệu
// trưởng các trường ..." or a dashed list). A table that stands between
// them may hold the addressees, so nothing is said then.
func blankAddressee(p *Pass, a *Seg) bool {
	head, rest, ok := strings.Cut(strings.TrimSpace(a.Text), ":")
	if !ok || strings.TrimSpace(head) != "Kính gửi" || strings.TrimSpace(rest) != "" || len(p.View.Body) == 0 {
		return false
	}
	b := &p.View.Body[0]
	end, first := a.PosAt(len(a.Text)), b.PosAt(0)
	if first.Line-end.Line > 3 || !bodyOpening(b.Text) {
		return false
	}
	for i := range p.View.Appendix {
		if at := p.View.Appendix[i].PosAt(0); posBefore(end, at) && posBefore(at, first) {
			return false
		}
	}
	at := strings.LastIndexByte(a.Text, ':')
	p.Report(a, at, diag.Msg("\"Kính gửi:\" không ghi nơi nhận: dòng sau đã là phần nội dung", "\"Kính gửi:\" names nobody: the next line is already the body"),
		diag.Msg("ghi tên cơ quan, tổ chức hoặc chức danh nhận văn bản sau \"Kính gửi:\"", "write the body, organisation or office it goes to after \"Kính gửi:\""))
	return true
}

// bodyOpeningRe opens the first sentence of a body: a ground ("Thực
// hiện", "Căn cứ", "Theo", "Để", "Trên cơ sở", "Sau khi", "Xét"), or
// "Nhằm", "Nhận được", "Vừa qua", "Hiện nay", "Ngày 12/3/2026".
var bodyOpeningRe = lazyre.New(`^(?:Căn cứ|Xét|Theo|Trên cơ sở|Thực hiện|Sau khi|Để|Nhằm|Nhận được|Vừa qua|Hiện nay|Ngày \d)\s`)

// bodyOpening reports whether t reads as the body's opening sentence: a
// body's opening words, and a sentence's length (twelve words or more;
// "Theo danh sách gửi kèm" may name addressees).
func bodyOpening(t string) bool {
	t = strings.TrimSpace(t)
	return bodyOpeningRe().MatchString(t) && len(strings.Fields(t)) >= 12
}
