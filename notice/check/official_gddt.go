package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// gdSpaceDtRe is the short name of an education office written with a
// space where "&" joins its two parts: "Phòng GD ĐT huyện Bắc Tân Uyên"
// for "Phòng GD&ĐT".
var gdSpaceDtRe = lazyre.New(`(?:^|[^\p{L}])((?:Phòng|Sở|Bộ) GD ĐT)(?:[^\p{L}]|$)`)

// gdSpaceDt reports, for official-name, the short name of a Phòng, Sở or
// Bộ Giáo dục và Đào tạo written "GD ĐT", with a space and no "&"
// (Phụ lục II's short names keep their "&": "Phòng GD&ĐT"), once, where
// it first stands.
func gdSpaceDt(p *Pass) {
	for _, seg := range withSegs(p.View.Texts()) {
		if !containsLit(seg.Text, "GD ĐT") {
			continue
		}
		if m := gdSpaceDtRe().FindStringSubmatchIndex(seg.Text); m != nil {
			w := seg.Text[m[2]:m[3]]
			fixed := strings.Replace(w, "GD ĐT", "GD&ĐT", 1)
			p.Report(seg, m[2], diag.Msg("%q: tên viết tắt của cơ quan thiếu dấu \"&\"", "%q: the office's short name lacks its \"&\"", w),
				diag.Msg("viết %q", "write %q", fixed))
			return
		}
	}
}
