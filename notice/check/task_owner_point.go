package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
)

// pointDeadline reports whether a numbered point that names no owner
// gives a task with a deadline: "1. Tiếp tục chỉ đạo hoàn thiện ...
// trước ngày 15 tháng 12 năm 2026." The point must open with a verb of
// work (assignVerbList): one that opens with a name ("2. Các Điện lực
// trực thuộc rà soát ...", "2. Ủy ban nhân dân xã Mường Nhé tập trung
// ...") has its owner, read or not. Only "trước ngày" is read (once or
// "hằng tháng"; an hour may stand before the day: "trước 16 giờ 00 ngày
// 25 tháng 12 năm 2026"), the
// words of a deadline set, not a date the point tells of; a point
// ending with ":" leads its items, which are read themselves; one that
// names its owner after the task has it (task_owner_named.go).
func pointDeadline(text string) bool {
	t := strings.TrimRight(text, " \t")
	if strings.HasSuffix(t, ":") || !opensWithVerb(text) || namesOwner(text) {
		return false
	}
	for _, d := range cite.FindDeadlines(text) {
		if (d.Kind == cite.By || d.Kind == cite.Every) && setBy(d.Text) {
			return true
		}
	}
	return false
}

// opensWithVerb reports whether a point, after its marker, opens with a
// verb of assignVerbList: "Tiếp tục chỉ đạo ...", "Tổng hợp tình hình".
func opensWithVerb(text string) bool {
	_, rest, ok := strings.Cut(strings.TrimLeft(text, " \t"), " ")
	if !ok {
		return false
	}
	return opensWork(rest)
}

// opensWork reports whether s opens with a verb of assignVerbList, in
// any case: "Rà soát các hộ ...".
func opensWork(s string) bool {
	f := cite.Fold(strings.TrimLeft(s, " \t"))
	for _, v := range assignVerbList {
		if f == v || strings.HasPrefix(f, v+" ") || strings.HasPrefix(f, v+",") {
			return true
		}
	}
	return false
}

// setBy reports whether a deadline's words set it with "trước ngày", or
// with "trước" and an hour before the day ("trước 16 giờ 00 ngày ..."):
// a figure right after "trước" is the hour the reader took with the day.
func setBy(text string) bool {
	f := cite.Fold(text)
	rest, ok := strings.CutPrefix(f, "trước ")
	return ok && (strings.HasPrefix(rest, "ngày") || rest != "" && rest[0] >= '0' && rest[0] <= '9')
}
