package check

import (
	"strings"
	"sync"
	"unicode"

	"github.com/thongbao/thongbao/notice/cite"
)

// issuerCodes are the codes the ministries, ministerial agencies and
// central bodies write after a document's kind ("TT-BTC", "QĐ-BTP"): each is
// a real issuer's code, never a slip of another's one letter apart.
var issuerCodes = sync.OnceValue(func() map[string]bool {
	return map[string]bool{
		"BTC": true, "BTP": true, "BCA": true, "BQP": true, "BNG": true, "BNV": true, "BKHĐT": true, "BKH": true, "BCT": true, "BNNPTNT": true, "BNN": true, "BGTVT": true,
		"BXD": true, "BTNMT": true, "BTTTT": true, "BLĐTBXH": true, "BVHTTDL": true, "BKHCN": true, "BGDĐT": true, "BYT": true, "BNNMT": true, "BDTTG": true,
		"NHNN": true, "TTCP": true, "UBDT": true, "VPCP": true, "KTNN": true, "TANDTC": true, "VKSNDTC": true, "BHXH": true, "TLĐ": true, "TWĐTN": true,
		"TTg": true, "CP": true, "QH": true, "UBTVQH": true, "CTN": true,
	}
})

// issuerInitials folds an issuer's name to the letters its code is made
// of: "Bộ Tài chính" to "BTC", "Bộ Lao động - Thương binh và Xã hội" to
// "BLĐTBXH" ("và" and dashes left out).
func issuerInitials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		if strings.EqualFold(w, "và") {
			continue
		}
		r := []rune(w)
		if len(r) == 0 || !isLetter(r[0]) {
			continue
		}
		b.WriteRune(unicode.ToUpper(r[0]))
	}
	return b.String()
}

// realIssuerCode reports whether a code group is a real issuer's own: in
// the list of central bodies' codes, or the initials of the issuer the
// citation names ("TT-BTC ... của Bộ Tài chính").
func realIssuerCode(g string, c cite.Citation) bool {
	if issuerCodes()[g] {
		return true
	}
	return c.Issuer != "" && cite.Fold(issuerInitials(c.Issuer)) == cite.Fold(g)
}

// issuerDisagrees reports whether code g is not a slip of other by what
// the citation itself says: g is a real issuer's code, or g is the
// issuer's group of a citation that names its issuer and other is not
// that issuer's code ("226/2016/TT-BTC ... của Bộ Tài chính" beside many
// "TT-BTP": the Bộ Tài chính's, not a slip of the Bộ Tư pháp's).
func issuerDisagrees(g, other string, c cite.Citation) bool {
	if realIssuerCode(g, c) {
		return true
	}
	return g == c.Number.Issuer && c.Issuer != "" && cite.Fold(issuerInitials(c.Issuer)) != cite.Fold(other)
}
