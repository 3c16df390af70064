package check_test

import (
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/check"
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/reading"
)

// vvCaseFixes are the fixes subject-vv-case gives a Công văn whose
// trích yếu is subject, or a Thông báo's when kind is "THÔNG BÁO".
func vvCaseFixes(t *testing.T, kind, subject string) []string {
	t.Helper()
	if kind != "" {
		subject = kind + "\n" + subject
	}
	src := "ỦY BAN NHÂN DÂN\nHUYỆN PHÚ VANG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n" +
		"Số: 152/UBND-VP\nPhú Vang, ngày 05 tháng 3 năm 2025\n" + subject + "\n" +
		"Kính gửi: Các cơ quan, đơn vị trên địa bàn huyện.\n" +
		"Ủy ban nhân dân huyện đề nghị các cơ quan, đơn vị thực hiện./.\n" +
		"Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn An\n"
	r, err := reading.Read("cv.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range check.Reading(r, nil, check.Options{}) {
		if f.Rule == "subject-vv-case" {
			got = append(got, f.Fix.In(diag.VI))
		}
	}
	return got
}

// TestSubjectVVCaseTypeName: a trích yếu opening with any tên loại of
// the decree names a given document ("V/v Biên bản ...", "V/v Giấy mời
// ...") and keeps its capital, as "V/v Kế hoạch ..." does; a plain word
// is still said.
func TestSubjectVVCaseTypeName(t *testing.T) {
	for _, s := range []string{"V/v Biên bản kiểm tra công tác phòng cháy", "V/v Giấy mời họp giao ban tháng 3",
		"V/v Hợp đồng thuê trụ sở năm 2025", "V/v Bản ghi nhớ hợp tác đào tạo", "V/v Công đoàn cơ sở tổ chức tham quan"} {
		if got := vvCaseFixes(t, "", s); len(got) > 0 {
			t.Errorf("%q: said %q", s, got)
		}
	}
	if got := vvCaseFixes(t, "", "V/v Lịch tiêm bổ sung vắc xin"); len(got) != 1 {
		t.Errorf("\"V/v Lịch tiêm ...\": said %q, want one finding", got)
	}
}

// TestSubjectVVCaseBracketFix: a trích yếu in brackets under the tên
// loại is told in full without them (subject-brackets says them), never with its closing bracket alone.
func TestSubjectVVCaseBracketFix(t *testing.T) {
	got := vvCaseFixes(t, "THÔNG BÁO", "(V/v Tổ chức hội nghị tổng kết năm 2024)")
	if len(got) != 1 || strings.ContainsAny(got[0], "()") || !strings.Contains(got[0], "V/v tổ chức hội nghị tổng kết năm 2024") {
		t.Errorf("got %q, want one fix writing \"V/v tổ chức hội nghị tổng kết năm 2024\"", got)
	}
}

// TestSubjectVVCaseNames: a body's kind ("Khoa", "Hạt", "Thư viện")
// and a word no Vietnamese syllable spells ("Vinaphone", "Agribank": a
// trade name) open a name and keep their capital after "V/v".
func TestSubjectVVCaseNames(t *testing.T) {
	for _, s := range []string{"V/v Khoa tổ chức thi lại học kỳ II", "V/v Hạt kiểm lâm kiểm tra rừng",
		"V/v Thư viện tạm ngừng phục vụ bạn đọc", "V/v Vinaphone hỗ trợ đường truyền", "V/v Agribank thu nộp thuế"} {
		if got := vvCaseFixes(t, "", s); len(got) > 0 {
			t.Errorf("%q: said %q", s, got)
		}
	}
}
