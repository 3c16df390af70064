package check

import (
	"slices"

	"github.com/thongbao/thongbao/notice/cite"
)

// issuerGroup reports whether the group a cited Công văn's number carries
// where a type code would stand is its issuer's: a Công văn's ký hiệu
// carries no type code, only the issuer's group and its unit's
// ("2048/CT-TTr3": "CT" the Cục Thuế, "TTr3" its unit), so a group that
// spells a type code ("CT", a Chỉ thị's) is no type when the group after
// it is a unit's and no state body's. A type code is followed by the
// issuer's ("12/QĐ-UBND" cited as a công văn), which is still judged.
func issuerGroup(n cite.Number, codes []string) bool {
	return slices.Contains(codes, "") && n.Family == cite.Admin && n.Type != "" &&
		n.Issuer != "" && !stateIssuer(n.Issuer)
}
