package plain

import (
	"strings"
	"testing"
)

// TestRecipientDashWrap: in Nơi nhận of a page's text layer, a recipient
// wrapped in its cell where its dash no longer fitted ("- Ủy ban MTTQVN
// và các đoàn thể chính trị" / "- xã hội huyện;") reads whole; a
// recipient in small letters under a short one that lost its ";" stays
// apart.
func TestRecipientDashWrap(t *testing.T) {
	body, _, _ := strings.Cut(evenCongVan, "Nơi nhận:")
	end := strings.Join([]string{
		"Nơi nhận:",
		"- Như trên;",
		"- Thường trực Huyện ủy (báo cáo);",
		"- Ủy ban MTTQVN và các đoàn thể chính trị",
		"- xã hội huyện;",
		"- Thành viên BCĐ Chuyển đổi số huyện (tại",
		"Quyết định số 26/QĐ-UBND ngày",
		"09/01/2023 của Chủ tịch UBND huyện);",
		"- Phòng Tài chính - Kế hoạch",
		"- các xã, thị trấn;",
		"- Lưu: VT, VP.",
		"KT. GIÁM ĐỐC",
		"PHÓ GIÁM ĐỐC",
		"Nguyễn Văn An",
	}, "\n")
	f, err := Read("cv.txt", []byte(body+end+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	wantParas(t, f, map[string]Kind{
		"- Ủy ban MTTQVN và các đoàn thể chính trị - xã hội huyện;": Recipient,
		"- Phòng Tài chính - Kế hoạch":                              Recipient,
		"- các xã, thị trấn;":                                       Recipient,
	})
}
