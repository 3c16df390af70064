package check_test

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/check"
	"github.com/thongbao/thongbao/notice/config"
)

// TestAssigneeAskedMessage: assignee-not-recipient tells a body the
// notice asks ("Đề nghị Công an xã ...", "Chủ tịch Ủy ban nhân dân xã đề
// nghị Đội ...") as asked, not as given work: an office cannot give work
// to a body it does not direct (a91).
func TestAssigneeAskedMessage(t *testing.T) {
	path := filepath.Join(lintDir, "assignee-asked.txt")
	fx := readFixture(t, path)
	cfg, err := config.For(path)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range lint(t, fx, cfg, check.Options{}) {
		if f.Rule == "assignee-not-recipient" {
			got = append(got, f.Message.VI, f.Message.EN)
		}
	}
	want := []string{
		`"Phòng Kinh tế" được giao nhiệm vụ nhưng không có trong nơi nhận`, `"Phòng Kinh tế" is assigned work but is not among the recipients`,
		`"Công an xã" được đề nghị thực hiện nhưng không có trong nơi nhận`, `"Công an xã" is asked to act but is not among the recipients`,
		`"Bảo hiểm xã hội tỉnh" được đề nghị thực hiện nhưng không có trong nơi nhận`, `"Bảo hiểm xã hội tỉnh" is asked to act but is not among the recipients`,
		`"Đội Cảnh sát giao thông số 2" được đề nghị thực hiện nhưng không có trong nơi nhận`, `"Đội Cảnh sát giao thông số 2" is asked to act but is not among the recipients`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
