package plain

import (
	"strings"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// authorityHeadRe starts the line of a Quyết định's issuing authority under
// its trích yếu, in capitals: the body or the officer that decides ("ỦY BAN
// NHÂN DÂN TỈNH THANH HÓA", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH", "HỘI ĐỒNG
// THÀNH VIÊN", "BỘ TRƯỞNG BỘ CÔNG THƯƠNG", "GIÁM ĐỐC ...", "HIỆU TRƯỞNG ...").
var authorityHeadRe = lazyre.New(`^(?:Ủ|U)Y BAN NHÂN DÂN\b|^(?:CHỦ TỊCH|PHÓ CHỦ TỊCH|HỘI ĐỒNG|BỘ TRƯỞNG|THỦ TƯỚNG|(?:TỔNG |PHÓ )?GIÁM ĐỐC|HIỆU TRƯỞNG|CỤC TRƯỞNG|CHI CỤC TRƯỞNG|VIỆN TRƯỞNG|TRƯỞNG BAN|CHÁNH VĂN PHÒNG)\b`)

// subjectEndWords end no trích yếu: the words that want the rest of their
// phrase on the next line ("... QUY CHẾ LÀM VIỆC CỦA" / "ỦY BAN NHÂN DÂN
// TỈNH").
var subjectEndWords = map[string]bool{"CỦA": true, "VÀ": true, "VỚI": true, "CHO": true, "TẠI": true, "CÁC": true, "NHỮNG": true, "VỀ": true, "THUỘC": true, "TRỰC": true}

// decisionAuthority reports whether l, under a trích yếu in capitals, is
// the issuing authority's line of a Quyết định rather than the trích yếu
// going on: the tên loại is QUYẾT ĐỊNH, l is in capitals and opens with a
// body or an officer (authorityHeadRe), and the trích yếu above does not
// end with a word that wants more (subjectEndWords).
func (r *reader) decisionAuthority(l line) bool {
	t := r.lastKind(Title)
	if t < 0 || !strings.HasPrefix(strings.TrimSpace(r.paras[t].Text), "QUYẾT ĐỊNH") || !isUpper(l.text) ||
		!authorityHeadRe().MatchString(strings.TrimSpace(l.text)) {
		return false
	}
	return !subjectEndWords[lastWord(r.paras[len(r.paras)-1].Text)]
}
