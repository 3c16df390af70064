package plain

import (
	"strings"
	"testing"
)

// TestHardWrapsPageBroken: a Công văn's text layer whose body's lines
// stop evenly enough to look wrapped by a library (hard_wrap.go), its
// V/v and its lines at the page's edge broken inside sentences, reads as
// a page's text (page_wraps.go), not as a library's copy whose wraps do
// not decide its layout: the V/v whole, the Quốc hiệu, the place and
// date, the Kính gửi and each paragraph of the body apart. (A text laid
// out as pdftotext without -layout gives a PDF printed from Word.)
func TestHardWrapsPageBroken(t *testing.T) {
	f, err := Read("cv.txt", []byte(evenCongVan))
	if err != nil {
		t.Fatal(err)
	}
	if f.Layout != OnePerLine {
		t.Errorf("layout %v, want one-per-line", f.Layout)
	}
	wantParas(t, f, map[string]Kind{
		"V/v: Báo cáo kết quả thực hiện nhiệm vụ năm 2025 và kế hoạch công tác năm 2026": Subject,
		"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM":                                             Header,
		"Bình Định, ngày 12 tháng 11 năm 2025":                                           Header,
		"Kính gửi: Các phòng, đơn vị trực thuộc Sở":                                      Addressee,
		"Các phòng chuyên môn chủ động phối hợp với các đơn vị liên quan rà soát số liệu, bảo đảm thống nhất giữa báo cáo của phòng và báo cáo chung của Sở trước khi gửi về.": Body,
		"Trân trọng./.": Body,
	})
}

// evenCongVan is a Công văn's text layer whose lines stop evenly.
var evenCongVan = strings.Join([]string{
	"SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
	"Số: 215 /SNNMT-VP",
	"V/v: Báo cáo kết quả thực hiện nhiệm vụ năm",
	"2025 và kế hoạch công tác",
	"năm 2026",
	"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
	"Độc lập - Tự do - Hạnh phúc",
	"Bình Định, ngày 12 tháng 11 năm 2025",
	"",
	"",
	"Kính gửi: Các phòng, đơn vị trực thuộc Sở",
	"Để chuẩn bị tổng kết công tác năm 2025 và xây dựng kế hoạch công tác năm 2026, Sở",
	"Nông nghiệp và Môi trường đề nghị các phòng, đơn vị trực thuộc Sở xây dựng báo cáo",
	"tổng kết tình hình thực hiện nhiệm vụ năm 2025 và dự kiến kế hoạch công tác năm 2026.",
	"Nội dung báo cáo ngắn gọn, tập trung đánh giá kết quả nổi bật trong năm; nêu rõ các",
	"tồn tại, hạn chế và nguyên nhân; các bài học kinh nghiệm rút ra; những kiến nghị, đề",
	"xuất với Sở. Các số liệu thống kê lập theo mẫu phụ lục gửi kèm theo văn bản này.",
	"Các phòng chuyên môn chủ động phối hợp với các đơn vị liên quan rà soát số liệu, bảo",
	"đảm thống nhất giữa báo cáo của phòng và báo cáo chung của Sở trước khi gửi về.",
	"Báo cáo gửi về Văn phòng Sở trước ngày 30/11/2025 để tổng hợp chung, đồng thời gửi bản",
	"điện tử qua hệ thống quản lý văn bản và điều hành để Văn phòng Sở kịp thời tổng hợp.",
	"Địa chỉ: Văn phòng Sở Nông nghiệp và Môi trường, số 05 Trần Phú, thành phố Quy Nhơn.",
	"Điện thoại 0256.3822.111.",
	"Trân trọng./.",
	"",
	"Nơi nhận:",
	"- Như trên;",
	"- Giám đốc Sở (để b/c);",
	"- Lưu: VT, VP.",
	"KT. GIÁM ĐỐC",
	"PHÓ GIÁM ĐỐC",
	"Nguyễn Văn An",
}, "\n") + "\n"
