package check

import (
	"strings"
	"testing"
)

// TestUnitOfCode holds the codes of a Bộ's units to the names the notice
// writes (a88's "Các đơn vị: QLĐĐ&PCTT, TL, TT&BVTV, CN&TY;"), and a code
// no name shortens, a small letter or one capital, to none.
func TestUnitOfCode(t *testing.T) {
	words := strings.Fields("Tham dự có Cục Quản lý đê điều và Phòng, chống thiên tai, Cục Thủy lợi, Cục Trồng trọt và Bảo vệ thực vật, Cục Chăn nuôi và Thú y, Vụ Kế hoạch - Tài chính, Văn phòng Bộ.")
	for code, want := range map[string]string{
		"QLĐĐ&PCTT": "Cục Quản lý đê điều và Phòng, chống thiên tai,",
		"TL":        "Cục Thủy lợi,",
		"TT&BVTV":   "Cục Trồng trọt và Bảo vệ thực vật,",
		"CN&TY":     "Cục Chăn nuôi và Thú y,",
		"KH-TC":     "Vụ Kế hoạch - Tài chính,",
		"PC":        "",
		"VP":        "",
		"T":         "",
		"Tl":        "",
	} {
		if got := unitOfCode(words, code, ministryUnitHeads); got != want {
			t.Errorf("unitOfCode(%q) = %q, want %q", code, got, want)
		}
	}
}

// TestCodedKinds holds the heads a line of codes names (a90): "Các Vụ"
// reads its codes as Vụ only; a group of other bodies is no line of codes.
func TestCodedKinds(t *testing.T) {
	for head, want := range map[string]string{
		"Các đơn vị":    strings.Join(ministryUnitHeads, "|"),
		"Các Vụ":        "Vụ",
		"Các Cục, Vụ":   "Cục|Vụ",
		"Các sở, ngành": "",
		"Vụ Pháp chế":   "",
	} {
		if got := strings.Join(codedKinds(head), "|"); got != want {
			t.Errorf("codedKinds(%q) = %q, want %q", head, got, want)
		}
	}
}
