package tasks

import (
	"strings"
	"time"

	"github.com/thongbao/thongbao/notice/cite"
)

// dayWords set a task on the weekday after them ("báo cáo ... vào
// chiều thứ Sáu", "họp giao ban sáng thứ Hai hằng tuần"); "lần thứ ba",
// "kỳ thứ hai" are ordinals, not days.
var dayWords = []string{"vào", "sáng", "chiều", "trưa", "tối", "ngày", "mỗi", "các"}

// weekdays are the weekdays by their Vietnamese names, folded.
var weekdays = map[string]time.Weekday{"thứ hai": time.Monday, "thứ ba": time.Tuesday, "thứ tư": time.Wednesday,
	"thứ năm": time.Thursday, "thứ sáu": time.Friday, "thứ bảy": time.Saturday, "chủ nhật": time.Sunday}

// onWeekday sets a weekly task on the weekday its words name, once:
// "Tổng hợp tình hình giải ngân hằng tuần, báo cáo ... vào chiều thứ
// Sáu" recurs on Fridays, from the first Friday on or after its start
// (t95, p94's Văn phòng UBND tỉnh: it fell on the notice's own weekday).
// Two weekdays named, or none, leave it as it is.
func onWeekday(d Due, text string) Due {
	if d.Kind != DueRecurring || d.Rule.Freq != "WEEKLY" || d.Rule.Interval > 1 || !d.Start.IsComplete() {
		return d
	}
	wd, ok := weekdayIn(text)
	if !ok {
		return d
	}
	d.Rule.ByDay = [...]string{"SU", "MO", "TU", "WE", "TH", "FR", "SA"}[wd]
	d.Start = d.Start.AddDays((int(wd) - int(d.Start.Weekday()) + 7) % 7)
	return d
}

// weekdayIn returns the one weekday text names after one of dayWords;
// false when it names none or more than one.
func weekdayIn(text string) (time.Weekday, bool) {
	words := strings.FieldsFunc(cite.Fold(text), func(r rune) bool { return r == ' ' || r == ',' || r == '.' || r == ';' || r == '(' || r == ')' })
	var found []time.Weekday
	for i := 1; i+1 < len(words); i++ {
		if wd, ok := weekdays[words[i]+" "+words[i+1]]; ok && hasWord(dayWords, words[i-1]) {
			found = append(found, wd)
		}
	}
	if len(found) != 1 {
		return 0, false
	}
	return found[0], true
}
