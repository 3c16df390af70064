package check_test

import "testing"

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
		if n := len(lineFindings(t, c.line, "citation-kind-repeated")); n != c.want {
			t.Errorf("%q: %d citation-kind-repeated findings, want %d", c.line, n, c.want)
		}
	}
}
