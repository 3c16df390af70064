package check_test

import (
	"testing"

	"github.com/thongbao/thongbao/notice/check"
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/reading"
)

// TestGluedDateInQuotes: a date word glued to its year inside quotation
// marks ("“LẦN THỨ IX-NĂM2022”") is told to write "NĂM 2022", not
// "NĂM 2022”" with the closing mark taken for the year's.
func TestGluedDateInQuotes(t *testing.T) {
	src := "THÔNG BÁO\n\nBan Tổ chức gửi kết quả “ĐẠI HỘI LẦN THỨ IX-NĂM2022” tới các đơn vị.\n" +
		"Đơn vị nộp báo cáo \"tổng kết năm2023\" trước ngày 15/01/2024.\n"
	r, err := reading.Read("n.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range check.Reading(r, nil, check.Options{}) {
		if f.Rule == "glued-words" {
			got = append(got, f.Message.In(diag.VI)+" | "+f.Fix.In(diag.VI))
		}
	}
	want := []string{`"NĂM" dính liền "2022" | viết "NĂM 2022"`, `"năm" dính liền "2023" | viết "năm 2023"`}
	if len(got) != len(want) {
		t.Fatalf("got %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("got %q, want %q", got[i], want[i])
		}
	}
}
