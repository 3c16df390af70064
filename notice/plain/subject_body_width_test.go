package plain

import (
	"os"
	"testing"
)

// TestSubjectOverWrappedBody reads a notice copied from a PDF viewer,
// its body broken at the page's width: the trích yếu is its one short
// line, and the body's first line, long and opening with a capital, is
// the body's. A trích yếu broken in two short lines stays one.
func TestSubjectOverWrappedBody(t *testing.T) {
	src, err := os.ReadFile("../../testdata/lawful/p77/viewer-ngan-hang-tam-ngung.txt")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := subjectOf(t, src), "Tạm ngừng giao dịch để nâng cấp hệ thống"; got != want {
		t.Errorf("viewer copy: subject %q, want %q", got, want)
	}
	twin := []byte("UBND TỈNH HÀ TĨNH\nSỞ TÀI CHÍNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n" +
		"Số: 12/TB-STC\nHà Tĩnh, ngày 03 tháng 12 năm 2026\nTHÔNG BÁO\nKết luận của đồng chí Giám đốc Sở\n" +
		"Nguyễn Văn An tại buổi làm việc với Phòng Quản lý ngân sách\n" +
		"Ngày 01 tháng 12 năm 2026, đồng chí Giám đốc Sở làm việc với Phòng Quản lý ngân sách về tiến độ giải ngân vốn.\n" +
		"Nơi nhận:\n- Phòng Quản lý ngân sách;\n- Lưu: VT.\nGIÁM ĐỐC\nNguyễn Văn An\n")
	if got, want := subjectOf(t, twin), "Kết luận của đồng chí Giám đốc Sở Nguyễn Văn An tại buổi làm việc với Phòng Quản lý ngân sách"; got != want {
		t.Errorf("two short lines: subject %q, want %q", got, want)
	}
}

func subjectOf(t *testing.T, src []byte) string {
	t.Helper()
	f, err := Read("notice.txt", src)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range f.Paras {
		if p.Kind == Subject {
			return p.Text
		}
	}
	return ""
}
