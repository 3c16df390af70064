package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// markPrefixRe is an authority line whose abbreviation is followed by
// another mark than its period: "KT: TRƯỞNG BAN", "TM, ỦY BAN NHÂN DÂN"
// (matched upper-cased).
var markPrefixRe = lazyre.New(`^(TUQ|TM|KT|TL|Q)\s*([:,;])\s*`)

// signerWrongMark reports an authority line typed with ":", "," or ";"
// where the decree writes a period (NĐ 30, Phụ lục I, Mục II, khoản 7,
// điểm b: "KT.", "TM."): the abbreviation is the authority, not a title
// cut short, so signer-abbrev leaves it (signerUnitAbbrev).
func signerWrongMark(p *Pass, s *Seg) {
	up := strings.ToUpper(s.Text)
	m := markPrefixRe().FindStringSubmatch(up)
	if m == nil {
		return
	}
	rest := strings.TrimSpace(up[len(m[0]):])
	if rest == "" {
		return
	}
	p.Report(s, len(m[1]), diag.Msg("%q: sau %s là dấu %q, không phải dấu chấm", "%q: %s is followed by %q, not a period", s.Text, m[1], m[2]),
		diag.Msg("viết %q", "write %q", m[1]+". "+rest))
}

// cutWrongMark is rest after an authority abbreviation followed by a
// wrong mark (markPrefixRe), and whether it had one.
func cutWrongMark(rest string) (string, bool) {
	m := markPrefixRe().FindStringIndex(rest)
	if m == nil {
		return rest, false
	}
	return strings.TrimSpace(rest[m[1]:]), true
}
