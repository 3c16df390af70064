package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
)

// citationIssuerKind reports, for citation-code-typo, a document whose
// ký hiệu names a central issuer and whose "của ..." names another of a
// kind that cannot issue it: a Nghị định ("NĐ-CP", the Chính phủ's
// alone, Luật Ban hành văn bản quy phạm pháp luật) said to be a Bộ's
// ("Nghị định số 64/2014/NĐ-CP ... của Bộ Nội vụ") or the Thủ tướng's
// ("... của Thủ tướng Chính phủ"), and a Thông tư of a
// Bộ ("TT-BKHCN", a Bộ trưởng's) said to be the Chính phủ's or the Thủ
// tướng's. One of the two is a slip; the ký hiệu is what the clerk
// copied, so the fix asks for the issuer it names. A Thông tư whose code
// names another Bộ than its "của ..." (otherMinistry) is said with both. A Nghị định of the
// codes before 1992 ("NĐ-HĐBT") and a Thông tư liên tịch are left.
func citationIssuerKind(p *Pass) {
	for _, c := range citations(p.View) {
		if c.Issuer == "" {
			continue
		}
		issuer := strings.TrimSpace(c.Issuer)
		f := cite.Fold(issuer)
		switch {
		case c.Number.Type == "NĐ" && c.Number.Issuer == decreeIssuer:
			if _, ok := ministryCode(issuer); !ok && !strings.HasPrefix(f, cite.Fold("Thủ tướng")) {
				continue // the Thủ tướng issues a Quyết định, a Chỉ thị, never a Nghị định
			}
			p.Report(c.seg, c.Off, diag.Msg("%s là Nghị định của Chính phủ (ký hiệu NĐ-CP), không phải của %s", "%s is a Nghị định of the Chính phủ (NĐ-CP), not of %s", c.Number.Raw, issuer),
				diag.Msg("đối chiếu văn bản được trích: ghi \"của Chính phủ\", hoặc sửa số, ký hiệu nếu văn bản là của %s", "check the document cited: write \"của Chính phủ\", or correct the number if the document is %s's", issuer))
		case c.Number.Type == "TT" && strings.HasPrefix(c.Number.Issuer, "B") && issuerCodes()[c.Number.Issuer] &&
			(strings.HasPrefix(f, cite.Fold("Chính phủ")) || strings.HasPrefix(f, cite.Fold("Thủ tướng"))):
			p.Report(c.seg, c.Off, diag.Msg("%s là Thông tư của một Bộ (ký hiệu %s), không phải của %s", "%s is a Thông tư of a Bộ (%s), not of %s", c.Number.Raw, c.Number.Issuer, issuer),
				diag.Msg("đối chiếu văn bản được trích: ghi \"của Bộ trưởng Bộ ...\" mà ký hiệu %s chỉ", "check the document cited: write \"của Bộ trưởng Bộ ...\" that the code %s names", c.Number.Issuer))
		case c.Number.Type == "TT" && otherMinistry(c.Number.Issuer, issuer):
			own, _ := ministryCode(issuer)
			p.Report(c.seg, c.Off, diag.Msg("%s mang ký hiệu %s của một Bộ khác, không phải của %s (ký hiệu %s)", "%s carries the code %s of another Bộ, not that of %s (%s)", c.Number.Raw, c.Number.Issuer, issuer, own),
				diag.Msg("đối chiếu văn bản được trích: sửa ký hiệu thành %s, hoặc sửa tên Bộ ban hành theo ký hiệu %s", "check the document cited: correct the code to %s, or the issuing Bộ to the one %s names", own, c.Number.Issuer))
		}
	}
}

// otherMinistry reports whether a Thông tư's code names a Bộ (a code of
// issuerCodes) and its "của ..." another Bộ whose code is also listed
// ("96/2018/TT-BCT ... của Bộ trưởng Bộ Tài chính", the Bộ Tài chính's
// code being "BTC"): a Thông tư is one Bộ trưởng's, so one of the two is
// a slip. Codes of one Bộ's older and newer names that open alike
// ("BNN", "BNNPTNT", "BNNMT"; "BKH", "BKHĐT") are left.
func otherMinistry(code, issuer string) bool {
	own, ok := ministryCode(issuer)
	if !ok || !strings.HasPrefix(code, "B") || !issuerCodes()[code] || !issuerCodes()[own] || own == code {
		return false
	}
	n := min(3, len(own), len(code))
	return own[:n] != code[:n]
}
