package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// stateFormRe is a number line whose number, kind and body are joined
// otherwise than the Party's "-" and "/": in the decree's form ("Số
// 15/TB-UBKTĐU", "Số: 12/TB-TĐTN-VP"), or with one mark twice ("Số
// 128-TB-BTGDVTU", "Số 128/TB/BTGDVTU"); the colon optional. Its groups
// are the lead ("Số" or "Số:"), the number, the first mark, the kind, the
// second mark and the body with its units.
var stateFormRe = lazyre.New(`^(Số:?) ?(\d+)([/-])(\p{Lu}[\d&.\p{L}]*)([/-])(\p{Lu}[\d&.\p{L}]*(?:-[\d&.\p{L}]+)*)$`)

// partyStateNumber says a Đảng's or Đoàn's document (orgMark's line in the
// Quốc hiệu's place) numbered in the decree's form: Hướng dẫn 36-HD/VPTW
// (and the Đoàn's guide after it) writes the number, a hyphen, the kind,
// "/" and the body ("Số 15-TB/UBKTĐU"), not "Số 15/TB-UBKTĐU". The
// number-format rule would otherwise ask such a line for the decree's
// colon. It reports whether the line was said.
func partyStateNumber(p *Pass, s *Seg, text string) bool {
	if !orgHeader(p.View) {
		return false
	}
	m := stateFormRe().FindStringSubmatch(strings.TrimSpace(codeOnly(text)))
	if m == nil || m[3] == "-" && m[5] == "/" {
		return false
	}
	p.ReportAtRef(s.PosAt(max(strings.Index(s.Text, m[2]), 0)), diag.RefPartyForm,
		diag.Msg("văn bản của Đảng, của Đoàn ghi số và ký hiệu theo mẫu riêng: số, dấu gạch nối \"-\", tên loại, dấu \"/\" và cơ quan, không phải %q", "a Party's or Đoàn's document writes its number and code in its own form: the number, a hyphen \"-\", the type, \"/\" and the body, not %q", m[2]+m[3]+m[4]+m[5]+m[6]),
		diag.Msg("viết %q", "write %q", m[1]+" "+m[2]+"-"+m[4]+"/"+m[6]))
	return true
}

// orgHeader reports whether the header carries the Đảng's or the Đoàn's
// line in the Quốc hiệu's place and no Quốc hiệu.
func orgHeader(v *View) bool {
	if v.hasNationName() {
		return false
	}
	for _, s := range v.Header {
		if orgMark(s.Text) {
			return true
		}
	}
	return false
}
