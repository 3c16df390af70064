package check_test

import (
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/check"
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/plain"
)

const sentenceEndNotice = `TRƯỜNG TIỂU HỌC PHAN CHU TRINH

THÔNG BÁO
Về việc đóng bảo hiểm y tế

Để tạo điều kiện đóng bảo hiểm y tế kịp thời cho năm học 2021-2022, nhà trường đã làm việc với cơ quan bảo hiểm xã hội. Ban Giám hiệu nhà trường thông báo đến tất cả phụ huynh học sinh

1. Phương thức đóng

Phụ huynh học sinh có thể chọn một trong hai hình thức đóng bảo hiểm y tế học sinh.

Trường hợp phụ huynh đã đóng bảo hiểm y tế cho học sinh tại nơi cư trú thì nộp lại bản sao thẻ cho giáo viên chủ nhiệm

2. Thời hạn đóng

Phụ huynh học sinh hoàn thành việc đóng trước ngày 30/9/2021./.
`

// TestSentenceEndQuoteAndFix: the finding quotes the sentence that lacks
// its mark, the paragraph's last, not its first; before the first point
// of a numbered list the fix asks for the colon of a lead-in, before a
// later heading for a full stop.
func TestSentenceEndQuoteAndFix(t *testing.T) {
	f, err := plain.Read("tb.txt", []byte(sentenceEndNotice))
	if err != nil {
		t.Fatal(err)
	}
	type want struct{ quote, fix string }
	wants := []want{
		{"Ban Giám hiệu nhà trường", "như sau:"},
		{"Trường hợp phụ huynh", "dấu chấm"},
	}
	var got []diag.Finding
	for _, fd := range check.Text(f, nil, check.Options{}) {
		if fd.Rule == "sentence-end" {
			got = append(got, fd)
		}
	}
	if len(got) != len(wants) {
		t.Fatalf("got %d sentence-end findings, want %d: %v", len(got), len(wants), diag.List(got))
	}
	for i, w := range wants {
		msg, fix := got[i].Message.In(diag.VI), got[i].Fix.In(diag.VI)
		if !strings.Contains(msg, w.quote) {
			t.Errorf("finding %d quotes %q, want the sentence %q", i, msg, w.quote)
		}
		if !strings.Contains(fix, w.fix) {
			t.Errorf("finding %d asks %q, want %q", i, fix, w.fix)
		}
		if got[i].Fix.In(diag.EN) == fix {
			t.Errorf("finding %d has no English fix", i)
		}
	}
}
