package plain

import (
	"strings"
	"testing"
)

// TestPageNameWraps: a name broken at a page's edge goes on in capitals
// on the next line: at a paragraph's first line, indented so shorter by
// the indent ("... Trưởng Ban" / "Chỉ đạo Chuyển đổi số tỉnh ...", "...
// Phổ Khánh, Phổ" / "Phong, ..."), and before a name's dash ("Chi cục
// Thuế khu vực Đức Phổ" / "- Ba Tơ, ..."); each paragraph reads whole. A
// heading by its mark, a line that ends with its mark or short of the
// edge, a word in small letters at the line's end, a point under it, a
// dash's item under a dash's item that ends with no mark, are no name
// going on.
func TestPageNameWraps(t *testing.T) {
	f := readPageText(t, "seed004.txt")
	g := readPageText(t, "seed000.txt")
	for _, c := range []struct {
		f     *File
		opens string
	}{
		{f, "Ngày 11/10/2024, Chủ tịch UBND tỉnh Nguyễn Hoàng Giang, Trưởng Ban Chỉ đạo Chuyển đổi số tỉnh chủ trì"},
		{g, "Các xã, phường: Nguyễn Nghiêm, Phổ Ninh, Phổ Hòa, Phổ Khánh, Phổ Phong, Phổ Thuận"},
		{g, "Chiều ngày 12/4/2024, UBND thị xã tổ chức buổi làm việc với các cơ quan, đơn vị, địa phương về nội dung"},
	} {
		found := false
		for _, p := range c.f.Paras {
			found = found || strings.HasPrefix(p.Text, c.opens) && p.Kind == Body
		}
		if !found {
			t.Errorf("%s: no body paragraph opens %q", c.f.Path, c.opens)
		}
	}
	for _, p := range g.Paras {
		if strings.HasPrefix(p.Text, "- Ba Tơ") || p.Kind == Body && strings.HasSuffix(p.Text, "Đức Phổ") {
			t.Errorf("%d: a name's dash read as a point: %q", p.Line, p.Text)
		}
	}
	for _, c := range []struct {
		p, t string
		at   lineAt
	}{
		{"7. Các doanh nghiệp bưu chính, viễn thông trên địa bàn huyện Lý Sơn", "Có trách nhiệm cung cấp các số liệu", lineAt{opens: true}},
		{"Ngày 11/10/2024, Chủ tịch UBND tỉnh Nguyễn Hoàng Giang chủ trì.", "Tham dự phiên họp có các thành viên", lineAt{opens: true}},
		{"Ủy ban nhân dân các huyện, thị xã, thành phố Quảng Ngãi", "Chủ trì, phối hợp với các sở, ngành liên quan", lineAt{opens: true}},
		{"Ngày 11/10/2024, Chủ tịch UBND tỉnh Nguyễn Hoàng Giang, Trưởng Ban", "Chỉ đạo Chuyển đổi số tỉnh", lineAt{}},
		{"Ngày 11/10/2024, Chủ tịch UBND tỉnh Nguyễn Hoàng Giang, Trưởng Ban", "a) Chỉ đạo Chuyển đổi số tỉnh", lineAt{opens: true}},
		{"đại diện lãnh đạo các cơ quan chuyên môn thuộc UBND thị xã ở đây nhé", "- Ba Tơ, Bảo hiểm xã hội", lineAt{}},
		{"đại diện lãnh đạo các cơ quan: Chi cục Thuế khu vực Đức Phổ", "- Ba Tơ, Bảo hiểm xã hội", lineAt{}},
		{"trừ các đối tượng quy định tại Điều 5 của Luật này, được sửa đổi bởi Luật này.”", "- Tại khoản 1 Điều 8 Luật Thuế", lineAt{}},
		{"phụ kiện nổ, tổ chức bảo vệ 24/24 đối với khu vực kho vật liệu nổ Tân Lập", "- Nghiêm chỉnh chấp hành các quy định", lineAt{item: true}},
	} {
		if nameWrap(c.p, c.t, 83, c.at) {
			t.Errorf("%q / %q read as a name going on", c.p, c.t)
		}
	}
}

// TestNameWrapField: a full line that ends on a name with no mark, over a
// line that opens with a field's label, is a field over the next field,
// not a name broken at the page's edge (rv74).
func TestNameWrapField(t *testing.T) {
	p := "Đơn vị chủ trì tổng hợp: Sở Khoa học và Công nghệ tỉnh Lào Cai và Văn phòng UBND"
	if nameWrap(p, "Thời hạn hoàn thành: trước ngày 30/6/2026.", 90, lineAt{opens: true}) {
		t.Error("a field's line read as the rest of a name above it")
	}
	if !nameWrap(p, "Tỉnh Lào Cai chủ trì, phối hợp với các sở.", 90, lineAt{opens: true}) {
		t.Error("a name broken at the page's edge read as a new paragraph")
	}
}
