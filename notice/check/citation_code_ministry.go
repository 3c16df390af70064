package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
)

// citationCodeMinistry reports a document cited as a Bộ's whose ký hiệu
// carries the code of a Sở of the same field: "Quyết định số
// 5747/QĐ-SGDĐT ... của Bộ Giáo dục và Đào tạo", where the Bộ's own code
// is "BGDĐT" and "SGDĐT" a Sở Giáo dục và Đào tạo's. A Bộ never numbers
// its documents with a Sở's code, so one of the two is a slip; the fix
// asks for the Bộ's code: the Sở's with "B" for its "S". The issuer as
// the citation reads it may stop at "và" ("Bộ Giáo dục"): its initials
// need only begin the Bộ's code, three letters at least.
func citationCodeMinistry(p *Pass) {
	for _, c := range citations(p.View) {
		g := c.Number.Issuer
		if !strings.HasPrefix(g, "S") || len(g) < 3 {
			continue
		}
		own, ok := ministryCode(c.Issuer)
		if !ok || len(own) < 3 || !strings.HasPrefix(cite.Fold("B"+g[1:]), cite.Fold(own)) {
			continue
		}
		own = "B" + g[1:]
		p.Report(c.seg, c.Off, diag.Msg("văn bản của Bộ mang ký hiệu %q của một Sở; ký hiệu của Bộ là %q", "a document of a Bộ carries a Sở's code %q; the Bộ's code is %q", g, own),
			diag.Msg("kiểm tra lại số, ký hiệu: có phải là %q?", "check the number: did you mean %q?", own))
	}
}

// ministryCode is the code a Bộ named as a citation's issuer writes in
// its ký hiệu ("Bộ Giáo dục và Đào tạo", "Bộ trưởng Bộ Y tế": "BGDĐT",
// "BYT"); false for an issuer that is no Bộ.
func ministryCode(issuer string) (string, bool) {
	name := strings.TrimSpace(issuer)
	if rest, ok := strings.CutPrefix(name, "Bộ trưởng "); ok {
		name = rest
	}
	if !strings.HasPrefix(name, "Bộ ") || strings.HasPrefix(name, "Bộ trưởng") {
		return "", false
	}
	return issuerInitials(name), true
}
