package check

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// gdSpaceDtRe is the short name of an education office written with a
// space where "&" joins its two parts: "Phòng GD ĐT huyện Bắc Tân Uyên"
// for "Phòng GD&ĐT".
var gdSpaceDtRe = lazyre.New(`(?:Phòng|Sở|Bộ) GD ĐT(?:[^\p{L}]|$)`)

// gdSpaceDt reports, for official-name, the short name of a Phòng, Sở or
// Bộ Giáo dục và Đào tạo written "GD ĐT", with a space and no "&"
// (Phụ lục II's short names keep their "&": "Phòng GD&ĐT"), once, where
// it first stands.
func gdSpaceDt(p *Pass) {
	for _, seg := range p.View.textSegs() {
		if !p.View.holds(seg.Text, litGDDT) {
			continue
		}
		for _, m := range gdSpaceDtRe().FindAllStringIndex(seg.Text, -1) {
			if r, _ := utf8.DecodeLastRuneInString(seg.Text[:m[0]]); m[0] > 0 && unicode.IsLetter(r) {
				continue // "...Phòng" inside a word
			}
			w := strings.TrimRightFunc(seg.Text[m[0]:m[1]], func(r rune) bool { return !unicode.IsLetter(r) })
			fixed := strings.Replace(w, "GD ĐT", "GD&ĐT", 1)
			p.Report(seg, m[0], diag.Msg("%q: tên viết tắt của cơ quan thiếu dấu \"&\"", "%q: the office's short name lacks its \"&\"", w),
				diag.Msg("viết %q", "write %q", fixed))
			return
		}
	}
}

var litGDDT = newLiteral("GD ĐT")
