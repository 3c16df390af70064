package check

import (
	"strings"
	"sync"
	"unicode"

	"github.com/thongbao/thongbao/notice/cite"
)

// targetWords, before a deadline in its sentence, make it a target: what
// is to be reached by then, "đã" and all.
var targetWords = []string{"phấn đấu", "mục tiêu", "chỉ tiêu", "bảo đảm", "đảm bảo"}

// pastMarks tell that what follows a deadline happened: "trước 16 giờ
// ngày 04 tháng 12 năm 2025 Nhà trường đã nhận đủ danh sách", "trước
// ngày 30/11/2025 các xã vừa hoàn thành ...".
var pastMarks = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"đã": true, "vừa": true}
})

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
	if !pastMarkAfter(s[d.End:]) {
		return false
	}
	before := cite.Fold(s[strings.LastIndexAny(s[:d.Off], ".;:")+1 : d.Off])
	for _, w := range targetWords {
		if strings.Contains(before, w) {
			return false
		}
	}
	return true
}

// pastMarkAfter reports whether a mark of the past (pastMarks) stands
// within toldWords words of the text after a deadline, in its sentence
// and before any comma: "trước ngày ..., các đơn vị hoàn thành, đã ..."
// puts the mark in the next clause. Asked before the words before the
// deadline are folded for a target: most deadlines have no mark after.
func pastMarkAfter(after string) bool {
	after = strings.TrimLeft(after, " ,")
	for i := 0; i <= toldWords; i++ {
		after = strings.TrimLeftFunc(after, unicode.IsSpace)
		j := strings.IndexFunc(after, unicode.IsSpace)
		if j < 0 {
			j = len(after)
		}
		w := after[:j]
		if k := strings.IndexAny(w, ".;:"); k >= 0 {
			return k > 0 && pastMarks()[w[:k]] // the sentence ends in this word
		}
		if w == "" || strings.ContainsRune(w, ',') {
			return false
		}
		if pastMarks()[w] {
			return true
		}
		after = after[j:]
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

// TellsDone reports whether d, a deadline cite.FindDeadlines found in
// text, tells what happened rather than sets a task: it opens a clause
// that says so ("Trong tháng 11 năm 2026, các đơn vị đã hoàn thành nhập
// học ...", toldDone), or its clause names who did the work and "đã" with
// no work asked before it ("Sở Tài chính đã trình ... trước thời hạn ngày
// 15/11/2026", reported). The tasks register reads its deadlines so, as
// check does; a "đã" after a verb of work or far into its clause tells
// of what the work is on ("Sở Xây dựng kiểm tra ..., nghiệm thu đoạn đã
// thông xe trước ngày ...", "... chi trả tiền bồi thường cho các hộ đã
// có phương án ...") and the task stands.
func TellsDone(text string, d cite.Deadline) bool {
	f := foundDeadline{d, &Seg{Text: text}}
	if toldDone(f) {
		return true
	}
	before := deadlineBefore(f)
	i := strings.Index(" "+before+" ", " đã ")
	if i < 0 {
		return false
	}
	head := before[:max(0, i-1)]
	if stillToDo(head, before[min(len(before), i+len("đã")):]) {
		return false
	}
	return len(strings.Fields(head)) <= 8 && !asksWork(head) && reported(f)
}

// goOnWords, opening a part of a clause after a comma, set the work still
// to do after what the doer did: "Các thôn đã rà soát xong đợt 1, tiếp tục
// rà soát đợt 2 trước ngày ...", "Văn phòng đã tham mưu dự thảo, nay hoàn
// chỉnh trình trước ngày ...".
var goOnWords = []string{"tiếp tục", "nay", "khẩn trương", "cần", "phải", "đề nghị", "yêu cầu", "chịu trách nhiệm"}

// GoesOn reports whether a part of a clause, after a comma or a
// semicolon, opens with goOnWords: it sets work still to do after what
// the doer did ("..., tiếp tục thẩm định các hồ sơ còn lại", "..., đề
// nghị Sở Y tế tiếp tục ..."). The tasks register reads the doer named
// before "đã" as the owner of that work.
func GoesOn(part string) bool {
	w := strings.Fields(cite.Fold(part))
	if len(w) == 0 {
		return false
	}
	for _, g := range goOnWords {
		if g == w[0] || len(w) > 1 && g == w[0]+" "+w[1] {
			return true
		}
	}
	return false
}

// stillToDo reports whether a clause whose doer (head) "đã" did what rest
// says still sets its deadline as work: a part of rest after a comma opens
// with goOnWords, or the doer is a group the "đã" describes ("Các hộ đã
// nhận tiền bồi thường bàn giao mặt bằng trước ngày ...": the households
// paid hand the land over), a verb of work standing further on than the
// "đã"'s own verb. The tasks register would rather keep a row too many
// than lose a task.
func stillToDo(head, rest string) bool {
	parts := strings.Split(rest, ",")
	for _, p := range parts[1:] {
		if GoesOn(p) {
			return true
		}
	}
	h := strings.Fields(cite.Fold(head))
	if len(h) < 2 || h[0] != "các" && h[0] != "những" || len(parts) > 1 {
		return false
	}
	w := strings.Fields(rest)
	return len(w) > 2 && asksWork(strings.Join(w[2:], " "))
}
