package plain

import (
	"strings"
	"unicode/utf8"
)

// capsSurnames are the family names that start most Vietnamese names, in
// capitals (check keeps the same list in ordinary case), and those of the
// peoples of the northern mountains a signer in Lào Cai, Điện Biên, Lai
// Châu, Sơn La, Tuyên Quang or Cao Bằng bears ("VÀNG A DÌN", "GIÀNG SEO
// PHỬ", "LÒ VĂN THẮNG"; read here only on a line under a signer's title).
var capsSurnames = func() map[string]bool {
	m := map[string]bool{}
	for w := range strings.FieldsSeq("NGUYỄN TRẦN LÊ PHẠM HOÀNG HUỲNH PHAN VŨ VÕ ĐẶNG BÙI ĐỖ HỒ NGÔ DƯƠNG LÝ ĐINH ĐOÀN " +
		"TRƯƠNG LƯƠNG PHÙNG ĐÀO TẠ LÂM MAI CAO HÀ CHÂU TÔ THÁI KIỀU QUÁCH TRIỆU VƯƠNG TRỊNH LƯU DOÃN CHU MẠC " +
		"TĂNG LẠI ĐÀM NGHIÊM KHỔNG GIANG ÂU THÂN ÔNG KIM MẠNH " +
		"VÀNG GIÀNG SÙNG THÀO LÒ HẦU MÙA SÌNH TẨN CHẢO LÙ CẦM BẾ NÔNG LƯỜNG QUÀNG TÒNG") {
		m[w] = true
	}
	return m
}()

// capsName reports whether t, under a signer's title, is the signer's name
// typed in capitals ("TRẦN PHƯỚC ĐỨC"): two to five words of letters, in
// capitals, the first a family name, and no title in it. signer-case may
// say the case; the line is the name, not a second title.
func capsName(t string) bool {
	t = strings.TrimSpace(t)
	if !isUpper(t) || !personName(t) || utf8.RuneCountInString(t) > 40 || titleHeadRe().MatchString(t) {
		return false
	}
	return capsSurnames[strings.Fields(t)[0]]
}
