package plain

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// titleHeadRe starts a signer's title as a forum post or a portal types
// it in ordinary case: "Hiệu trưởng", "Phó Giám đốc", "Trưởng phòng Tài
// chính".
var titleHeadRe = lazyre.New(`(?i)^(?:phó\s+)?(?:hiệu trưởng|tổng giám đốc|giám đốc|chủ tịch|trưởng (?:phòng|ban|khoa|trạm|đoàn)|chánh văn phòng|bộ trưởng|thứ trưởng|(?:tổng |chi )?cục trưởng|vụ trưởng|viện trưởng|thủ trưởng|bí thư|chủ nhiệm)(?:\s|$)`)

// ordinaryTitle reports whether t is a signer's title typed in ordinary
// case ("Hiệu trưởng"): a known title at its start, a capital first, a
// few words and no marks. Capitals are what signer-case asks for.
func ordinaryTitle(t string) bool {
	t = strings.TrimSpace(t)
	first, _ := utf8.DecodeRuneInString(t)
	// the cheap tests first: the expression was tried on every line
	if !unicode.IsUpper(first) || isUpper(t) || strings.ContainsAny(t, ".:;,!?()0123456789") {
		return false
	}
	head := titleHeadRe().FindStringIndex(t)
	return head != nil && len(strings.Fields(t)) <= 8 &&
		!personName(strings.TrimSpace(t[head[1]:])) // "Chánh văn phòng Võ Minh Châu": the title and the name
}
