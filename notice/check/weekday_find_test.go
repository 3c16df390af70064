package check

import (
	"reflect"
	"testing"

	"github.com/thongbao/thongbao/notice/internal/testlines"
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
	days := weekdayPlaces(&View{}, s)
	if want := scannedWeekdays(s); !reflect.DeepEqual(days, want) {
		t.Errorf("weekdayPlaces(%q) = %v, the text searched gives %v", s, days, want)
	}
	if got, want := dayThenDates(s, days), dayThenDate().FindAllStringSubmatchIndex(s, -1); !reflect.DeepEqual(got, want) {
		t.Errorf("dayThenDates(%q) = %v, want %v", s, got, want)
	}
	if got, want := dateThenDays(s, days), dateThenDay().FindAllStringSubmatchIndex(s, -1); !reflect.DeepEqual(got, want) {
		t.Errorf("dateThenDays(%q) = %v, want %v", s, got, want)
	}
}

// scannedWeekdays is where the finders looked for the days of the week
// before they read them from the words (main at 454c916e): every place
// nextWeekday finds, searching the whole text.
func scannedWeekdays(s string) []int {
	var out []int
	for i := nextWeekday(s, 0); i >= 0; i = nextWeekday(s, i+1) {
		out = append(out, i)
	}
	return out
}

func FuzzWeekdayFinders(f *testing.F) {
	for _, s := range weekdayFindCases {
		f.Add(s)
	}
	f.Fuzz(weekdayFindSame)
}

// TestMayNameWeekday holds weekdayDate's look (mayNameWeekday) to the
// searches it stands for on every line of the notices under testdata
// and on the finders' cases: where either finder finds a day beside a
// date after the searches for "hứ " and "hủ ", the look lets the line
// through.
func TestMayNameWeekday(t *testing.T) {
	lines := testlines.Read(t, "../../testdata", weekdayFindCases)
	v := &View{}
	finds := func(l string) bool {
		days := weekdayPlaces(v, l)
		return len(dayThenDates(l, days)) > 0 || len(dateThenDays(l, days)) > 0
	}
	gated := func(l string) bool { return mayNameWeekday(v, l) && finds(l) }
	searched := func(l string) bool {
		return (containsLit(l, "hứ ") || containsLit(l, "hủ ")) && finds(l)
	}
	testlines.Agree(t, "mayNameWeekday", lines, gated, searched, 5)
	if mayNameWeekday(v, "thứ Hai, ngày mười") || mayNameWeekday(v, "ngày 2/2/2022") {
		t.Error("mayNameWeekday lets through a text without a figure or without a day")
	}
}
