package check_test

import (
	"testing"

	"github.com/thongbao/thongbao/notice/check"
	"github.com/thongbao/thongbao/notice/reading"
)

// TestKindAfterDatePointsBack: a cited document's kind said again after
// its number and date is said, but not where the kind opens a sentence
// run on, pointing back to the document ("Quyết định này có hiệu lực"):
// there the full stop is missing, and dropping the kind would be wrong.
func TestKindAfterDatePointsBack(t *testing.T) {
	for _, c := range []struct {
		line string
		want int
	}{
		{"Căn cứ Thông báo số 751-TB/HU ngày 09/8/2019 Thông báo kết luận của Ban Thường vụ Huyện ủy, xã tổ chức Hội thi.", 1},
		{"Thực hiện Quyết định số 12/QĐ-UBND ngày 02/3/2020 Quyết định này có hiệu lực từ ngày ký.", 0},
		{"Thực hiện Quyết định số 12/QĐ-UBND ngày 02/3/2020 Quyết định đó giao xã tổ chức Hội thi.", 0},
	} {
		src := "THÔNG BÁO\n\n" + c.line + "\n"
		r, err := reading.Read("n.txt", []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, f := range check.Reading(r, nil, check.Options{}) {
			if f.Rule == "citation-kind-repeated" {
				n++
			}
		}
		if n != c.want {
			t.Errorf("%q: %d citation-kind-repeated findings, want %d", c.line, n, c.want)
		}
	}
}
