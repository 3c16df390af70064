package check

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// runOnNayRe is a ground's last word run into "Nay" and the main clause
// it leads to, with no mark between: "... do dịch bệnh Covid-19 Nay
// trường Mẫu giáo Tân Hòa thông báo ...".
var runOnNayRe = lazyre.New(`\s+Nay\s+\p{L}`)

// groundRunsOn reports, for grounds, a paragraph that opens with a ground
// ("Căn cứ ...", "Thực hiện ...") and runs into the sentence it leads to,
// "Nay <office> thông báo ...", with no mark after the ground: a ground
// ends with "," (or ";") before "Nay", as offices write it ("Căn cứ Công
// văn số ...; Nay UBND xã ... thông báo"; NĐ 30, Phụ lục I, Mục II,
// khoản 6, điểm a). Whether the writer ran them into one line or the
// reading joined them across a blank line, the mark is missing.
func groundRunsOn(p *Pass) {
	v := p.View
	if v.FromTOML {
		return
	}
	for k := range v.Body {
		s := &v.Body[k]
		if s.Role == RoleCell {
			continue
		}
		t, ok := groundText(s)
		if !ok && !strings.HasPrefix(t, "Thực hiện ") {
			continue
		}
		m := runOnNayRe().FindStringIndex(t)
		if m == nil || m[0] == 0 {
			continue
		}
		if r, _ := utf8.DecodeLastRuneInString(t[:m[0]]); !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != ')' {
			continue // a mark ends the ground: "...; Nay"
		}
		ground := strings.TrimSpace(t[:m[0]])
		if strings.ContainsAny(ground, ".;:!?") {
			continue // the ground ended before: "Nay" opens a later sentence's clause
		}
		at := strings.Index(s.Text, t) + m[0] - 1
		words := strings.Fields(ground)
		p.Report(s, at, diag.Msg("căn cứ thiếu dấu \",\" ở cuối, sau %q, trước \"Nay ...\"", "the ground lacks its final \",\" after %q, before \"Nay ...\"", words[len(words)-1]),
			diag.Msg("đặt dấu \",\" sau căn cứ: \"..., nay ...\"", "put \",\" after the ground: \"..., nay ...\""))
	}
}
