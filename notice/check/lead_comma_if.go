package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// leadIfRe matches, at the start of a sentence, a phrase of the time in
// which a case may arise run into the "nếu" that opens the case with no
// comma: "Hết thời hạn niêm yết nếu không có ý kiến", "Trong quá trình
// thực hiện nếu có khó khăn", "Quá thời gian nêu trên nếu không có người
// đến nhận". The phrase is three words or fewer after its head, with no mark of
// their own; the comma before "nếu" parts it from the condition.
var leadIfRe = lazyre.New(`\A((?:Trong quá trình|Hết thời hạn|Quá thời hạn|Sau thời hạn|Trong thời gian|Hết thời gian|Quá thời gian|Sau thời gian)(?: [\d\p{L}]+){0,3})( +)nếu `)

// leadIfWords are the words leadIfRe's matches start with.
var leadIfWords = []string{"Trong quá trình", "Hết thời hạn", "Quá thời hạn", "Sau thời hạn", "Trong thời gian", "Hết thời gian", "Quá thời gian", "Sau thời gian"}

// leadIf returns the time phrase that opens s run into "nếu" with no
// comma, and where the missing comma goes; "" and -1 when none.
func leadIf(s string) (string, int) {
	opens := false
	for _, w := range leadIfWords {
		if strings.HasPrefix(s, w) {
			opens = true
			break
		}
	}
	if !opens || !containsLit(s, " nếu ") {
		return "", -1 // every match ends in a space, "nếu" and a space
	}
	m := leadIfRe().FindStringSubmatchIndex(s)
	if m == nil {
		return "", -1
	}
	return s[m[2]:m[3]], m[3]
}
