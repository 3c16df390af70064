package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// lawCodeHyphenRe is the number of a law or a resolution of the Quốc hội
// or its Ủy ban thường vụ with a hyphen before the Quốc hội's term:
// "42/2013/QH-13" for "42/2013/QH13", "1075/2015/UBTVQH-13". The Quốc
// hội's documents write the term glued to "QH" (every one of the texts
// of testdata cites "QH13", "QH14", "QH15"); a school's "Khóa QH-2017-E"
// is no document's number.
var lawCodeHyphenRe = lazyre.New(`\d{1,4}/\d{4}/((?:UBTV)?QH)-(\d{1,2})\b`)

// lawCodeHyphens adds to slips the Quốc hội's codes written with a hyphen
// before the term, the fix the code glued.
func lawCodeHyphens(seg *Seg, slips []formSlip) []formSlip {
	if !strings.Contains(seg.Text, "QH-") {
		return slips
	}
	for _, m := range lawCodeHyphenRe().FindAllStringSubmatchIndex(seg.Text, -1) {
		if m[0] > 0 && (isDigit(seg.Text[m[0]-1]) || seg.Text[m[0]-1] == '/') {
			continue // the tail of a longer figure or code
		}
		code := seg.Text[m[2]:m[5]]
		glued := seg.Text[m[2]:m[3]] + seg.Text[m[4]:m[5]]
		slips = append(slips, formSlip{off: m[2],
			msg: diag.Msg("ký hiệu %q có dấu gạch nối trước khóa Quốc hội", "the code %q has a hyphen before the Quốc hội's term", code),
			fix: diag.Msg("viết %q", "write %q", glued)})
	}
	return slips
}
