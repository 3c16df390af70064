package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
)

// stateWords tell a past state of a thing, not an act: a day after them
// qualifies the thing ("các tài liệu quá hạn trước 01/02/2020", "các
// khoản nợ thuế phát sinh trước ngày 01/7/2026"), unless a verb of work
// governs it. Folded.
var stateWords = folded("quá hạn", "phát sinh", "tồn đọng", "nợ đọng", "hết hạn", "hết hiệu lực")

// stateActs, beside workWords, make a thing in a state the object of work
// due by the day: "thu các khoản nợ tồn đọng trước ngày ...", "nộp số
// tiền phát sinh trước ngày ...". Folded.
var stateActs = append(folded("thu", "thu hồi"), dutyWords...)

// thingLeads open the thing a clause speaks of after its verb: "chưa thu
// phí phạt đối với các tài liệu quá hạn", "miễn phí phạt cho tài liệu quá
// hạn"; only the words after them are asked for work. Folded, spaced.
var thingLeads = []string{" đối với ", " cho "}

// qualifiesThing reports whether d, a "trước ngày", tells when the thing
// before it came into a past state (stateWords ending the clause before
// it) rather than sets a deadline: the thing's words (after "đối với",
// "cho", or the whole clause) name no verb of work (asksWork) and no act
// done to a thing in that state (stateActs): "Thư viện chưa thu phí phạt
// đối với các tài liệu quá hạn trước ngày 01/11/2026", not "hoàn thành xử
// lý các khoản nợ quá hạn trước ngày 20/12/2026".
func qualifiesThing(d foundDeadline) bool {
	if d.Kind != cite.By || !spoken(d) || !strings.HasPrefix(cite.Fold(d.Text), "trước") {
		return false
	}
	c := " " + cite.Fold(strings.TrimSpace(deadlineBefore(d)))
	if !endsWithWord(c, stateWords) {
		return false
	}
	for _, l := range thingLeads {
		if i := strings.LastIndex(c, l); i >= 0 {
			c = c[i+len(l)-1:]
			break
		}
	}
	return !asksWork(c) && !doerActs(c, stateActs)
}

// endsWithWord reports whether c, folded, ends with one of words after a
// space.
func endsWithWord(c string, words []string) bool {
	for _, w := range words {
		if strings.HasSuffix(c, " "+w) {
			return true
		}
	}
	return false
}
