package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// elsewhereRe is a Nơi nhận line that sends the notice to those another
// document was sent to: "- Như Thông báo số 45/TB-UBND;", "- Như nơi
// nhận Quyết định số 12/QĐ-UBND;", the way a notice that corrects or
// revokes another names its recipients.
var elsewhereRe = lazyre.New(`^[-+•]?\s*như\s+(?:nơi\s+nhận\s+(?:của\s+|tại\s+)?)?(?:thông báo|quyết định|công văn|văn bản|kế hoạch|chỉ thị|giấy mời)\s+(?:số\s+)?\d`)

// recipientsElsewhere reports whether the Nơi nhận sends the notice to
// the recipients of another document (elsewhereRe): who they are is
// written there, not here, so no one the notice names can be found
// missing from them.
func recipientsElsewhere(v *View) bool {
	for i := range v.Recips {
		if elsewhereRe().MatchString(strings.TrimSpace(cite.Fold(v.Recips[i].Text))) {
			return true
		}
	}
	return false
}
