package tasks

import (
	"testing"

	"github.com/thongbao/thongbao/notice/cite"
)

func date(s string) cite.Date {
	d, err := cite.ParseISO(s)
	if err != nil {
		panic(err)
	}
	return d
}

func TestResolve(t *testing.T) {
	anchor := date("2024-10-11") // a Friday
	tests := []struct {
		words string
		kind  DueKind
		start string
		due   string
		rule  string
	}{
		{"trước ngày 28/02/2023", DueDate, "", "2023-02-28", ""},
		{"chậm nhất là ngày 05 tháng 01 năm 2020", DueDate, "", "2020-01-05", ""},
		{"trong tháng 6/2023", DueDate, "2023-06-01", "2023-06-30", ""},
		{"trong tháng 2/2024", DueDate, "2024-02-01", "2024-02-29", ""},
		{"Thời hạn hoàn thành: Quý III/2025", DueDate, "2025-07-01", "2025-09-30", ""},
		{"trong quý II năm 2024", DueDate, "2024-04-01", "2024-06-30", ""},
		{"trước tháng 3/2024", DueDate, "", "2024-02-29", ""},
		{"từ ngày 01/7/2025 đến hết ngày 31/7/2025", DueDate, "2025-07-01", "2025-07-31", ""},
		{"bắt đầu từ tháng 5 năm 2024", DueStart, "2024-05-01", "", ""},
		{"định kỳ hằng tháng (trước ngày 20)", DueRecurring, "2024-10-20", "", "FREQ=MONTHLY;BYMONTHDAY=20"},
		{"hằng tháng (trước ngày 5)", DueRecurring, "2024-11-05", "", "FREQ=MONTHLY;BYMONTHDAY=5"},
		{"hằng tuần", DueRecurring, "2024-10-11", "", "FREQ=WEEKLY"},
		{"02 tuần/lần", DueRecurring, "2024-10-11", "", "FREQ=WEEKLY;INTERVAL=2"},
		{"hằng quý", DueRecurring, "2024-12-31", "", "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1"},
		{"định kỳ 6 tháng một lần", DueRecurring, "2024-10-31", "", "FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=-1"},
		{"Hằng năm", DueRecurring, "2024-12-31", "", "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=-1"},
		{"hằng ngày", DueRecurring, "2024-10-11", "", "FREQ=DAILY"},
		// A standing task has no day, and keeps its words for the register.
		{"thường xuyên", DueNone, "", "", ""},
		{"6 tháng cuối năm 2026", DueDate, "2026-07-01", "2026-12-31", ""},
		{"trước ngày 15/12 hằng năm", DueRecurring, "2024-12-15", "", "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15"},
		{"trước ngày 15/3 hằng năm", DueRecurring, "2025-03-15", "", "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=15"},
	}
	for _, tt := range tests {
		d, err := cite.ParseDeadline(tt.words)
		if err != nil {
			t.Errorf("%q: %v", tt.words, err)
			continue
		}
		got := resolve(d, anchor)
		if got.Kind != tt.kind || iso(got.Start) != tt.start || iso(got.Date) != tt.due || got.Rule.String() != tt.rule {
			t.Errorf("%q resolves to %s %s..%s %q, want %s %s..%s %q", tt.words, got.Kind.ID(), iso(got.Start), iso(got.Date), got.Rule,
				tt.kind.ID(), tt.start, tt.due, tt.rule)
		}
		if got.Text != d.Text {
			t.Errorf("%q keeps the words %q", tt.words, got.Text)
		}
	}
}

func TestNext(t *testing.T) {
	anchor := date("2024-01-31")
	tests := []struct {
		words, day, want string
	}{
		{"định kỳ hằng tháng (trước ngày 31)", "2024-02-01", "2024-02-29"}, // a day the month lacks falls on its last
		{"định kỳ hằng tháng (trước ngày 31)", "2024-03-31", "2024-03-31"},
		{"định kỳ hằng tháng (trước ngày 20)", "2024-01-31", "2024-02-20"},
		{"định kỳ hằng tháng (trước ngày 20)", "2025-12-21", "2026-01-20"},
		{"hằng quý", "2024-04-01", "2024-06-30"},
		{"hằng quý", "2024-06-30", "2024-06-30"},
		{"hằng quý", "2024-07-01", "2024-09-30"},
		{"hằng tuần", "2024-02-01", "2024-02-07"}, // Wednesdays, as 31/01/2024
		{"hằng tuần", "2024-02-07", "2024-02-07"},
		{"02 tuần/lần", "2024-02-01", "2024-02-14"},
		{"Hằng năm", "2025-01-01", "2025-12-31"},
		{"hằng tuần", "2023-12-01", "2024-01-31"}, // before the first time: the first time
	}
	for _, tt := range tests {
		d, _ := cite.ParseDeadline(tt.words)
		due := resolve(d, anchor)
		if got := due.Next(date(tt.day)); iso(got) != tt.want {
			t.Errorf("%q from %s: next %s, want %s", tt.words, tt.day, iso(got), tt.want)
		}
	}
}

func TestStatusOf(t *testing.T) {
	today := date("2024-10-14")
	by := func(s string) Due { return Due{Kind: DueDate, Date: date(s)} }
	tests := []struct {
		due    Due
		within int
		want   Status
	}{
		{by("2024-10-13"), 14, StatusOverdue},
		{by("2024-10-14"), 14, StatusDue}, // due today is not overdue yet
		{by("2024-10-28"), 14, StatusDue},
		{by("2024-10-29"), 14, StatusLater},
		{by("2024-10-14"), 0, StatusDue},
		{by("2024-10-15"), 0, StatusLater},
		{Due{Kind: DueStart, Start: date("2024-11-01")}, 14, StatusLater},
		{Due{Kind: DueStart, Start: date("2024-10-01")}, 14, StatusNone},
		{Due{Kind: DueRecurring, Start: date("2024-10-20")}, 14, StatusRecurring},
		{Due{}, 14, StatusNone},
	}
	for _, tt := range tests {
		if got := StatusOf(tt.due, today, tt.within); got != tt.want {
			t.Errorf("%+v within %d: %s, want %s", tt.due, tt.within, got.ID(), tt.want.ID())
		}
	}
}

// TestOnWeekday sets a weekly task on the weekday its words name (t95):
// a Friday's report recurs on Fridays from the first on or after its
// start; an ordinal ("lần thứ ba") or two weekdays leave it as read.
func TestOnWeekday(t *testing.T) {
	weekly := Due{Kind: DueRecurring, Text: "hằng tuần", Rule: Rule{Freq: "WEEKLY"}, Start: date("2026-12-05")}
	tests := []struct {
		text, rule, start string
	}{
		{"Tổng hợp tình hình giải ngân hằng tuần, báo cáo Ủy ban nhân dân tỉnh vào chiều thứ Sáu.", "FREQ=WEEKLY;BYDAY=FR", "2026-12-11"},
		{"Họp giao ban sáng thứ Bảy hằng tuần.", "FREQ=WEEKLY;BYDAY=SA", "2026-12-05"},
		{"Tổ chức hội thi lần thứ ba, báo cáo hằng tuần.", "FREQ=WEEKLY", "2026-12-05"},
		{"Trực vào thứ Hai và chiều thứ Năm hằng tuần.", "FREQ=WEEKLY", "2026-12-05"},
	}
	for _, tt := range tests {
		got := onWeekday(weekly, tt.text)
		if got.Rule.String() != tt.rule || got.Start != date(tt.start) {
			t.Errorf("onWeekday(%q) = %s from %v, want %s from %s", tt.text, got.Rule, got.Start, tt.rule, tt.start)
		}
	}
}
