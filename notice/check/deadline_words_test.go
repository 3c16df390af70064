package check_test

import (
	"os"
	"testing"

	"github.com/thongbao/thongbao/notice/check"
	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/reading"
)

// TestDeadlineMismatchQuotesTheField: the deadline a source gives is
// quoted in the clerk's words ("6 tháng cuối năm 2026"), not the
// canonical phrase ("từ tháng 7/2026 đến tháng 12/2026") they did not write.
func TestDeadlineMismatchQuotesTheField(t *testing.T) {
	src, err := os.ReadFile("../../testdata/seeds/001.toml")
	if err != nil {
		t.Fatal(err)
	}
	s := string(src) + "\n[[tasks.groups]]\nassignee = \"Phòng Nội vụ\"\nitems = [{ text = \"Báo cáo kết quả trước ngày 30/6/2023.\", deadline = \"6 tháng cuối năm 2023\" }]\n"
	r, err := reading.Read("n.toml", []byte(s))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range check.Reading(r, nil, check.Options{Today: cite.Date{Year: 2023, Month: 2, Day: 23}}) {
		if f.Rule == "deadline-mismatch" {
			got = append(got, f.Message.In(diag.VI))
		}
	}
	want := `câu ghi thời hạn "trước ngày 30/6/2023" nhưng thời hạn khai riêng của nhiệm vụ là "6 tháng cuối năm 2023"`
	if len(got) != 1 || got[0] != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
