package check_test

import (
	"testing"

	"github.com/thongbao/thongbao/notice/diag"
)

// TestDateHalfLongFix: the fix of a date begun in words and ended in
// figures keeps "ngày" as written, so a sentence opened by "Ngày" keeps
// its capital; the month's word in capitals or with a capital after
// "ngày" in small letters takes the case of "ngày" (r73).
func TestDateHalfLongFix(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"Ngày 12 và 13 tháng 11/2020, xã tổ chức Hội thi.", `viết "Ngày 12 và 13 tháng 11 năm 2020" hoặc "Ngày 12 và 13/11/2020"`},
		{"Xã tổ chức Hội thi ngày 12, 13 tháng 11/2020.", `viết "ngày 12, 13 tháng 11 năm 2020" hoặc "ngày 12, 13/11/2020"`},
		{"Xã tổ chức Hội thi ngày 5 Tháng 11/2020.", `viết "ngày 5 tháng 11 năm 2020" hoặc "ngày 5/11/2020"`},
		{"Xã tổ chức Hội thi ngày 5 THÁNG 11/2020.", `viết "ngày 5 tháng 11 năm 2020" hoặc "ngày 5/11/2020"`},
		{"Xã tổ chức Hội thi NGÀY 5 THÁNG 11/2020.", `viết "NGÀY 5 THÁNG 11 NĂM 2020" hoặc "NGÀY 5/11/2020"`},
	} {
		var got []string
		for _, f := range lineFindings(t, c.line, "date-style") {
			got = append(got, f.Fix.In(diag.VI))
		}
		if len(got) != 1 || got[0] != c.want {
			t.Errorf("%q: got %q, want one date-style fix %q", c.line, got, c.want)
		}
	}
}
