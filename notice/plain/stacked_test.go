package plain

import (
	"strings"
	"testing"
)

// TestStackedCells: a PDF's text layer sets the header's cells one under
// the other, the left column whole before the right, its number left
// blank for an electronic signature; a group heading of Nơi nhận stands
// on its own, while a recipient wrapped in small letters is joined.
func TestStackedCells(t *testing.T) {
	src := "UBND HUYỆN TÂN AN\n\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\n\n     Số        / PGD&ĐT\nV/v tổ chức hội nghị giao ban\n\n" +
		"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc\n\nTân An, ngày      tháng 9 năm 2026\n\n" +
		"Kính gửi: - Các trường Mầm non;\n\n- Các trường Tiểu học.\n\nPhòng tổ chức hội nghị giao ban./.\n\n" +
		"Nơi nhận:\n\n- Như trên;\n\n- Lãnh đạo Phòng Giáo dục và\n\nĐào tạo;\n\nBản điện tử:\n\n- Các trường;\n\n- Lưu: VT.\n\nTRƯỞNG PHÒNG\n\nNguyễn Văn Hà\n"
	f, err := Read("n.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	want := "header header header subject header header header addressee body label recipient recipient label recipient recipient signer name"
	var got []string
	for _, p := range f.Paras {
		got = append(got, p.Kind.String())
	}
	if got := strings.Join(got, " "); got != want {
		t.Errorf("kinds\n got %s\nwant %s", got, want)
	}
}
