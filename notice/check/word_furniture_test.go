package check_test

import (
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/diag"
	dx "github.com/thongbao/thongbao/notice/docx/docxtest"
	"github.com/thongbao/thongbao/notice/plain"
	"github.com/thongbao/thongbao/notice/reading"
)

// TestWordAppendixNotFurniture: a Word file is the office's own, so no
// line of it is a site's furniture. An appendix under the end block whose
// lines look as a page's counter, byline or related-posts heading do
// ("Tổng cộng: 15", "Nguồn: ...", "Các văn bản liên quan:") stays the
// notice's, and a slip on the line under the heading is still said.
func TestWordAppendixNotFurniture(t *testing.T) {
	p := func(s string) string { return dx.P(bodyPPr, dx.R(tnr+sz(28), s)) }
	lines := []string{
		"1. Xã An Hải: 8 đơn vị.",
		"2. Xã An Vĩnh: 7 đơn vị.",
		"Tổng cộng: 15",
		"Nguồn: Phòng Tài chính - Kế hoạch huyện",
		"Các văn bản liên quan:",
		"- Kế hoạch số 12/KH-UBND  ngày 10/01/2023 của Ủy ban nhân dân huyện.",
	}
	appendix := dx.P(center, dx.R(tnr+"<w:b/>"+sz(28), "Phụ lục")) +
		dx.P(center, dx.R(tnr+"<w:b/>"+sz(28), "SỐ ĐƠN VỊ THU NGÂN SÁCH NĂM 2023"))
	for _, l := range lines {
		appendix += p(l)
	}
	n := wordNotice{appendix: appendix}
	r, err := reading.Read("n.docx", n.doc().Bytes())
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range lines {
		for _, para := range r.Text.Paras {
			if para.Kind == plain.Page && strings.Contains(para.Text, strings.TrimPrefix(l, "- ")) {
				t.Errorf("%q read as a page's line in a Word file", l)
			}
		}
	}
	said := false
	for _, f := range n.check(t) {
		said = said || f.Rule == "spacing" && strings.Contains(f.Message.In(diag.VI), "12/KH-UBND")
	}
	if !said {
		t.Errorf("the double space under \"Các văn bản liên quan:\" is not said: %v", n.findings(t))
	}
}
