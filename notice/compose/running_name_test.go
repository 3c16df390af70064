package compose

import (
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/body"
)

// TestRunningName: a body's name in the header's capitals is written in a
// sentence as Phụ lục II writes names: capitals on the words of the body's
// kind and field and on each syllable of a place's own name, the unit's
// noun ("xã", "tỉnh") in small letters.
func TestRunningName(t *testing.T) {
	for _, c := range []struct {
		in   []string
		want string
	}{
		{[]string{"ỦY BAN NHÂN DÂN", "XÃ AN BÌNH"}, "Ủy ban nhân dân xã An Bình"},
		{[]string{"ỦY BAN NHÂN DÂN", "THỊ XÃ ĐỨC PHỔ"}, "Ủy ban nhân dân thị xã Đức Phổ"},
		{[]string{"ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH"}, "Ủy ban nhân dân Thành phố Hồ Chí Minh"},
		{[]string{"ỦY BAN NHÂN DÂN", "PHƯỜNG 13"}, "Ủy ban nhân dân Phường 13"},
		{[]string{"VĂN PHÒNG ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI"}, "Văn phòng Ủy ban nhân dân tỉnh Quảng Ngãi"},
		{[]string{"SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH"}, "Sở Văn hóa, Thể thao và Du lịch"},
		{[]string{"SỞ CÔNG THƯƠNG"}, "Sở Công Thương"},
		{[]string{"PHÒNG VĂN HÓA - XÃ HỘI"}, "Phòng Văn hóa - Xã hội"},
		{[]string{"HỘI ĐỒNG NHÂN DÂN", "HUYỆN LÝ SƠN"}, "Hội đồng nhân dân huyện Lý Sơn"},
		{[]string{"Ủy ban nhân dân", "xã Gia Phú"}, "Ủy ban nhân dân xã Gia Phú"},
		{[]string{"UBND TỈNH LÀO CAI"}, "UBND tỉnh Lào Cai"},
		{[]string{"VĂN PHÒNG HĐND VÀ UBND", "HUYỆN LÝ SƠN"}, "Văn phòng HĐND và UBND huyện Lý Sơn"},
	} {
		if got := runningName(c.in); got != c.want {
			t.Errorf("runningName(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestAppendixReferenceName: without issuer.short the appendix's reference
// line names the issuer in ordinary case, not in the header's capitals.
func TestAppendixReferenceName(t *testing.T) {
	src := strings.Replace(base, `name = ["ỦY BAN NHÂN DÂN", "HUYỆN LÝ SƠN"]`, `name = ["ỦY BAN NHÂN DÂN", "XÃ AN BÌNH"]`, 1) + `
[[appendices]]
title = "Kết quả"
paragraphs = ["Nội dung."]
`
	d := composeSrc(t, src)
	if len(d.Appendices) != 1 {
		t.Fatalf("%d appendices", len(d.Appendices))
	}
	got := body.Plain(d.Appendices[0].Reference)
	if !strings.HasSuffix(got, " của Ủy ban nhân dân xã An Bình)") {
		t.Errorf("reference = %q", got)
	}
}

// TestAppendixReferenceParent: a body named by its kind alone ("VĂN PHÒNG"
// under "UBND TỈNH LÀO CAI") is named with its parent in the reference line:
// "của Văn phòng" named no one.
func TestAppendixReferenceParent(t *testing.T) {
	src := strings.Replace(base, `name = ["ỦY BAN NHÂN DÂN", "HUYỆN LÝ SƠN"]`, "parent = [\"UBND TỈNH LÀO CAI\"]\nname = [\"VĂN PHÒNG\"]", 1) + `
[[appendices]]
title = "Kết quả"
paragraphs = ["Nội dung."]
`
	got := body.Plain(composeSrc(t, src).Appendices[0].Reference)
	if !strings.HasSuffix(got, " của Văn phòng UBND tỉnh Lào Cai)") {
		t.Errorf("reference = %q", got)
	}
}

// TestMetaAuthor: the PDF's author is the issuing body as an archive names
// it, with its parent when the name alone is a kind of body: "VĂN PHÒNG"
// under "UBND TỈNH LÀO CAI" is "Văn phòng UBND tỉnh Lào Cai", never
// "VĂN PHÒNG" alone; a body named in full keeps its own name.
func TestMetaAuthor(t *testing.T) {
	src := strings.Replace(base, `name = ["ỦY BAN NHÂN DÂN", "HUYỆN LÝ SƠN"]`, "parent = [\"UBND TỈNH LÀO CAI\"]\nname = [\"VĂN PHÒNG\"]", 1)
	if got := composeSrc(t, src).Meta.Author; got != "Văn phòng UBND tỉnh Lào Cai" {
		t.Errorf("author = %q, want %q", got, "Văn phòng UBND tỉnh Lào Cai")
	}
	if got := composeSrc(t, base).Meta.Author; got != "Ủy ban nhân dân huyện Lý Sơn" {
		t.Errorf("author = %q, want %q", got, "Ủy ban nhân dân huyện Lý Sơn")
	}
}
