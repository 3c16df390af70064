package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// placeAbbrevRe is an địa danh that starts with an abbreviation of its
// kind of unit: "TP. Hồ Chí Minh", "Tp.Hồ Chí Minh", "TX. Đồng Xoài".
var placeAbbrevRe = lazyre.New(`^(TP|Tp|tp|TX|Tx|TT|Q|P|H)\s*\.\s*([^,]+),`)

// placeAbbrev reports an địa danh written with an abbreviation (NĐ 30,
// Phụ lục I, Mục II, khoản 4, điểm a): a unit named after a person is
// written in full, as the decree's example "Thành phố Hồ Chí Minh"; other
// units by their proper name.
func placeAbbrev(p *Pass, s *Seg) {
	text := strings.TrimSpace(s.Text)
	m := placeAbbrevRe().FindStringSubmatch(text)
	if m == nil {
		return
	}
	written := strings.TrimSpace(text[:strings.Index(text, ",")])
	name := strings.TrimSpace(m[2])
	off := strings.Index(s.Text, m[1])
	if strings.EqualFold(m[1], "TP") && name == "Hồ Chí Minh" {
		p.Report(s, off, diag.Msg("địa danh viết tắt %q; viết đầy đủ %q", "the place is abbreviated, %q; write it in full, %q", written, "Thành phố Hồ Chí Minh"),
			diag.Msg("viết %q", "write %q", "Thành phố Hồ Chí Minh"))
		return
	}
	p.Report(s, off, diag.Msg("địa danh viết tắt %q; ghi tên địa danh, không viết tắt", "the place is abbreviated, %q; write the place's name, not an abbreviation", written),
		diag.Msg("ghi tên địa danh nơi cơ quan đóng trụ sở, không viết tắt", "write the name of the place where the office sits, not an abbreviation"))
}
