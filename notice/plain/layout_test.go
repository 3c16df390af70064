package plain

import (
	"strings"
	"testing"
)

func rawLines(s string) []rawLine {
	var out []rawLine
	off := 0
	for i, l := range strings.Split(s, "\n") {
		out = append(out, rawLine{s: l, off: off, num: i + 1})
		off += len(l) + 1
	}
	return out
}

func TestDecide(t *testing.T) {
	long := strings.Repeat("Ủy ban nhân dân tỉnh yêu cầu các sở, ngành thực hiện nghiêm túc. ", 4)
	for _, c := range []struct {
		name, text string
		md         bool
		want       Layout
	}{
		{"paragraphs one per line", "THÔNG BÁO\nKết luận\n" + long + "\n" + long + "\n- Lưu: VT.", false, OnePerLine},
		{"long paragraphs parted by blank lines", "THÔNG BÁO\n\n" + long + "\n\n" + long + "\n", false, Blank},
		{"paragraphs one per line, the last one long", "Giao Sở thực hiện.\n" + long + "\nSau khi xem xét, Chủ tịch có ý kiến:\n" + long + "\n\n", false, OnePerLine},
		{"paragraphs one per line, an empty paragraph above the Nơi nhận", "THÔNG BÁO\nKết luận\n" + long + "\n" + long + "\n\nNơi nhận:\n- Lưu: VT.", false, OnePerLine},
		{"paragraphs one per line, an empty paragraph above the signer's row", "THÔNG BÁO\nKết luận\n" + long + "\n" + long + "\n\n\tTM. ỦY BAN NHÂN DÂN\n\tCHỦ TỊCH", false, OnePerLine},
		{"long paragraphs parted by blank lines, one above the Nơi nhận", "THÔNG BÁO\n\n" + long + "\n\n" + long + "\n\nNơi nhận:\n- Lưu: VT.", false, Blank},
		{"paragraphs one per line, a long trích yếu set apart by an empty paragraph", "QUYẾT ĐỊNH\n" + strings.ToUpper(long) + "\n\n" + long + "\nĐiều 2. Quyết định có hiệu lực.", false, OnePerLine},
		{"long paragraphs parted by blank lines, a long trích yếu", "QUYẾT ĐỊNH\n" + strings.ToUpper(long) + "\n\n" + long + "\n\n" + long + "\n\nĐiều 2. Quyết định có hiệu lực.", false, Blank},
		{"short lines, a Word text's empty paragraphs under the header, the trích yếu and in the signature", "ỦY BAN NHÂN DÂN\nTỈNH VĨNH LONG\n\nSố: 18/QĐ-UBND\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nVĩnh Long, ngày 06 tháng 10 năm 2009\n\nQUYẾT ĐỊNH\nVề việc thu hồi Quyết định số 2093/QĐ-UBND.\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\nTheo đề nghị của Giám đốc Sở Nội vụ.\nQUYẾT ĐỊNH:\nĐiều 1. Thu hồi Quyết định số 2093/QĐ-UBND.\nĐiều 2. Quyết định này có hiệu lực sau 10 ngày./.\n\nNơi nhận:\n- Lưu: VT.\tKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\nNguyễn Văn Diệp", false, OnePerLine},
		{"short paragraphs parted by blank lines, a blank line under the header", "ỦY BAN NHÂN DÂN\nTỈNH VĨNH LONG\n\nSố: 18/QĐ-UBND\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nVĩnh Long, ngày 06 tháng 10 năm 2009\n\nQUYẾT ĐỊNH\nVề việc thu hồi Quyết định số 2093/QĐ-UBND.\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n\nTheo đề nghị của Giám đốc Sở Nội vụ.\n\nQUYẾT ĐỊNH:\nĐiều 1. Thu hồi Quyết định số 2093/QĐ-UBND.\nĐiều 2. Quyết định này có hiệu lực sau 10 ngày./.\n\nNơi nhận:\n- Lưu: VT.\tKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\nNguyễn Văn Diệp", false, Blank},
		{"short lines of a form's fields, the header's rows parted by tabs (Word's save as text)", "UBND TỈNH QUẢNG TRỊ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ XÂY DỰNG\tĐộc lập - Tự do - Hạnh phúc\nSố: 118/GNP-SXD\tQuảng Trị, ngày 02 tháng 12 năm 2026\n\nGIẤY NGHỈ PHÉP\nGiám đốc Sở Xây dựng cấp cho: bà Nguyễn Thị Kim Oanh\nChức vụ: chuyên viên Phòng Quản lý xây dựng\nĐược nghỉ phép năm 2026 trong thời gian 05 ngày làm việc\nTại: xã Hải Lăng, tỉnh Quảng Trị./.\n\nNơi nhận:\tGIÁM ĐỐC\n- Lưu: VT, VP.\t\n", false, OnePerLine},
		{"wrapped by hand under a header whose rows a tab parts", "UBND TỈNH QUẢNG TRỊ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 118/TB-SXD\tQuảng Trị, ngày 02 tháng 12 năm 2026\n\nTHÔNG BÁO\nNgày 22/02/2023, Chủ tịch UBND huyện chủ trì cuộc họp\ntriển khai nhiệm vụ năm 2023.\nSau khi nghe báo cáo, Chủ tịch\nkết luận như sau:\n", false, Blank},
		{"markdown", "THÔNG BÁO\nKết luận\n" + long + "\n" + long, true, Blank},
		{"wrapped by hand", "Ngày 22/02/2023, Chủ tịch UBND huyện chủ trì cuộc họp\ntriển khai nhiệm vụ năm 2023.\n\nSau khi nghe báo cáo, Chủ tịch\nkết luận như sau:\n", false, Blank},
		{"laid out", "      Ngày 22/02/2023, Chủ tịch UBND huyện chủ trì cuộc họp triển\nkhai nhiệm vụ năm 2023.\n      Sau khi nghe báo cáo, Chủ tịch kết luận\nnhư sau:\n       a) Tiếp tục triển khai\nthực hiện.\n", false, Columns},
		{"laid out, no form feed, wrapped lines one or two spaces in", "UBND TỈNH LÀO CAI              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n         Căn cứ Nghị định số 35/2022/NĐ-CP ngày 28/5/2022 của Chính phủ quy định\n  về quản lý khu công nghiệp và khu kinh tế;\n         Căn cứ Quyết định số 07/QĐ-BQL ngày 15/01/2026 của Trưởng Ban Quản lý\n  các khu công nghiệp tỉnh Lào Cai;\n       Điều 1. Bổ sung thành viên Tổ công tác kiểm tra các khu công nghiệp, cụ thể\n như sau:\n", false, Columns},
		{"laid out, one page, no form feed: the header's cells side by side, two paragraphs' first lines indented", "   SỞ NỘI VỤ TỈNH NGHỆ AN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n    TRUNG TÂM DỊCH VỤ VIỆC LÀM           Độc lập - Tự do - Hạnh phúc\n\n                     THÔNG BÁO\n\n        Thực hiện Kế hoạch số 312/KH-SNV của Sở Nội vụ, Trung tâm thông\nbáo lịch như sau:\nPhiên định kỳ              Ngày 15/12/2026\n        Người lao động đăng ký trước ngày tổ chức phiên ít nhất\n03 ngày làm việc.\n\nNơi nhận:                           GIÁM ĐỐC\n- Lưu: VT.", false, Columns},
		{"typed, the header's cells side by side with spaces, one paragraph indented that ends its sentence there", "UBND XÃ TÂN PHÚ          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 15/TB-BCHQS\nTHÔNG BÁO\nLịch khám sức khỏe nghĩa vụ quân sự năm 2027\n     Thực hiện Kế hoạch số 45/KH-UBND của Ủy ban nhân dân xã, Ban Chỉ huy Quân sự xã thông báo như sau:\n1. Thời gian: từ 07 giờ 00 ngày 15/12/2026.\nBan Chỉ huy Quân sự xã thông báo để công dân biết./.\n\nNơi nhận:\n- Lưu: VT.\nCHỈ HUY TRƯỞNG\nLê Văn Bình", false, OnePerLine},
		{"wrapped by hand, the header's cells on lines of their own, two lines indented", "SỞ NỘI VỤ TỈNH NGHỆ AN\nTRUNG TÂM DỊCH VỤ VIỆC LÀM\n\nTHÔNG BÁO\n\n        Thực hiện Kế hoạch số 312/KH-SNV của Sở Nội vụ, Trung tâm thông\nbáo lịch như sau:\n        Người lao động đăng ký trước ngày tổ chức phiên ít nhất\n03 ngày làm việc.\n\nNơi nhận:\n- Lưu: VT.", false, Blank},
		{"short lines, nothing else", "THÔNG BÁO\nKết luận\nNơi nhận:\n- Lưu: VT.", false, OnePerLine},
		{"short lines, an empty paragraph before the appendix", "THÔNG BÁO\nVề việc lịch thi\nỦy ban nhân dân xã thông báo lịch thi như Phụ lục kèm theo./.\nNơi nhận:\n- Lưu: VT.\nCHỦ TỊCH\nNguyễn Văn An\n\nPHỤ LỤC\nLỊCH THI\nMôn thi thứ nhất:\nTiếng Anh", false, OnePerLine},
		{"short lines, an empty paragraph before an appendix headed by its list", "THÔNG BÁO\nDanh sách hộ được hỗ trợ\nỦy ban nhân dân xã thông báo danh sách kèm theo./.\nNơi nhận:\n- Lưu: VT.\nCHỦ TỊCH\nHoàng Văn Dũng\n\nDANH SÁCH HỘ ĐƯỢC HỖ TRỢ\nThôn Đông\nNguyễn Văn Hải", false, OnePerLine},
		{"short lines, empty paragraphs before the Nơi nhận and the appendix", "THÔNG BÁO\nDanh sách hộ được hỗ trợ\nỦy ban nhân dân xã thông báo danh sách kèm theo./.\n\nNơi nhận:\n- Lưu: VT.\nCHỦ TỊCH\nHoàng Văn Dũng\n\nPHỤ LỤC\nThôn Đông", false, OnePerLine},
		{"short lines, an empty paragraph before the Nơi nhận and signer's row", "THÔNG BÁO\nDanh sách hộ được hỗ trợ\nỦy ban nhân dân xã thông báo danh sách kèm theo./.\n\nNơi nhận:\tCHỦ TỊCH\n- Lưu: VT.\t\n\tHoàng Văn Dũng", false, OnePerLine},
		{"short lines, a blank line in the body under 'Nơi nhận hồ sơ'", "THÔNG BÁO\nTuyển dụng viên chức\nNơi nhận hồ sơ: Phòng Nội vụ\n\nThời gian nhận hồ sơ: 30 ngày\nNơi nhận:\n- Lưu: VT.", false, Blank},
		{"short lines broken from a page, a blank line between the signer's title and name", "NGHỊ QUYẾT\nVỀ CHƯƠNG TRÌNH PHÁT TRIỂN\nNHÀ Ở ĐẾN NĂM 2025\nĐiều 1. Thông qua Chương trình./.\nNơi nhận:\n- Lưu: VT.\nCHỦ TỊCH\n\nNguyễn Văn An", false, Blank},
		{"short lines, a blank line inside a sentence", "THÔNG BÁO\nThực hiện Thông báo số 140/TB-ĐLAB\n\nCông ty kiểm tra đường ống./.\nNơi nhận:\n- Lưu: VT.\nGIÁM ĐỐC\n\nPHỤ LỤC\nDanh sách", false, Blank},
		{"short lines with lettered points", "KẾ HOẠCH\nTổ chức ngày hội\n1. Các hoạt động:\na) Thi trình diễn;\nb) Thi văn nghệ;\nc) Trưng bày.\nNơi nhận:\n- Lưu: VT.", false, OnePerLine},
	} {
		if got := decide(rawLines(c.text), c.md); got != c.want {
			t.Errorf("%s: %s, want %s", c.name, got, c.want)
		}
	}
}

func TestRowCells(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"Số: 12/TB-UBND | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "left:Số: 12/TB-UBND right:CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"},
		{" | TL. CHỦ TỊCH", "left: right:TL. CHỦ TỊCH"},
		{"- Như trên; | ", "left:- Như trên; right:"},
		{"- Lưu: VT, TH.\t\tCHÁNH VĂN PHÒNG", "left:- Lưu: VT, TH. right: right:CHÁNH VĂN PHÒNG"},
		{"Số:           /TB-VP\tLào Cai, ngày        tháng 6 năm 2026", "left:Số:           /TB-VP right:Lào Cai, ngày        tháng 6 năm 2026"},
		{"V/v triển khai thực hiện các quy định pháp luật về quản lý chất lượng công trình xây dựng trên địa bàn tỉnh\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "left:V/v triển khai thực hiện các quy định pháp luật về quản lý chất lượng công trình xây dựng trên địa bàn tỉnh right:CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"},
		{"- Sở Xây dựng và các đơn vị có liên quan để phối hợp thực hiện, báo cáo kết quả về Ủy ban nhân dân tỉnh\tKT. CHỦ TỊCH", "left:- Sở Xây dựng và các đơn vị có liên quan để phối hợp thực hiện, báo cáo kết quả về Ủy ban nhân dân tỉnh right:KT. CHỦ TỊCH"},
		{"V/v triển khai thực hiện các quy định pháp luật về quản lý chất lượng công trình xây dựng trên địa bàn tỉnh\tLào Cai, ngày 12 tháng 4 năm 2026", "left:V/v triển khai thực hiện các quy định pháp luật về quản lý chất lượng công trình xây dựng trên địa bàn tỉnh right:Lào Cai, ngày 12 tháng 4 năm 2026"},
		{"V/v triển khai thực hiện các quy định pháp luật về quản lý chất lượng công trình xây dựng trên địa bàn tỉnh\t\tLào Cai", "left:V/v triển khai thực hiện các quy định pháp luật về quản lý chất lượng công trình xây dựng trên địa bàn tỉnh right: right:Lào Cai"},
		{"1.\tSở Công Thương", "whole"},
		{"Kính gửi:\tSở Tài chính", "whole"},
		{"\tTL. CHỦ TỊCH", "whole"},
		{"Nơi nhận:\t\t   ", "whole"},
		{"a|b and c |d", "whole"},
		{"+ Nhà máy: Gồm 02 tổ máy, tua bin gáo trục đứng, mỗi tổ máy có công suất 6,5MW, cao trình sàn lắp máy\t238,30m.", "whole"},
	} {
		l := rowOrLine(rawLine{s: c.line, num: 1}, false)
		var got []string
		for _, x := range l.cells {
			got = append(got, x.col.String()+":"+x.text)
		}
		g := strings.Join(got, " ")
		if l.cells == nil {
			g = "whole"
		}
		if g != c.want {
			t.Errorf("%q: %s, want %s", c.line, g, c.want)
		}
	}
}

// TestTwoColumns: the river between the header's columns is found even
// where a column has gaps of its own ("Số:      /TB-UBND", "ngày   tháng").
func TestTwoColumns(t *testing.T) {
	text := "     ỦY BAN NHÂN DÂN             CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" +
		"      THỊ XÃ ĐỨC PHỔ                     Độc lập - Tự do - Hạnh phúc\n" +
		"      Số:      /TB-UBND             Đức Phổ, ngày         tháng 4 năm 2024"
	var got []string
	for _, row := range twoColumns(pageLines(rawLines(text))) {
		for _, c := range row.cells {
			got = append(got, c.col.String()+":"+strings.Join(strings.Fields(c.text), " "))
		}
	}
	want := "left:ỦY BAN NHÂN DÂN right:CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM left:THỊ XÃ ĐỨC PHỔ right:Độc lập - Tự do - Hạnh phúc " +
		"left:Số: /TB-UBND right:Đức Phổ, ngày tháng 4 năm 2024"
	if g := strings.Join(got, " "); g != want {
		t.Errorf("got  %s\nwant %s", g, want)
	}
}

func TestGarbled(t *testing.T) {
	para := func(s string) []Para { return []Para{{Text: s}} }
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Ke't lua^n cua d0ng chi' Bui Van Ly, Chu t1ch UBND th1 x4 ta.i cuo^c ho.p d4nh gia' k3t qua? thu.c hien cong ta'c chuy3n doi so na(m 2023", true},
		{"Ket luan cua dong chi Bui Van Ly, Chu tich UBND thi xa tai cuoc hop danh gia ket qua thuc hien cong tac chuyen doi so nam 2023", true},
		{"Kết luận của đồng chí Bùi Văn Lý, Chủ tịch UBND thị xã tại cuộc họp đánh giá kết quả thực hiện công tác chuyển đổi số năm 2023, ống D40cm, 106m3", false},
		{"TH0NG B4O", false}, // too short to judge
	} {
		if got := garbled(para(c.text)); got != c.want {
			t.Errorf("%q: %v, want %v", c.text, got, c.want)
		}
	}
}
