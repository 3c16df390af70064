package tasks

import (
	"os"
	"testing"

	"github.com/thongbao/thongbao/notice/reading"
)

// TestKindBoundNoDeadline holds the register to check's reading of a
// date of law (check.BoundsKind): "hồ sơ nộp trước ngày 01/7/2014" and
// "hộ gia đình sử dụng đất ổn định trước ngày 15/10/1993" bound the kinds
// a task lists and are due on no day, so the items take their heading's
// deadline; "hộ kinh doanh nộp thuế trước ngày 30/11/2026" is a deadline.
// A day that tells when a thing came into a past state ("các tài liệu quá
// hạn trước ngày 01/11/2026", no work asked of them) is no deadline; "hoàn
// thành xử lý các khoản nợ quá hạn trước ngày 20/12/2026" is one.
func TestKindBoundNoDeadline(t *testing.T) {
	src, err := os.ReadFile("testdata/kind-bound.txt")
	if err != nil {
		t.Fatal(err)
	}
	s, err := reading.Read("kind-bound.txt", src)
	if err != nil {
		t.Fatal(err)
	}
	n, list := Extract(s)
	want := map[string]string{ // "0000": due on no day
		"Hồ sơ nộp trước ngày 01/7/2014":                                     "2026-12-20",
		"Hộ gia đình sử dụng đất ổn định trước ngày 15/10/1993":              "2026-12-20",
		"Hộ gia đình kê khai trước ngày 01/7/2025 không phải kê khai lại":    "2026-12-20",
		"Các hộ kinh doanh nộp thuế trước ngày 30/11/2026":                   "2026-11-30",
		"Hướng dẫn miễn phí phạt cho tài liệu quá hạn trước ngày 01/11/2026": "0000",
		"Hoàn thành xử lý các khoản nợ quá hạn trước ngày 20/12/2026":        "2026-12-20",
	}
	seen := 0
	for _, x := range Build([]Entry{{Notice: n, Tasks: list}}).Tasks {
		day, ok := want[x.Short]
		if !ok {
			continue
		}
		seen++
		if got := x.Due.Date.ISO(); got != day {
			t.Errorf("%q: due %s, want %s", x.Short, got, day)
		}
	}
	if seen != len(want) {
		t.Errorf("read %d of the %d tasks", seen, len(want))
	}
}
