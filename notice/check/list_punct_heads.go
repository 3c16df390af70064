package check

import (
	"fmt"

	"github.com/thongbao/thongbao/notice/diag"
)

// minColonHeads is the fewest numbered heads ending with ":" beside which
// one ending with no mark is said.
// Beside one alone, the two may be a heading and a lead-in sentence ("1.
// Các sở, ban, ngành; UBND các huyện" over "2. Giao Sở ... chủ trì:").
const minColonHeads = 2

// judgeHeads judges the numbered points of one level that each lead into
// points of their own ("1. ĐỐI TƯỢNG TUYỂN SINH:" over "- Trẻ có ngày
// sinh ..."): when they introduce their points with ":" and one alone
// ends with no mark ("4. HÌNH THỨC"), that one lacks the colon the others
// have. Heads written with no colon throughout are left alone, as is a
// head that ends with another mark, and one that gives a label and what
// it says ("3. Chỉ tiêu tuyển: Tổng tuyển là 328 cháu"): a point, not a
// heading.
func judgeHeads(p *Pass, run []*Seg) {
	if markerKind(run[0].Marker) != "1." {
		return
	}
	var bare *Seg
	colons := 0
	for _, s := range run {
		switch lastMark(s.Text) {
		case ":":
			colons++
		case "":
			if bare != nil || labelled(s.Text) {
				return
			}
			bare = s
		default:
			return
		}
	}
	if bare == nil || colons < minColonHeads {
		return
	}
	p.Report(bare, max(0, len(bare.Text)-1), diag.Text{
		VI: fmt.Sprintf("đề mục này không có dấu \":\" ở cuối, các đề mục khác cùng cấp (%d) kết thúc bằng dấu \":\"", colons),
		EN: fmt.Sprintf("this heading ends with no mark where the other headings of its level (%d) end with \":\"", colons),
	}, diag.Msg("thêm dấu \":\" vào cuối đề mục", "end it with \":\""))
}
