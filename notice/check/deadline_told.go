package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
)

// targetWords, before a deadline in its sentence, make it a target: what
// is to be reached by then, "đã" and all.
var targetWords = []string{"phấn đấu", "mục tiêu", "chỉ tiêu", "bảo đảm", "đảm bảo"}

// pastMarks tell that what follows a deadline happened: "trước 16 giờ
// ngày 04 tháng 12 năm 2025 Nhà trường đã nhận đủ danh sách", "trước
// ngày 30/11/2025 các xã vừa hoàn thành ...".
var pastMarks = setOf("đã", "vừa")

// toldWords bounds the words between a deadline and its mark of the past:
// the doer's name ("Nhà trường", "các xã"); a mark further on belongs to
// the work's object ("hoàn thành rà soát các hộ đã thoát nghèo"), and the
// deadline is still work to do.
const toldWords = 4

// toldDone reports whether a deadline is told as what happened: a mark of
// the past (pastMarks) within toldWords words after it, in its sentence,
// the deadline opening its clause (opensClause).
// A mark before it ("Các đơn vị đã được giao ..., hoàn thành trước ngày
// ...") tells the giving, not the work, and is not read; nor is a target
// (targetWords: "Phấn đấu đến hết năm 2026, 100% hộ đã có nước sạch"),
// whose "đã" is the state the work is to reach.
func toldDone(d foundDeadline) bool {
	s := d.seg.Text
	if d.End > len(s) || d.Off > d.End {
		return false // a source's deadline key sets a task; it tells nothing
	}
	if !opensClause(s, d.Off) {
		return false
	}
	before := cite.Fold(s[strings.LastIndexAny(s[:d.Off], ".;:")+1 : d.Off])
	for _, w := range targetWords {
		if strings.Contains(before, w) {
			return false
		}
	}
	after := s[d.End:]
	if i := strings.IndexAny(after, ".;:"); i >= 0 {
		after = after[:i]
	}
	words := strings.Fields(strings.TrimLeft(after, " ,"))
	for i, w := range words {
		if i > toldWords {
			break
		}
		if strings.ContainsRune(w, ',') {
			return false // "trước ngày ..., các đơn vị hoàn thành, đã ...": the mark is the next clause's
		}
		if pastMarks[w] {
			return true
		}
	}
	return false
}

// opensClause reports whether the deadline at off opens its clause, as a
// time told does ("Năm ngoái, trước 16 giờ ngày ... Nhà trường đã nhận
// ..."). A deadline after a verb ends a task ("Các lớp nộp hồ sơ trước
// ngày ..., hồ sơ đã nộp không trả lại", "... trước ngày ... theo mẫu đã
// gửi kèm"), and a mark after it is another clause's or the object's.
func opensClause(s string, off int) bool {
	return strings.TrimSpace(s[strings.LastIndexAny(s[:off], ".;:,")+1:off]) == ""
}
