package check_test

import (
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/check"
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/plain"
)

// TestArchiveRunInMessage: a "Lưu:" typed on a line of its own without
// its dash is told that the dash is missing, not that it does not stand
// on its own; one typed on the last recipient's line is told both.
func TestArchiveRunInMessage(t *testing.T) {
	const head = "TRƯỜNG MẦM NON HOA SEN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 48/TB-MNHS\nHà Nội, ngày 04 tháng 12 năm 2026\nTHÔNG BÁO\nLịch nhập học của trẻ trúng tuyển bổ sung\nCha mẹ trẻ có tên trong danh sách đưa trẻ đến trường nhập học vào ngày 14/12/2026.\nNhà trường thông báo để cha mẹ trẻ biết, thực hiện./.\nNơi nhận:\n"
	const foot = "HIỆU TRƯỞNG\nĐỗ Thị Thanh Hà\n"
	for _, c := range []struct{ recips, want, not string }{
		{"- Cha mẹ trẻ;\nLưu: VT.\n", "thiếu dấu", "không đứng riêng"},
		{"- Cha mẹ trẻ; Lưu: VT.\n", "không đứng riêng", "thiếu dấu"},
	} {
		f, err := plain.Read("tb.txt", []byte(head+c.recips+foot))
		if err != nil {
			t.Fatal(err)
		}
		var msgs []string
		for _, fd := range check.Text(f, nil, check.Options{}) {
			if fd.Rule == "archive-line" {
				msgs = append(msgs, fd.Message.In(diag.VI))
			}
		}
		got := strings.Join(msgs, "\n")
		if len(msgs) != 1 || !strings.Contains(got, c.want) || strings.Contains(got, c.not) {
			t.Errorf("%q: archive-line said %q, want one finding saying %q and not %q", c.recips, got, c.want, c.not)
		}
	}
}
