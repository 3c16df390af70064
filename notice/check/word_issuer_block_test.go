package check_test

import (
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/check"
	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/docx/docxtest"
	"github.com/thongbao/thongbao/notice/reading"
)

// TestWordIssuerBlockEndsUnderTable: with no "Số" line, the issuer's block
// is the left cell of the header's table; a line in capitals across the
// page under it (a tên loại the reading does not know) is not taken for
// the issuer, so the issuing body in the cell is held to its bold, and its
// parent above it to its regular weight.
func TestWordIssuerBlockEndsUnderTable(t *testing.T) {
	p := func(rPr, s string) string { return docxtest.P(center, docxtest.R(tnr+rPr+sz(26), s)) }
	left := p("", "BAN CƠ YẾU CHÍNH PHỦ") + p("", "HỌC VIỆN KỸ THUẬT MẬT MÃ")
	right := p("<w:b/>", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") + docxtest.P(center, docxtest.R(tnr+"<w:b/>"+sz(28), "Độc lập - Tự do - Hạnh phúc")) +
		docxtest.P(center, docxtest.R(tnr+"<w:i/>"+sz(28), "Hà Nội, ngày 27 tháng 6 năm 2024"))
	body := docxtest.Table("", docxtest.Row(docxtest.Cell(left), docxtest.Cell(right))) +
		docxtest.P(center, docxtest.R(tnr+"<w:b/>"+sz(28), "GIẤY XÁC NHẬN CÔNG TÁC")) +
		docxtest.P(bodyPPr, docxtest.R(tnr+sz(28), "Học viện xác nhận ông Nguyễn Văn An công tác tại Phòng Đào tạo từ năm 2020 đến nay."))
	r, err := reading.Read("n.docx", docxtest.Doc{Body: body}.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range check.Reading(r, nil, check.Options{Today: cite.Date{Year: 2024, Month: 6, Day: 28}}) {
		if f.Rule == "element-format" {
			got = append(got, f.Message.In(diag.VI))
		}
	}
	want := "tên cơ quan ban hành: không in đậm, phải in đậm"
	if len(got) != 1 || !strings.HasPrefix(got[0], want) {
		t.Errorf("element-format findings:\n%s\nwant exactly one starting %q", strings.Join(got, "\n"), want)
	}
}
