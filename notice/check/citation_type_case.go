package check

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// typeLowerRe is a cited document's tên loại in small letters before its
// number and ký hiệu: "công văn số 1498-CV/HU", "thông báo số 654/TB-SGDĐT".
var typeLowerRe = lazyre.New(`(?:^|[^\p{L}])((?:công văn|thông báo|quyết định|kế hoạch|nghị định|nghị quyết|thông tư|chỉ thị|tờ trình|hướng dẫn|báo cáo)\s+số\s+\d+\s*[-/])`)

// typeCase reports the tên loại of a cited document written in small
// letters (Phụ lục II: the tên loại of a specific document takes its
// capital, "Công văn số 1498-CV/HU").
func typeCase(p *Pass, seg *Seg) {
	s := seg.Text
	for _, m := range typeLowerRe().FindAllStringSubmatchIndex(s, -1) {
		if quoted(s, m[2]) {
			continue
		}
		name := s[m[2] : strings.Index(s[m[2]:], " số")+m[2]]
		r, w := utf8.DecodeRuneInString(name)
		upper := string(unicode.ToUpper(r)) + name[w:]
		if writesElsewhere(p.View, upper+" số") {
			continue // one name written two ways: name-spelling says it
		}
		p.Report(seg, m[2], diag.Msg("tên loại của văn bản được viện dẫn viết hoa chữ cái đầu: %q, không phải %q", "the tên loại of a cited document takes its capital: %q, not %q", upper, name),
			diag.Msg("viết %q", "write %q", upper))
	}
}

// writesElsewhere reports whether the prose writes s somewhere.
func writesElsewhere(v *View, s string) bool {
	for _, t := range v.Texts() {
		if strings.Contains(t.Text, s) {
			return true
		}
	}
	return false
}
