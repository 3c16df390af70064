package tasks

import (
	"testing"

	"github.com/thongbao/thongbao/notice/diag"
)

// TestNotesSayDueWordsOnce: the table adds a recurring or standing
// deadline's words after the task, but not when the task already says
// them ("báo cáo kết quả định kỳ hằng tháng (trước ngày 20) (định kỳ hằng
// tháng (trước ngày 20))").
func TestNotesSayDueWordsOnce(t *testing.T) {
	monthly := Due{Kind: DueRecurring, Text: "định kỳ hằng tháng (trước ngày 20)"}
	for _, c := range []struct {
		short string
		due   Due
		want  string
	}{
		{"báo cáo kết quả", monthly, " (định kỳ hằng tháng (trước ngày 20))"},
		{"báo cáo kết quả định kỳ hằng tháng (trước ngày 20)", monthly, ""},
		{"Hằng tháng, tổng hợp báo cáo", Due{Kind: DueRecurring, Text: "hằng tháng"}, ""},
		{"theo dõi, đôn đốc", Due{Kind: DueNone, Text: "Thường xuyên"}, " (thường xuyên)"},
		{"theo dõi thường xuyên", Due{Kind: DueNone, Text: "Thường xuyên"}, ""},
		{"trình kế hoạch", Due{Kind: DueDate, Text: "trước ngày 30/6/2026"}, ""},
	} {
		got := notes(Task{Short: c.short, Due: c.due}, diag.VI)
		if got != c.want {
			t.Errorf("notes(%q, %q) = %q, want %q", c.short, c.due.Text, got, c.want)
		}
	}
}
