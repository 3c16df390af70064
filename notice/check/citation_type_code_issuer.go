package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
)

// othersNumber reports whether a citation's number is another issuer's
// document as that issuer numbered it: the citing clerk copies it and
// cannot correct its ký hiệu, so citation-type-code says its slip as a
// warning, not an error. Another's when no group of the cited ký hiệu is
// the body code of the notice's own number ("443/TTg-HTQT" in a notice
// numbered "1215/QĐ-BNN-HTQT"); with no own number to compare with, when
// a group is a central body's code (issuerCodes: "03/2021/VBHN-BNV").
// A Party committee's number ("03-Ctr/QU") cited in a state body's notice
// is always another's. The notice's own number and its own documents
// ("297/TB-UBND" in a notice numbered "21/TB-UBND") stay errors, as does
// a number whose issuer cannot be told.
func othersNumber(v *View, c cited) bool {
	if c.Number.Family == cite.Party && !v.Party {
		return true
	}
	groups := strings.FieldsFunc(c.Number.Code(), func(r rune) bool { return r == '-' || r == '/' })
	if body := ownBody(v); body != "" {
		for _, g := range groups {
			if cite.Fold(g) == body {
				return false
			}
		}
		return len(groups) > 0
	}
	for _, g := range groups {
		if issuerCodes()[g] {
			return true
		}
	}
	return false
}

// ownBody is the body's code of the notice's own number, folded: "ubnd"
// of "Số: 21/TB-UBND", "bnn" of "1215/QĐ-BNN-HTQT"; "" when the notice
// has no number that reads.
func ownBody(v *View) string {
	if v.Number == nil {
		return ""
	}
	n, err := cite.ParseNumber(strings.TrimSpace(numberOf(v.Number.Text)))
	if err != nil || n.Issuer == "" {
		return ""
	}
	body, _, _ := strings.Cut(n.Issuer, "-")
	return cite.Fold(body)
}
