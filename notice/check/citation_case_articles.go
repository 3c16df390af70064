package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// articlesUpperRe finds "Điều" in a capital where it names no particular
// article: after "một số", "các" or "những", with "của" after it ("sửa
// đổi, bổ sung một số Điều của Luật Đất đai"). A numbered article takes
// the capital ("Điều 5"); articles counted as a kind are a common noun,
// as the laws' own titles write them ("Luật sửa đổi, bổ sung một số
// điều của Luật Tổ chức Chính phủ"). Group 1 is the phrase, 2 "Điều".
var articlesUpperRe = lazyre.New(`(?:^|[^\p{L}])((?:một số|các|những) (Điều) của)\s`)

// articlesUpper reports, for citation-case, "một số Điều của ...".
func articlesUpper(p *Pass, seg *Seg) {
	s := seg.Text
	if !containsLit(s, "Điều của") {
		return
	}
	for _, m := range articlesUpperRe().FindAllStringSubmatchIndex(s, -1) {
		if quoted(s, m[4]) {
			continue
		}
		written := s[m[2]:m[3]]
		fixed := strings.Replace(written, "Điều", "điều", 1)
		p.Report(seg, m[4], diag.Msg("%q: \"điều\" không chỉ một điều cụ thể viết thường: %q", "%q: \"điều\" naming no particular article is written in lower case: %q", written, fixed),
			diag.Msg("viết %q", "write %q", fixed))
	}
}
