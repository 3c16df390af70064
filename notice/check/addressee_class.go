package check

import (
	"strings"
	"unicode"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// genericLeadRe is one of genericRe's kinds, or several, and the words
// that describe them after it: "các tổ chức, cá nhân tham gia giao
// thông", "các hộ gia đình có đất trong vùng dự án".
var genericLeadRe = lazyre.New(genericHead + `\s+\p{L}`)

// describedClass reports whether a closing's address is a class of
// genericRe's kinds described by words in small letters, which name no
// body ("các tổ chức, cá nhân tham gia giao thông"): the public told, not
// a recipient sent to. A capital in the words ("các đơn vị thuộc Sở Tư
// pháp") names a body, whom the Nơi nhận must reach.
func describedClass(part string) bool {
	return !strings.ContainsFunc(part, unicode.IsUpper) && genericLeadRe().MatchString(cite.Fold(part))
}
