package check_test

import (
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/check"
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/reading"
)

// TestHeadAboveMissingNamesTheKind: a text whose header was lost above the
// part that was found is told what is missing in the words of its kind: a
// Công văn has no type name, its header stands above the trích yếu "V/v";
// a Thông báo's above the type name.
func TestHeadAboveMissingNamesTheKind(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"cong-van", "V/v tham gia hội chợ năm 2022\n\nKính gửi:\n- Các doanh nghiệp trên địa bàn.\n\n" +
			"Sở Công Thương đề nghị các doanh nghiệp đăng ký tham gia trước ngày 20/9/2022./.\n",
			"không tìm thấy phần đầu công văn phía trên trích yếu: số, ký hiệu, địa danh và ngày ban hành"},
		{"thong-bao", "THÔNG BÁO\nKết luận của Chủ tịch UBND xã tại cuộc họp giao ban\n\n" +
			"Ngày 05/3/2025, Chủ tịch UBND xã chủ trì cuộc họp giao ban./.\n",
			"không tìm thấy phần đầu văn bản phía trên tên loại: số, ký hiệu, địa danh và ngày ban hành"},
	}
	for _, c := range cases {
		r, err := reading.Read(c.name+".txt", []byte(c.src))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, f := range check.Reading(r, nil, check.Options{}) {
			if f.Rule == "required" && strings.Contains(f.Message.In(diag.VI), "phía trên") {
				got = append(got, f.Message.In(diag.VI))
			}
		}
		if len(got) != 1 || got[0] != c.want {
			t.Errorf("%s: got %q, want [%q]", c.name, got, c.want)
		}
	}
}
