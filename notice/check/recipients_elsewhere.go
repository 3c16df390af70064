package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// elsewhereRe is a Nơi nhận line that sends the notice to those another
// document was sent to: "- Như Thông báo số 45/TB-UBND;", "- Như nơi
// nhận Quyết định số 12/QĐ-UBND;", the way a notice that corrects or
// revokes another names its recipients.
var elsewhereRe = lazyre.New(`^[-+•]?\s*như\s+(?:nơi\s+nhận\s+(?:của\s+|tại\s+)?)?(?:thông báo|quyết định|công văn|văn bản|kế hoạch|chỉ thị|giấy mời)\s+(?:số\s+)?\d`)

// pointRecipientsRe is a Nơi nhận line that sends the notice to those a
// point of it names: "- Như mục 3;", "- Như khoản 2 Thông báo này;". Who
// they are is in the point; the lines do not list them again.
var pointRecipientsRe = lazyre.New(`^[-+•]?\s*như\s+(?:mục|khoản|điểm|phần)\s+[0-9ivxlcđa-z]{1,5}\b`)

// recipientsElsewhere reports whether the Nơi nhận sends the notice to
// the recipients of another document (elsewhereRe) or of one of its own
// points (pointRecipientsRe): who they are is written there, not in the
// lines, so no one the notice names can be found missing from them.
func recipientsElsewhere(v *View) bool {
	return sentElsewhere(v, true)
}

// sentElsewhere reports whether a Nơi nhận line matches elsewhereRe, or
// pointRecipientsRe when points is set.
func sentElsewhere(v *View, points bool) bool {
	for i := range v.Recips {
		if t := strings.TrimSpace(v.recipFolded(i)); elsewhereRe().MatchString(t) || points && pointRecipientsRe().MatchString(t) {
			return true
		}
	}
	return false
}
