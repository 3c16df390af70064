package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
)

// soFolded is "Sở" as tokenize folds it.
var soFolded = cite.Fold("Sở")

// ownUnitsOfSo are the units of a Sở that a notice of the Sở names by
// "Sở" alone, the Sở its own: "Văn phòng Sở", "Thanh tra Sở".
var ownUnitsOfSo = []string{"văn phòng", "thanh tra"}

// ownSoUnit reports whether m is no official name but the issuing Sở
// named short after one of its own units, the words after "Sở" the verb
// that follows: "5. Văn phòng Sở xây dựng chương trình công tác năm
// 2027" in a notice of the Sở Nông nghiệp và Môi trường reads "Sở Xây
// dựng" otherwise. The issuer is a Sở, the words after "Sở" are all in
// small letters, and one of ownUnitsOfSo stands right before it; "Giao
// Sở xây dựng kiểm tra ..." is still the name written wrong.
func ownSoUnit(v *View, m officialMatch) bool {
	if len(m.name) < 2 || m.name[0].text != soFolded || !strings.Contains(" "+issuerKey(v)+" ", " sở ") {
		return false
	}
	for _, w := range strings.Fields(m.written)[1:] {
		if startsUpper(w) {
			return false
		}
	}
	before := strings.ToLower(strings.TrimRight(m.seg.Text[:m.from], " "))
	for _, u := range ownUnitsOfSo {
		if before == u || strings.HasSuffix(before, " "+u) {
			return true
		}
	}
	return false
}
