package plain

import "testing"

// appendixHead is a Blank notice whose rules follow the signature.
const appendixHead = "ỦY BAN NHÂN DÂN\n\nXÃ BÌNH MINH\n\nSố: 15/TB-UBND\n\nTHÔNG BÁO\n\nVề việc ban hành Quy định\n\n" +
	"Ủy ban nhân dân xã ban hành Quy định kèm theo Thông báo này./.\n\nNơi nhận:\n- Lưu: VT.\n\nCHỦ TỊCH\n\nTrần Văn Minh\n\nQUY ĐỊNH\n\n"

// TestAppendixPageBroken reads an appendix a PDF's converter cut with
// blank lines and a page's number inside its points as the points they
// are, and keeps apart what stands apart: a short heading over its
// paragraph, a new point, a paragraph after a finished one.
func TestAppendixPageBroken(t *testing.T) {
	cases := []struct{ body, want string }{
		{"1. Sinh viên có kết quả từ loại khá (gọi tắt là sinh viên đủ\n\nđiều kiện) được xét.",
			"1. Sinh viên có kết quả từ loại khá (gọi tắt là sinh viên đủ điều kiện) được xét."},
		{"a) Mức 1 dành cho sinh viên có điểm từ 3,6 trở lên theo thang điểm\n\n(4);\n\nb) Mức 2.",
			"a) Mức 1 dành cho sinh viên có điểm từ 3,6 trở lên theo thang điểm (4);|b) Mức 2."},
		{"b) Mức 2 dành cho sinh viên có điểm (theo quy định của\n\n2\n\nNhà trường);\ntheo học kỳ;",
			"b) Mức 2 dành cho sinh viên có điểm (theo quy định của Nhà trường); theo học kỳ;"},
		{"c) Mức 3 dành cho sinh viên thuộc diện\n\n1.2 của Quy định này;\nd) Mức 4 dành cho sinh viên thuộc diện\n1.3 của Quy định này.",
			"c) Mức 3 dành cho sinh viên thuộc diện 1.2 của Quy định này;|d) Mức 4 dành cho sinh viên thuộc diện 1.3 của Quy định này."},
		{"3. Chỉ đạo giải quyết khiếu nại trong việc thực hiện\n\nQuy chế này.",
			"3. Chỉ đạo giải quyết khiếu nại trong việc thực hiện Quy chế này."},
		{"6. Nhiệm vụ của Phó Trưởng ban\nPhó Trưởng ban thực hiện các nhiệm vụ được Trưởng ban phân công và thay mặt Trưởng ban khi được ủy quyền.",
			"6. Nhiệm vụ của Phó Trưởng ban|Phó Trưởng ban thực hiện các nhiệm vụ được Trưởng ban phân công và thay mặt Trưởng ban khi được ủy quyền."},
		{"1. Điểm xét tuyển theo quy định của Bộ\nGDĐT.", "1. Điểm xét tuyển theo quy định của Bộ GDĐT."},
		{"1. Sinh viên đăng ký học bổng trước ngày 15.\n\n2. Sinh viên nộp hồ sơ tại khoa.\n\nPhòng Công tác sinh viên tổng hợp.",
			"1. Sinh viên đăng ký học bổng trước ngày 15.|2. Sinh viên nộp hồ sơ tại khoa.|Phòng Công tác sinh viên tổng hợp."},
		{"1.2 Đối tượng được xét\n\n1.3 Mức học bổng", "1.2 Đối tượng được xét|1.3 Mức học bổng"},
	}
	for _, c := range cases {
		f, err := Read("n.txt", []byte(appendixHead+c.body+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		var got string
		for _, p := range f.Paras {
			if p.Kind == Appendix && p.Text != "QUY ĐỊNH" {
				if got != "" {
					got += "|"
				}
				got += p.Text
			}
		}
		if got != c.want {
			t.Errorf("%q: got\n%s\nwant\n%s", c.body, got, c.want)
		}
	}
}
