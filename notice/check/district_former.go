package check

import "github.com/thongbao/thongbao/notice/internal/lazyre"

// A 2026 notice still names the former huyện where it speaks of the past:
// the archives or the decisions of the former UBND huyện ("tài liệu của
// UBND huyện Sìn Hồ (trước sắp xếp)"), a person's former post ("Ông
// Hoàng Văn Tư, nguyên Chủ tịch UBND huyện Tam Đường"). Those lines send
// nothing to the district body and give it no work: district-level
// leaves them.

// formerMarkRe says, anywhere in a line, that the district it names is the
// one before the reorganisation.
var formerMarkRe = lazyre.New(`\(cũ\)|(?:^|\s)cũ(?:$|[\s,;.)])|trước (?:khi )?sắp xếp|trước đây|đã giải thể|trước (?:ngày )?0?1/0?7/2025`)

// ownedOrFormerRe, at the end of the text before a district body in the
// same clause, makes the body a former post's ("nguyên Chủ tịch") or the
// owner of what the line names ("tài liệu của").
var ownedOrFormerRe = lazyre.New(`(?:^|[\s(])(?:nguyên|của)\s[^,;]*$`)

// formerDistrict reports whether the district body at m in text is named
// as it was, not as one that receives the notice or acts.
func formerDistrict(text string, m []int) bool {
	return formerMarkRe().MatchString(text) || ownedOrFormerRe().MatchString(text[:m[0]])
}
