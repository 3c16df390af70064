package plain

import (
	"strings"
	"testing"
)

// columnsEndPage is a page as pdftotext -layout writes it, its end block
// (Nơi nhận beside the signer) going on to the next page, NOTE standing
// for the lines of Nơi nhận at the page's foot.
const columnsEndPage = "      ỦY BAN NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" +
	"       HUYỆN LÝ SƠN                        Độc lập - Tự do - Hạnh phúc\n" +
	"    Số: 12/TB-UBND                     Lý Sơn, ngày 22 tháng 02 năm 2023\n" +
	"\n" +
	"                                   THÔNG BÁO\n" +
	"                    Kết luận của Chủ tịch UBND huyện tại cuộc họp\n" +
	"\n" +
	"      Ngày 22/02/2023, Chủ tịch UBND huyện chủ trì cuộc họp triển khai nhiệm vụ năm\n" +
	"2023 với các phòng, ban, đơn vị của huyện và các xã trên địa bàn huyện Lý Sơn.\n" +
	"      Văn phòng HĐND và UBND huyện thông báo để các cơ quan, đơn vị biết, thực hiện./.\n" +
	"\n" +
	"Nơi nhận:                                                     TL. CHỦ TỊCH\n" +
	"- Thường trực Huyện ủy (báo cáo);                          CHÁNH VĂN PHÒNG\n" +
	"NOTE" +
	"                                                             Võ Thị Hương\n" +
	"\f"

// TestColumnsEndBlock: the end block of a page read as Nơi nhận beside
// the signer: a recipient wrapped onto a line indented under it, though
// the wrapped end start with a dash, goes on with it; a heading of a
// group of recipients ("Bản điện tử:") is a label of its own; Nơi nhận
// goes on over the page when its last line on the page has no full stop,
// past the next page's number ("2" flush left, "- 2 -", "Trang 2/2").
func TestColumnsEndBlock(t *testing.T) {
	for _, c := range []struct{ name, note, want string }{
		{"a wrapped end that starts with a dash",
			"- Ủy ban MTTQVN và các đoàn thể chính trị\n  - xã hội huyện;\n- Lưu: VT.\n",
			"- Thường trực Huyện ủy (báo cáo);|- Ủy ban MTTQVN và các đoàn thể chính trị - xã hội huyện;|- Lưu: VT."},
		{"a sub-list under a line ending with a colon",
			"- Các Sở:\n  - Sở Tài chính;\n- Lưu: VT.\n",
			"- Thường trực Huyện ủy (báo cáo);|- Các Sở:|- Sở Tài chính;|- Lưu: VT."},
		{"a sub-list under a group whose colon was left off",
			"- Các phòng, ban chuyên môn\n  + Phòng Tài chính;\n  + Phòng Nội vụ;\n- Lưu: VT.\n",
			"- Thường trực Huyện ủy (báo cáo);|- Các phòng, ban chuyên môn|+ Phòng Tài chính;|+ Phòng Nội vụ;|- Lưu: VT."},
		{"a sub-list of dashes under a group whose colon was left off",
			"- Các Sở\n  - Sở Tài chính;\n- Lưu: VT.\n",
			"- Thường trực Huyện ủy (báo cáo);|- Các Sở|- Sở Tài chính;|- Lưu: VT."},
		{"a recipient wrapped over the page",
			"- Các Bộ: Công Thương, Xây dựng, Tài\n\f                                        2\n\n  chính;\n- Lưu: VT.\n",
			"- Thường trực Huyện ủy (báo cáo);|- Các Bộ: Công Thương, Xây dựng, Tài chính;|- Lưu: VT."},
		{"a group of recipients under its own heading",
			"- Lưu: VT;\nBản điện tử:\n- Như kính gửi;\n- Lãnh đạo phòng.\n",
			"- Thường trực Huyện ủy (báo cáo);|- Lưu: VT;|- Như kính gửi;|- Lãnh đạo phòng."},
		{"Nơi nhận going on over the page",
			"- Sở Tài chính;\n\f                                        2\n\n- Sở Xây dựng;\n- Lưu: VT.\n",
			"- Thường trực Huyện ủy (báo cáo);|- Sở Tài chính;|- Sở Xây dựng;|- Lưu: VT."},
		{"a page's number flush left over Nơi nhận going on",
			"- Sở Tài chính;\n\f2\n\n- Sở Xây dựng;\n- Lưu: VT.\n",
			"- Thường trực Huyện ủy (báo cáo);|- Sở Tài chính;|- Sở Xây dựng;|- Lưu: VT."},
		{"a page's number between dashes over Nơi nhận going on",
			"- Sở Tài chính;\n\f- 2 -\n- Sở Xây dựng;\n- Lưu: VT.\n",
			"- Thường trực Huyện ủy (báo cáo);|- Sở Tài chính;|- Sở Xây dựng;|- Lưu: VT."},
		{"a page's number in words over Nơi nhận going on",
			"- Sở Tài chính;\n\fTrang 2/2\n- Sở Xây dựng;\n- Lưu: VT.\n",
			"- Thường trực Huyện ủy (báo cáo);|- Sở Tài chính;|- Sở Xây dựng;|- Lưu: VT."},
	} {
		src := strings.Replace(columnsEndPage, "NOTE", c.note, 1)
		f, err := Read("n.txt", []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		name := ""
		for _, p := range f.Paras {
			switch p.Kind {
			case Recipient:
				got = append(got, p.Text)
			case Name:
				name = p.Text
			}
		}
		if f.Layout != Columns || strings.Join(got, "|") != c.want || name != "Võ Thị Hương" {
			t.Errorf("%s: read as %s, Nơi nhận %q, name %q; want %q", c.name, f.Layout, strings.Join(got, "|"), name, c.want)
		}
	}
}
