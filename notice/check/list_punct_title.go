package check

import (
	"strings"
)

// khoanTitleWords is how many words a khoản's title holds at most.
const khoanTitleWords = 8

// titleOverParagraph reports whether the point s, of segs, the last of its
// list and ending with no mark, is a khoản's title over a paragraph of its
// own ("3. Tổ chức thực hiện" over "Văn phòng UBND tỉnh theo dõi, đôn
// đốc ..."): Phụ lục I, Mục V, số thứ tự 6b sets a titled khoản on its
// line with no mark after it ("1. Phạm vi và đối tượng áp dụng"), and
// offices title the last khoản of a list whose others are sentences. It
// is short (khoanTitleWords), holds no mark of a sentence or a label, and the
// paragraph under it is a sentence of the body that is no point, no
// field ("Tiền hồ sơ: ...", headsContent's) and not the closing, which
// a last point left open runs into.
func titleOverParagraph(segs []Seg, s *Seg) bool {
	title := strings.TrimSpace(s.Text[pointStart(s.Text):])
	if title == "" || strings.ContainsAny(title, ",;:.!?…\"“”()") || len(strings.Fields(title)) > khoanTitleWords {
		return false
	}
	i := segIndex(segs, s)
	if i < 0 || i+1 >= len(segs) {
		return false
	}
	next := &segs[i+1]
	t := strings.TrimSpace(next.Text)
	return next.Role == RoleBody && pointKind(next) == "" && !fieldOpens(t) &&
		strings.HasSuffix(t, ".") && !strings.HasSuffix(t, "./.") && opensCapital(t)
}
