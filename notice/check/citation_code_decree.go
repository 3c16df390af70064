package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
)

// decreeIssuer is the code after "NĐ-" in a Nghị định's number: a Nghị
// định is the Chính phủ's alone (Luật Ban hành văn bản quy phạm pháp
// luật), so its number reads "60/2021/NĐ-CP".
const decreeIssuer = "CP"

// citationCodeDecree reports, for citation-code-typo, a Nghị định whose
// code after "NĐ-" is one letter apart from "CP": "60/2021/NĐ-CT". The
// rule's comparison of codes leaves two-letter codes out (two such codes
// lawfully differ by a letter: "CT", "CP", "TW"); after "NĐ-" only "CP"
// stands. A Nghị định named as another body's ("của Hội đồng Bộ
// trưởng", the codes of before 1992, "NĐ-HĐBT") is left.
func citationCodeDecree(p *Pass) {
	for _, c := range citations(p.View) {
		g := c.Number.Issuer
		if c.Number.Type != "NĐ" || g == decreeIssuer || len(g) != len(decreeIssuer) || !oneLetterApart(g, decreeIssuer) {
			continue
		}
		if c.Issuer != "" && !strings.HasPrefix(cite.Fold(c.Issuer), "chính phủ") {
			continue
		}
		p.Report(c.seg, c.Off, diag.Msg("ký hiệu Nghị định là \"NĐ-%s\", không phải \"NĐ-%s\"", "a Nghị định's code is \"NĐ-%s\", not \"NĐ-%s\"", decreeIssuer, g),
			diag.Msg("đối chiếu với văn bản được trích; nếu gõ nhầm, viết \"NĐ-%s\"", "check it against the document cited; if it is mistyped, write \"NĐ-%s\"", decreeIssuer))
	}
}
