package plain

import (
	"strings"
	"testing"
)

// TestRepeatedTitles drops a portal's copies of a post's heading above
// it and keeps the heading; an issuer's name written twice at a Quyết
// định's top (the header and the authority line) stays.
func TestRepeatedTitles(t *testing.T) {
	post := "# [ĐTĐH] THÔNG BÁO VỀ LỊCH HỌC BÙ NGÀY 4/5/2026\n\nTHÔNG BÁO VỀ LỊCH HỌC BÙ NGÀY 4/5/2026\n\n" +
		"\tTHÔNG BÁO VỀ LỊCH HỌC BÙ NGÀY 4/5/2026\n\n\tBan Đào tạo thông báo lịch học bù ngày 4/5/2026./.\n"
	f, err := Read("n.txt", []byte(post))
	if err != nil {
		t.Fatal(err)
	}
	if p := f.Paras[0]; p.Line != 5 || p.Kind != Title {
		t.Errorf("post: first paragraph %d %s %q, want the heading on line 5 read as the tên loại", p.Line, p.Kind, p.Text)
	}
	qd := "THỦ TƯỚNG CHÍNH PHỦ\n\nSố: 729/QĐ-TTg\n\nQUYẾT ĐỊNH\n\nVề việc phê duyệt Đề án\n\nTHỦ TƯỚNG CHÍNH PHỦ\n\nCăn cứ Luật Tổ chức Chính phủ;\n"
	f, err = Read("n.txt", []byte(qd))
	if err != nil {
		t.Fatal(err)
	}
	if p := f.Paras[0]; p.Line != 1 || !strings.Contains(p.Text, "THỦ TƯỚNG") {
		t.Errorf("decision: first paragraph %d %q, want the issuer on line 1", p.Line, p.Text)
	}
}
