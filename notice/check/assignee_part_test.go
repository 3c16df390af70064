package check

import "testing"

// TestSortOfHeading: a heading gives work or reports what was done by the
// word of either that comes first in its opening words.
func TestSortOfHeading(t *testing.T) {
	for _, c := range []struct {
		marker, text string
		want         partSort
	}{
		{"I.", "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2026", partResults},
		{"2.", "2. Một số kết quả nổi bật:", partResults},
		{"1.", "1. Tình hình triển khai", partResults},
		{"II.", "II. NHIỆM VỤ NĂM 2027", partWork},
		{"3.", "3. Giao Phòng Tài chính báo cáo kết quả", partWork},
		{"2.", "2. Đơn vị phối hợp kiểm tra năng lực gồm:", partNone},
		{"1.", "1. Thời gian: từ ngày 05 tháng 01 năm 2027", partNone},
		{"I.", "I. KẾT QUẢ VÀ NHIỆM VỤ", partNone},
		{"II.", "II. ĐÁNH GIÁ VÀ GIAO NHIỆM VỤ", partNone},
		{"I.", "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2026 VÀ PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2027", partNone},
		{"II.", "II. KẾT QUẢ NĂM 2026, PHƯƠNG HƯỚNG NĂM 2027", partNone},
		{"I.", "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ ĐƯỢC GIAO VÀ CÔNG TÁC PHÒNG, CHỐNG THIÊN TAI", partResults},
		{"2.", "2. Kết luận và giao nhiệm vụ", partWork},
		{"II.", "II. Ý KIẾN KẾT LUẬN", partWork},
		{"1.", "1. Tổ chức đánh giá, xếp loại cán bộ", partNone},
		{"2.", "2. Báo cáo kết quả thực hiện", partNone},
		{"3.", "3. Rà soát tình hình giải ngân", partNone},
		{"1.", "1. Về kết quả, tồn tại", partResults},
		{"1.", "1. Đánh giá chung", partResults},
		{"1.", "1. Hoàn thành các nhiệm vụ được giao", partNone},
		{"1.", "1. Công tác lãnh đạo, chỉ đạo", partNone},
		{"I.", "I. KẾT QUẢ CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", partResults},
		{"2.", "2. Tồn tại, hạn chế và nhiệm vụ thời gian tới", partWork},
	} {
		if got := sortOfHeading(Seg{Marker: c.marker, Text: c.text}); got != c.want {
			t.Errorf("sortOfHeading(%q) = %d, want %d", c.text, got, c.want)
		}
	}
}

// TestPartsAbove: a point takes the sort of the nearest heading of another
// kind above it that tells one; a heading of a kind open closes the kinds
// under it.
func TestPartsAbove(t *testing.T) {
	var p parts
	p.enter(Seg{Marker: "I.", Text: "I. KẾT QUẢ NĂM 2026"})
	p.enter(Seg{Marker: "1.", Text: "1. Về đầu tư công"})
	a := Seg{Marker: "a)", Text: "a) Ban Quản lý dự án lập hồ sơ mời thầu."}
	if got := p.sortAbove(a); got != partResults {
		t.Errorf("under I. KẾT QUẢ: %d, want results", got)
	}
	p.enter(Seg{Marker: "II.", Text: "II. NHIỆM VỤ NĂM 2027"})
	if got := p.sortAbove(a); got != partWork {
		t.Errorf("under II. NHIỆM VỤ: %d, want work", got)
	}
	if got := p.sortAbove(Seg{Marker: "III.", Text: "III. Tổ chức thực hiện"}); got != partNone {
		t.Errorf("a roman heading's own siblings: %d, want none", got)
	}
}

// TestLeadSort: a paragraph with no marker tells the points after it what
// its last clause or its few words say; other paragraphs say nothing.
func TestLeadSort(t *testing.T) {
	for _, c := range []struct {
		text string
		want partSort
	}{
		{"Để khắc phục, Giám đốc Sở yêu cầu:", partWork},
		{"Nhiệm vụ thời gian tới", partWork},
		{"Ý kiến kết luận", partWork},
		{"Trong năm, theo chỉ đạo của Giám đốc Sở, các đơn vị đã thực hiện:", partNone},
		{"Một số kết quả nổi bật của các đơn vị thực hiện nhiệm vụ được giao:", partResults},
		{"Các đơn vị cơ bản hoàn thành nhiệm vụ.", partNone},
	} {
		if got := leadSort(Seg{Text: c.text}); got != c.want {
			t.Errorf("leadSort(%q) = %d, want %d", c.text, got, c.want)
		}
	}
}
