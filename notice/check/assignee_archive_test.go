package check

import (
	"slices"
	"testing"
)

// TestArchiveCodesAndInitials: a unit's code keeps its number, and the
// initials of its name drop the marks the code never writes.
func TestArchiveCodesAndInitials(t *testing.T) {
	for _, c := range []struct {
		line string
		want []string
	}{
		{"- Lưu: VT, QLDA2.", []string{"QLDA2"}},
		{"- Lưu: VT, KH-TC(Lan).", []string{"KHTC"}},
		{"- Lưu: VT, TĐ1, TH.", []string{"TD1", "TH"}},
		{"- Lưu: VT, TM, Th12.", []string{"TM"}},
		{"- Lưu: VT, 12.", nil},
	} {
		if got := archiveCodes(c.line); !slices.Equal(got, c.want) {
			t.Errorf("archiveCodes(%q) = %q, want %q", c.line, got, c.want)
		}
	}
	for _, c := range []struct {
		words []string
		want  string
	}{
		{[]string{"Quản", "lý", "dự", "án", "2"}, "QLDA2"},
		{[]string{"Ứng", "dụng", "công", "nghệ"}, "UDCN"},
		{[]string{"Kế", "hoạch", "-", "Tài", "chính"}, "KHTC"},
		{[]string{"Đào", "tạo", "và", "Ôn", "luyện"}, "DTOL"},
	} {
		if got := initials(c.words); got != c.want {
			t.Errorf("initials(%q) = %q, want %q", c.words, got, c.want)
		}
	}
}
