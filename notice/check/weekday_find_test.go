package check

import (
	"reflect"
	"testing"
)

var weekdayFindCases = []string{
	"",
	"Thứ Tư, ngày 04/5/2017 và thứ 2 (29/04/2024)",
	"ngày 28/8/2024 (Thứ hai) và 29/8/2024(thứ Ba)",
	"1/1/2020 (thứ 5/5/2020 (thứ hai) họp",
	"lần thứ hai ngày 3/3/2023, Chủ   nhật 4 tháng 3 năm 2023",
	"28 tháng 8 năm 2024 ( Chủ nhật ) rồi thứ",
	"thứ thứ Sáu 12/12/2025 thứ",
	"12/12/2025 (thứ sáu",
	"ngày 2/2/2022 (\tthứ 4\n) và 3/3/2023 (Thứ 5)",
	"Chủ nhật,ngày (  7/7/2024",
	"hứ ủ thứ",
}

// TestWeekdayFinders requires the finders to give the matches the
// expressions give over the whole text.
func TestWeekdayFinders(t *testing.T) {
	for _, s := range weekdayFindCases {
		weekdayFindSame(t, s)
	}
}

func weekdayFindSame(t *testing.T, s string) {
	t.Helper()
	if got, want := dayThenDates(s), dayThenDate().FindAllStringSubmatchIndex(s, -1); !reflect.DeepEqual(got, want) {
		t.Errorf("dayThenDates(%q) = %v, want %v", s, got, want)
	}
	if got, want := dateThenDays(s), dateThenDay().FindAllStringSubmatchIndex(s, -1); !reflect.DeepEqual(got, want) {
		t.Errorf("dateThenDays(%q) = %v, want %v", s, got, want)
	}
}

func FuzzWeekdayFinders(f *testing.F) {
	for _, s := range weekdayFindCases {
		f.Add(s)
	}
	f.Fuzz(weekdayFindSame)
}
