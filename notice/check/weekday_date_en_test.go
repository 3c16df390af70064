package check_test

import (
	"testing"

	"github.com/thongbao/thongbao/notice/check"
	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/reading"
)

// TestWeekdayDateInEnglish: with --lang en the days of the week are
// named in English ("a Wednesday, not a Monday"), where the message read
// "28/8/2024 is a thứ Tư, not thứ Hai"; the words to write stay the
// notice's.
func TestWeekdayDateInEnglish(t *testing.T) {
	src := "THÔNG BÁO\n\nCuộc họp tổ chức vào ngày 28/8/2024 (thứ Hai) tại hội trường.\n"
	r, err := reading.Read("n.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var got, fix []string
	for _, f := range check.Reading(r, nil, check.Options{Today: cite.Date{Year: 2024, Month: 8, Day: 1}}) {
		if f.Rule == "weekday-date" {
			got = append(got, f.Message.In(diag.EN))
			fix = append(fix, f.Fix.In(diag.EN))
		}
	}
	want := `"thứ Hai": 28/8/2024 is a Wednesday, not a Monday`
	if len(got) != 1 || got[0] != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if len(fix) != 1 || fix[0] != `write "thứ Tư", or mend the date` {
		t.Errorf("fix %q", fix)
	}
}
