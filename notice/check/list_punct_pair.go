package check

import (
	"fmt"
	"slices"
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
)

// judgePair judges a list of two dashed points ("- Đợt 1: ...", "- Đợt
// 2: ..."), where no mark is the usual one: only a point with no mark at
// its end beside a point that ends with "." or ";" is said. Numbered
// points are judged only when each gives a label and what it says ("1.
// Thời gian: từ 07h00 ngày 14/5/2020.", "2. Địa điểm: thôn Thanh
// Tiên"): "1. Mục đích" over "2. Yêu cầu." may be a heading and a point.
// Two points that end differently with marks are left alone (";" then
// "." is the lawful end of a list).
func judgePair(p *Pass, pair []*Seg) {
	switch k := pointKind(pair[0]); {
	case k == "1.":
		if !labelled(pair[0].Text) || !labelled(pair[1].Text) {
			return
		}
	case k != "-" && k != "+" && !slices.Contains(typedBullets, k):
		return
	}
	a, b := lastMark(pair[0].Text), lastMark(pair[1].Text)
	var bare *Seg
	var mark string
	fix := diag.Msg("thêm dấu \".\" vào cuối điểm", "end it with \".\"") // the last point of a list ends with "."
	switch {
	case a == "" && (b == "." || b == ";"):
		bare, mark = pair[0], b
		fix = diag.Msg("thêm dấu \";\" (hoặc \".\" như điểm sau) vào cuối điểm", "end it with \";\" (or \".\", as the next point)")
	case b == "" && (a == "." || a == ";"):
		bare, mark = pair[1], a
	default:
		return
	}
	if endSaid(p, bare) {
		return // closing-mark says the body's end
	}
	p.Report(bare, max(0, len(bare.Text)-1), diag.Text{
		VI: fmt.Sprintf("điểm này không có dấu ở cuối, điểm kia của danh sách (2 điểm) kết thúc bằng dấu %q", mark),
		EN: fmt.Sprintf("this point ends with no mark where the other point of the list (2) ends with %q", mark),
	}, fix)
}

// labelled reports whether a point reads "label: what it says", a colon
// with words after it, which a heading has not.
func labelled(t string) bool {
	_, after, ok := strings.Cut(t, ": ")
	return ok && strings.TrimSpace(after) != ""
}
