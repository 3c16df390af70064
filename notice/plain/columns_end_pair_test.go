package plain

import (
	"strings"
	"testing"
)

// columnsPairPage is a joint notice's page as pdftotext -layout writes
// it (drawn with fpdf the way Word lays it out): the two signatures side
// by side above Nơi nhận, which stands under the left one.
const columnsPairPage = "    UBND TỈNH NGHỆ AN    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" +
	"SỞ TÀI CHÍNH - SỞ XÂY DỰNG     Độc lập - Tự do - Hạnh phúc\n" +
	"\n" +
	"         Số: 15/TB-STC-SXD           Nghệ An, ngày 01 tháng 12 năm 2026\n" +
	"\n" +
	"                                 THÔNG BÁO\n" +
	"      Giá vật liệu xây dựng trên địa bàn tỉnh Nghệ An tháng 11 năm 2026\n" +
	"\n" +
	"       Căn cứ Luật Giá số 16/2023/QH15 ngày 19 tháng 6 năm 2023;\n" +
	"          Căn cứ Nghị định số 10/2021/NĐ-CP ngày 09 tháng 02 năm 2021 của\n" +
	"Chính phủ về quản lý chi phí đầu tư xây dựng;\n" +
	"        Liên Sở Tài chính - Sở Xây dựng thông báo giá vật liệu xây dựng trên địa\n" +
	"bàn tỉnh Nghệ An tháng 11 năm 2026 như sau:\n" +
	"       1. Giá vật liệu xây dựng tại Phụ lục kèm theo Thông báo này là giá bán tại\n" +
	"nơi sản xuất hoặc tại trung tâm các xã, phường, chưa bao gồm thuế giá trị gia\n" +
	"tăng.\n" +
	"        2. Chủ đầu tư, đơn vị tư vấn tham khảo giá tại Thông báo này để lập, điều\n" +
	"chỉnh dự toán xây dựng công trình; trường hợp giá thị trường biến động khác với\n" +
	"giá công bố, chủ đầu tư tổ chức khảo sát giá theo quy định.\n" +
	"        3. Trong quá trình thực hiện, nếu có vướng mắc, đề nghị các cơ quan, đơn\n" +
	"vị phản ánh về Sở Xây dựng để tổng hợp, xem xét giải quyết./.\n" +
	"\n" +
	"   KT. GIÁM ĐỐC SỞ XÂY DỰNG                  KT. GIÁM ĐỐC SỞ TÀI CHÍNH\n" +
	"         PHÓ GIÁM ĐỐC                              PHÓ GIÁM ĐỐC\n" +
	"\n" +
	"\n" +
	"\n" +
	"\n" +
	"            Hoàng Văn Thanh                        Nguyễn Thị Hương\n" +
	"\n" +
	"Nơi nhận:\n" +
	"- UBND tỉnh (b/c);\n" +
	"- Các sở, ban, ngành cấp tỉnh;\n" +
	"- UBND các xã, phường;\n" +
	"- Lưu: VT STC, VT SXD.\n" +
	"\f"

// TestColumnsEndPair: signatures side by side above the Nơi nhận of a
// laid-out page are read as the signature, the left one, and the right
// one's lines after it; Nơi nhận under them keeps its lines (no name
// glued onto its label, no recipient read as a signer).
func TestColumnsEndPair(t *testing.T) {
	got := endReading(t, columnsPairPage)
	want := "n.txt:23:4 signer: KT. GIÁM ĐỐC SỞ XÂY DỰNG\n" +
		"n.txt:24:10 signer: PHÓ GIÁM ĐỐC\n" +
		"n.txt:29:13 name: Hoàng Văn Thanh\n" +
		"n.txt:23:46 cosigner: KT. GIÁM ĐỐC SỞ TÀI CHÍNH\n" +
		"n.txt:24:52 cosigner: PHÓ GIÁM ĐỐC\n" +
		"n.txt:29:52 coname: Nguyễn Thị Hương\n" +
		"n.txt:31:1 label: Nơi nhận:\n" +
		"n.txt:32:1 recipient: - UBND tỉnh (b/c);\n" +
		"n.txt:33:1 recipient: - Các sở, ban, ngành cấp tỉnh;\n" +
		"n.txt:34:1 recipient: - UBND các xã, phường;\n" +
		"n.txt:35:1 recipient: - Lưu: VT STC, VT SXD."
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// endReading reads a laid-out page, which must be read as Columns, and
// gives its paragraphs from line 23 on, where its end block starts.
func endReading(t *testing.T, page string) string {
	t.Helper()
	f, err := ReadWith("n.txt", []byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if f.Layout != Columns {
		t.Fatalf("layout %v, want Columns", f.Layout)
	}
	got := paraLines(f)
	return got[strings.Index(got, "n.txt:23:"):]
}
