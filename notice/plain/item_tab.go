package plain

import (
	"strings"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// itemMarkRe is a numbered, lettered or dashed item's mark followed by a
// space and a word: "2. Chủ đầu tư", "b) Văn phòng", "- Các sở".
var itemMarkRe = lazyre.New(`^(?:[IVXL]{1,6}\.|\d{1,2}(?:\.\d{1,2})*\.?|[a-zđ]\)|[-+•]) \p{L}`)

// itemSentence reports whether a tab after part, rest following it, was
// typed for a space inside an item's sentence ("2. Chủ đầu tư, đơn vị tư
// vấn<Tab>tham khảo giá ..."): part opens with the item's mark and a
// space (a table saved as text puts a tab after its STT, not a space),
// it is not finished, and rest goes on in small letters. A cell of a row
// saved as text opens with a capital, a figure or a mark; read as cells,
// the item was lost and its list seemed to skip a number.
func itemSentence(part, rest string) bool {
	rest = strings.TrimLeft(rest, " \t")
	return itemMarkRe().MatchString(part) && !finished(part) && startsLower(rest)
}
