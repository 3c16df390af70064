package plain

import (
	"sort"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// A page that serves the header's table as text may run its cells into
// one line: "ỦY BAN NHÂN DÂN HUYỆN LÝ SƠN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
// NAM Độc lập - Tự do - Hạnh phúc Số: 12/TB-UBND Lý Sơn, ngày 05 tháng 01
// năm 2026". headerRunLines parts such a line at the starts of the
// header's elements, so that each is read as the line it was.

// nationMottoRe is the Quốc hiệu in capitals and the Tiêu ngữ after it,
// with a rule line or two between them or none: no line of a notice but
// the header's holds both.
var nationMottoRe = lazyre.New(`CỘNG (?:HÒA|HOÀ) XÃ HỘI CHỦ NGHĨA VIỆT NAM(?:\s+VIỆT NAM)?\s*(?:[-_=*]{3,}\s*)*(Độc lập\s*[-–—]\s*Tự do\s*[-–—]\s*Hạnh phúc)`)

// runHeaderStartRe starts an element of a header run into a line after the
// Tiêu ngữ or before the Quốc hiệu: the number ("Số:", "Số 12/TB-UBND"),
// a Công văn's trích yếu under it ("V/v ..."), the place and date ("Lý
// Sơn, ngày 05 tháng 01 năm 2026"), and the rule lines under the issuer
// and the Tiêu ngữ.
var runHeaderStartRe = lazyre.New(`(?:^|\s)(Số\s*:|Số\s+\d|V/v\b|[-_=*]{3,}|\p{Lu}\p{Ll}*(?:[ -]+\p{Lu}\p{Ll}*){0,4},\s*ngày\s+(?:\d|\.|…|_|\s{2}))`)

// runIssuerRunes is how long the issuer and number before the Quốc hiệu
// may be, runTailRunes the number, the place and the date after the Tiêu
// ngữ, in a line that is the header's and no more.
const (
	runIssuerRunes = 160
	runTailRunes   = 90
)

// headerRunLines parts a line that holds the Quốc hiệu and the Tiêu ngữ
// run in with other elements of the header (nationMottoRe) at the start
// of each (the Quốc hiệu, the Tiêu ngữ, runHeaderStartRe); any other line is
// returned as it is.
func headerRunLines(l line) []line {
	if l.cells != nil {
		return []line{l}
	}
	m := nationMottoRe().FindStringSubmatchIndex(l.text)
	if m == nil || utf8.RuneCountInString(l.text[:m[0]]) > runIssuerRunes || utf8.RuneCountInString(l.text[m[3]:]) > runTailRunes {
		return []line{l} // a whole post run into one line is no header's row
	}
	cuts := []int{m[0], m[2], m[3]}
	for _, s := range runHeaderStartRe().FindAllStringSubmatchIndex(l.text, -1) {
		if s[2] < m[0] || s[2] >= m[3] {
			cuts = append(cuts, s[2])
		}
	}
	sort.Ints(cuts)
	if len(cuts) == 3 && m[0] == 0 && m[3] == len(l.text) {
		return []line{l} // the Quốc hiệu and the Tiêu ngữ alone: mottoLines parts them
	}
	return l.splitAt(cuts, nil)
}
