package check

import (
	"strings"
	"unicode"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// describedClass reports whether a closing's address is a class of
// genericHead's kinds described by words in small letters, which name no
// body ("các tổ chức, cá nhân tham gia giao thông"): the public told, not
// a recipient sent to. A capital in the words ("các đơn vị thuộc Sở Tư
// pháp") names a body, whom the Nơi nhận must reach; the kind's own
// capital does not: "Nhân dân" takes one by practice ("Nhân dân các
// thôn", "Nhân dân các buôn"), nor the name of a place the words end
// with ("cộng đồng dân cư xã Quảng Tân", addressee_place.go).
func describedClass(part string) bool {
	f := cite.Fold(part)
	if strings.ContainsFunc(withoutPlaceName(afterKind(part, f)), unicode.IsUpper) { // addressee_place.go
		return false
	}
	return isGenericLead(f) || describedPeopleRe().MatchString(f) && !headOfRe().MatchString(f)
}

// afterKind is part past the words of the kind it opens with (f is part
// folded), all of part when it opens with none.
func afterKind(part, f string) string {
	m := ""
	if n := genericHeadLen(f); n >= 0 {
		m = f[:n]
	}
	words := strings.Fields(part)
	n := len(strings.Fields(m))
	if n > len(words) {
		return ""
	}
	return strings.Join(words[n:], " ")
}

// describedPeopleRe is people described by what they have or do, in
// small letters: "những người có nguyện vọng", "người có đất thu hồi",
// "người đăng ký dự tuyển". They are the public a notice of recruitment,
// land or auction tells; no Nơi nhận line sends to them.
var describedPeopleRe = lazyre.New(`^(?:những\s+|các\s+|mọi\s+)?người\s+\p{L}`)

// headOfRe is "người đứng đầu ...": the head of a body, whom the Nơi
// nhận reaches through the body.
var headOfRe = lazyre.New(`^(?:những\s+|các\s+|mọi\s+)?người\s+đứng\s+đầu\b`)
