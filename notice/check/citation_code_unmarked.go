package check

import (
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

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

// ministryCodesD are the codes of the Bộ whose name's initials hold
// "Đ" (Giáo dục và Đào tạo, Lao động - Thương binh và Xã hội, Kế hoạch
// và Đầu tư), as their documents' ký hiệu write them.
var ministryCodesD = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"BGDĐT": true, "BLĐTBXH": true, "BKHĐT": true}
})

// citationIssuerUnmarked reports, for citation-code-typo, a Bộ's code
// typed with "D" for "Đ" in the ký hiệu of a document the citation says
// the Bộ issued ("Thông tư số 23/2017/TT-BGDDT ... của Bộ trưởng Bộ Giáo
// dục và Đào tạo"): the Bộ's code is its name's initials (ministryCode),
// "BGDĐT", one of the Bộ's codes that hold "Đ" (ministryCodesD). The issuer as
// the citation reads it stops at "và" ("Bộ trưởng Bộ Giáo dục"): the
// line is read on from it, and its initials as far as the code goes.
func citationIssuerUnmarked(p *Pass) {
	for _, c := range citations(p.View) {
		g := c.Number.Issuer
		if c.Issuer == "" || !strings.Contains(g, "D") {
			continue
		}
		own, ok := ministryCode(issuerOnward(c.seg.Text, c.End, c.Issuer))
		if n := utf8.RuneCountInString(g); ok && utf8.RuneCountInString(own) > n {
			own = string([]rune(own)[:n]) // the issuer read on past the Bộ's name: "... Đào tạo ban hành Quy chế"
		}
		if !ok || !ministryCodesD()[own] || strings.ReplaceAll(own, "Đ", "D") != g {
			continue
		}
		p.Report(c.seg, c.Off, diag.Msg("ký hiệu %q của Bộ viết \"D\" thay cho \"Đ\"; ký hiệu của Bộ là %q", "the Bộ's code %q has \"D\" for \"Đ\"; the Bộ's code is %q", g, own),
			diag.Msg("đối chiếu với văn bản được trích; nếu gõ nhầm, viết %q", "check it against the document cited; if it is mistyped, write %q", own))
	}
}

// issuerOnward is the text of s from the citation's issuer on, the
// number ending at end; the issuer alone when s does not hold it there.
func issuerOnward(s string, end int, issuer string) string {
	if end > len(s) {
		return issuer
	}
	i := strings.Index(s[end:], issuer)
	if i < 0 {
		return issuer
	}
	return s[end+i:]
}
