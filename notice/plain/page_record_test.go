package plain

import "testing"

// TestPageRecord reads a crawler's or a scraper's record of a post (its
// labels, fields, link and rule, the post's title over its fields or
// repeated under it, the post's date) as the page's, and leaves a notice's
// own lines that only look so: fields of a contact, a heading over a body.
func TestPageRecord(t *testing.T) {
	cases := []readCase{
		// a crawler's record in brackets closed by a rule, the title repeated
		// under it, the post's category and date
		{"[TITLE]\nThông báo về việc điều chỉnh lịch thi học kỳ – Trường X – Tin tức\n\n[URL]\nhttps://example.edu.vn/thong-bao-lich-thi\n\n[META]\nschool: x\ntags: 2024,lich_thi\nhash: 7d11e1601e75c513\n\n---\n\n# Thông báo về việc điều chỉnh lịch thi học kỳ\n\n* Tin tức\n* 30/06/2025\n\nNhà trường thông báo lịch thi học kỳ như sau./.\n",
			"n.txt:1:1 page: [TITLE]\nn.txt:2:1 page: Thông báo về việc điều chỉnh lịch thi học kỳ – Trường X – Tin tức\nn.txt:4:1 page: [URL]\nn.txt:5:1 page: https://example.edu.vn/thong-bao-lich-thi\nn.txt:7:1 page: [META]\nn.txt:8:1 page: school: x\nn.txt:9:1 page: tags: 2024,lich_thi\nn.txt:10:1 page: hash: 7d11e1601e75c513\nn.txt:12:1 page: ---\nn.txt:14:3 page: Thông báo về việc điều chỉnh lịch thi học kỳ\nn.txt:16:3 page: Tin tức\nn.txt:19:1 body: Nhà trường thông báo lịch thi học kỳ như sau./."},
		// a scraper's fields under the post's title
		{"# THÔNG BÁO NGHỈ HỌC DO BÃO SỐ 3\n\n- **Author:** Nguyễn Văn A\n- **Date:** 2024-09-06T12:45:42+07:00\n- **Original URL:** https://example.edu.vn/thong-bao-nghi-hoc/\n\nTrung tâm thông báo sinh viên nghỉ học ngày 07/9/2024./.\n",
			"n.txt:1:3 page: THÔNG BÁO NGHỈ HỌC DO BÃO SỐ 3\nn.txt:3:1 page: - Author: Nguyễn Văn A\nn.txt:4:1 page: - Date: 2024-09-06T12:45:42+07:00\nn.txt:5:1 page: - Original URL: https://example.edu.vn/thong-bao-nghi-hoc/\nn.txt:7:1 body: Trung tâm thông báo sinh viên nghỉ học ngày 07/9/2024./."},
		// a notice's contact fields and a heading over its body stay its own
		{"THÔNG BÁO\nVề việc tuyển sinh\n\nemail: tuyensinh@example.edu.vn\nwebsite: https://example.edu.vn\n\nNhà trường thông báo tuyển sinh./.\n",
			"n.txt:1:1 title: THÔNG BÁO\nn.txt:2:1 subject: Về việc tuyển sinh\nn.txt:4:1 body: email: tuyensinh@example.edu.vn website: https://example.edu.vn\nn.txt:7:1 body: Nhà trường thông báo tuyển sinh./."},
		{"Kế hoạch tuyển sinh năm 2025\n\nemail: tuyensinh@example.edu.vn\nĐiện thoại: 0123456789\n\nNhà trường thông báo tuyển sinh./.\n",
			"n.txt:1:1 body: Kế hoạch tuyển sinh năm 2025 email: tuyensinh@example.edu.vn Điện thoại: 0123456789\nn.txt:6:1 body: Nhà trường thông báo tuyển sinh./."},
	}
	readCases(t, cases)
}
