package check

import (
	"fmt"
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
)

// minColonHeads is the fewest numbered heads ending with ":" beside which
// one ending with no mark is said.
// Beside one alone, the two may be a heading and a lead-in sentence ("1.
// Các sở, ban, ngành; UBND các huyện" over "2. Giao Sở ... chủ trì:").
const minColonHeads = 2

// maxTitleWords is the most words a head of a pair may hold to be read as
// a title ("Thuận lợi", "Đội tuyển tiếng Anh", "Thời gian thực hiện").
const maxTitleWords = 8

// judgeHeads judges the numbered points of one level that each lead into
// points of their own ("1. ĐỐI TƯỢNG TUYỂN SINH:" over "- Trẻ có ngày
// sinh ..."): when they introduce their points with ":" and one alone
// ends with no mark ("4. HÌNH THỨC"), that one lacks the colon the others
// have. Heads written with no colon throughout are left alone, as is a
// head that ends with another mark, and one that gives a label and what
// it says ("3. Chỉ tiêu tuyển: Tổng tuyển là 328 cháu"): a point, not a
// heading. Two heads are judged so only when both are titles
// (titlePair).
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
	if bare == nil || colons < minColonHeads && !titlePair(run) {
		return
	}
	msg := diag.Text{
		VI: fmt.Sprintf("đề mục này không có dấu \":\" ở cuối, các đề mục khác cùng cấp (%d) kết thúc bằng dấu \":\"", colons),
		EN: fmt.Sprintf("this heading ends with no mark where the other headings of its level (%d) end with \":\"", colons),
	}
	if colons == 1 {
		other := run[0]
		if other == bare {
			other = run[1]
		}
		msg = diag.Msg("đề mục này không có dấu \":\" ở cuối, đề mục cùng cấp ở dòng %d kết thúc bằng dấu \":\"",
			"this heading ends with no mark where the other heading of its level, on line %d, ends with \":\"", other.LineAt(0))
	}
	p.Report(bare, max(0, len(bare.Text)-1), msg, diag.Msg("thêm dấu \":\" vào cuối đề mục", "end it with \":\""))
}

// titlePair reports whether run is two heads, one ending with ":", that
// are both titles: a few words with no mark inside ("1. Thuận lợi:" over
// "2. Khó khăn"), so that neither is a sentence leading into its points
// ("1. Các sở, ban, ngành; UBND các huyện", "2. Giao Sở ... chủ trì:").
func titlePair(run []*Seg) bool {
	if len(run) != 2 {
		return false
	}
	for _, s := range run {
		t := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(s.Text), s.Marker))
		t = strings.TrimSuffix(t, ":")
		if t == "" || strings.ContainsAny(t, ".,;:()\"“”") || len(strings.Fields(t)) > maxTitleWords || !startsUpper(t) {
			return false
		}
	}
	return true
}
