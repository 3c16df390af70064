package plain

import (
	"strings"
	"testing"
)

// TestAboutGoesOn: a Công văn's V/v wrapped in the header's narrow cell
// of a page's text layer goes on at a capital too ("... Bến Thành -
// Suối" / "Tiên đến ...", "... quốc tế" / "Long Thành"), down to the
// other column's cells, which stay apart: the Quốc hiệu, the Tiêu ngữ,
// the place and date.
func TestAboutGoesOn(t *testing.T) {
	header := []string{
		"ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI",
		"Số: 415/UBND-KT",
		"V/v triển khai xây dựng công",
		"trình cầu vượt trên tuyến Quốc",
		"lộ 1 đoạn qua huyện Trảng",
		"Bom và Khu công nghiệp Hố Nai, kết",
		"nối Cảng hàng không quốc tế",
		"Long Thành",
		"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
		"Độc lập - Tự do - Hạnh phúc",
		"Đồng Nai, ngày 14 tháng 5 năm 2026",
		"",
		"",
	}
	f, err := Read("cv.txt", []byte(strings.Join(header, "\n")+"\n"+evenCongVanBody()))
	if err != nil {
		t.Fatal(err)
	}
	if f.Layout != OnePerLine {
		t.Errorf("layout %v, want one-per-line", f.Layout)
	}
	wantParas(t, f, map[string]Kind{
		"V/v triển khai xây dựng công trình cầu vượt trên tuyến Quốc lộ 1 đoạn qua huyện Trảng Bom và Khu công nghiệp Hố Nai, kết nối Cảng hàng không quốc tế Long Thành": Subject,
		"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM":        Header,
		"Độc lập - Tự do - Hạnh phúc":               Header,
		"Đồng Nai, ngày 14 tháng 5 năm 2026":        Header,
		"Kính gửi: Các phòng, đơn vị trực thuộc Sở": Addressee,
	})
}

// evenCongVanBody is evenCongVan from its Kính gửi on.
func evenCongVanBody() string {
	_, body, _ := strings.Cut(evenCongVan, "Kính gửi")
	return "Kính gửi" + body
}

// TestAboutGoesOnAbbrev: in a page's text layer a V/v wrapped in its
// cell may leave an abbreviation alone on the cell's last line ("tỷ lệ" /
// "TNCT"): it goes on with the V/v; the mark "KHẨN" under a V/v, a word
// in capitals, does not.
func TestAboutGoesOnAbbrev(t *testing.T) {
	for _, c := range []struct{ more, want string }{
		{"TNCT", "V/v điều chỉnh tỷ lệ GTGT và tỷ lệ TNCT"},
		{"KHẨN", "V/v điều chỉnh tỷ lệ GTGT và tỷ lệ"},
	} {
		header := []string{"BỘ TÀI CHÍNH", "TỔNG CỤC THUẾ", "Số: 5005/TCT-CS", "V/v điều chỉnh tỷ lệ GTGT và tỷ lệ", c.more,
			"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Hà Nội, ngày 26 tháng 12 năm 2008", "", ""}
		_, body, _ := strings.Cut(readPageSrc(t, "example.txt"), "về tiến độ chuyển đổi số năm 2026\n") // the example's body, as pdftotext gives it
		f, err := Read("cv.txt", []byte(strings.Join(header, "\n")+"\nKính gửi: Các sở, ban, ngành tỉnh\n"+body))
		if err != nil {
			t.Fatal(err)
		}
		if f.Layout != OnePerLine {
			t.Errorf("layout %v, want one-per-line", f.Layout)
		}
		wantParas(t, f, map[string]Kind{c.want: Subject, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM": Header})
	}
}
