package check

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/cite"
)

// namedUnitHeads open the name of a unit that is given work, but also common
// words: "Trạm Chăn nuôi và Thú y", "Trạm Y tế xã", "Đội Phòng cháy chữa
// cháy cơ sở" beside "trạm biến áp", "đội tuyển", "Đội ngũ cán bộ"; "Bộ
// Chỉ huy Quân sự tỉnh", "Bộ Tài chính" beside "Bộ hồ sơ"; "Vụ Pháp chế"
// beside "vụ mùa", "Vụ Đông Xuân" (seasonWords).
var namedUnitHeads = []string{"Trạm ", "Đội ", "Bộ ", "Vụ "}

// seasonWords name a crop season after "vụ", capitalised as a name: "Vụ
// Đông Xuân", "Vụ Hè Thu", "Vụ Mùa" are seasons, not a Bộ's Vụ ("Vụ Pháp
// chế", "Vụ Kế hoạch - Tài chính"), whose names are fields of work.
var seasonWords = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"đông": true, "xuân": true, "hè": true, "thu": true, "mùa": true, "chiêm": true}
})

// colonLeadsWork reports whether the words after an owner's colon give
// it work: they open with a verb of work ("4. Đội Thuế liên xã Tam Đảo:
// Rà soát các hộ kinh doanh ..."), or a heading ends at the colon, its
// items under it ("2.2. Đội Quản lý trật tự đô thị phường:"). A named
// unit's colon read so is an owner as a verb of work makes it (a91); "-
// Đội Văn nghệ xã: 15 diễn viên" gives no work.
func colonLeadsWork(after string, role Role) bool {
	after = strings.TrimSpace(after)
	return after == "" && role == RoleHeading || opensWork(after)
}

// namedUnit reports whether head, the words before a point's verb of
// work, is a unit named by one of namedUnitHeads and a name in capitals after
// it ("Trạm Chăn nuôi", "Đội Phòng cháy"): "Trạm biến áp 110 kV" and
// "Đội thanh niên" name none. Only an owner a verb of work ends is read
// so (assigneeOf), not a whole short point with no verb ("c) Trạm bơm
// điện ấp Mỹ Phước").
func namedUnit(head string) bool {
	for _, h := range namedUnitHeads {
		rest, ok := strings.CutPrefix(head, h)
		if !ok {
			continue
		}
		r, _ := utf8.DecodeRuneInString(rest)
		return rest != "" && isUpperRune(r) && !(h == "Vụ " && seasonWords()[cite.Fold(firstWord(rest))])
	}
	return false
}
