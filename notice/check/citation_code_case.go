package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
)

// mixedCaseCodes are issuer codes their body writes with a small letter,
// which every ký hiệu of theirs keeps, by the issuer a citation names:
// "TTg", the Thủ tướng Chính phủ's ("Quyết định số 18/2022/QĐ-TTg").
var mixedCaseCodes = [...]struct{ code, issuer string }{{"TTg", "thủ tướng"}}

// citationCodeCase reports, for citation-code-typo, a cited document's
// issuer code that is one of mixedCaseCodes with its letters in another
// case ("18/2022/QĐ-TTG ... của Thủ tướng Chính phủ"), where the citation
// names the code's issuer (another body's own code may be "TTG": a Trung
// tâm Giống's "88/TB-TTG"), outside a line in capitals (capsLine: a
// trích yếu set wholly in capitals writes the code with the rest).
func citationCodeCase(p *Pass) {
	for _, c := range citations(p.View) {
		g := c.Number.Issuer
		for _, k := range mixedCaseCodes {
			if g == k.code || !strings.EqualFold(g, k.code) || !strings.Contains(strings.ToLower(c.Issuer), k.issuer) || capsLine(c) {
				continue
			}
			p.Report(c.seg, c.Off, diag.Msg("ký hiệu %q của văn bản được trích phải viết %q", "the cited document's code %q should read %q", g, k.code),
				diag.Msg("viết %q", "write %q", strings.Replace(c.Number.Raw, g, k.code, 1)))
		}
	}
}
