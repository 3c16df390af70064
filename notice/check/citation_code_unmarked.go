package check

import (
	"slices"
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
)

// citationCodeUnmarked reports, for citation-code-typo, a cited
// document's type code typed with "D" for "Đ" ("Quyết định số
// 2456/QD-UBND"): a keyboard without the
// Vietnamese letters. Only when the type name written before the number
// carries that code with its "Đ", so that "QD" after "Quyết định" is no
// body's code; and only a code read as no type's (the number read as a
// công văn's, "QD" its issuer): a legal number's type code ("ND-CP") is
// citation-type-code's.
func citationCodeUnmarked(p *Pass) {
	for _, c := range citations(p.View) {
		g := c.Number.Issuer
		if c.Number.Type != "" || c.Type == "" || !strings.Contains(g, "D") || cite.IsTypeCode(g, cite.Admin) || cite.IsTypeCode(g, cite.Legal) {
			continue
		}
		want := strings.ReplaceAll(g, "D", "Đ")
		if !slices.Contains(cite.CodesFor(c.Type, cite.Admin), want) && !slices.Contains(cite.CodesFor(c.Type, cite.Legal), want) {
			continue
		}
		p.Report(c.seg, c.Off, diag.Msg("ký hiệu %q của %s viết \"D\" thay cho \"Đ\"", "the code %q of a %s has \"D\" for \"Đ\"", g, c.Type),
			diag.Msg("đối chiếu với văn bản được trích; nếu gõ nhầm, viết %q", "check it against the document cited; if it is mistyped, write %q", want))
	}
}
