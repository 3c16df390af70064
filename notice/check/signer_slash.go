package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// slashPrefixRe is an authority abbreviation typed with a slash, "T/L",
// "K/T", "T/M", "T/UQ", or with a period after each letter, "K.T",
// "K.T.", "T.M.", maybe with a period after the slashed form too ("K/T."),
// for "TL.", "KT.", "TM.", "TUQ." (the line is matched
// upper-cased).
var slashPrefixRe = lazyre.New(`^(T/UQ\.?|T/M\.?|K/T\.?|T/L\.?|T\.U\.Q\.?|T\.M\.?|K\.T\.?|T\.L\.?)\s+`)

// signerSlash reports an authority line whose abbreviation is typed with
// a slash (NĐ 30, Phụ lục I, Mục II, khoản 8: "TL.", "KT."), and whether
// it did.
func signerSlash(p *Pass, s *Seg, up string) bool {
	m := slashPrefixRe().FindStringSubmatch(up)
	if m == nil {
		return false
	}
	abbr := slashAbbr(m[1]) + "."
	p.Report(s, 0, diag.Msg("%q: quyền hạn viết tắt là %q, không viết %q", "%q: the authority is abbreviated %q, not %q", s.Text, abbr, m[1]),
		diag.Msg("viết %q", "write %q", abbr+" "+strings.TrimSpace(up[len(m[0]):])))
	return true
}

// slashAbbr is an authority abbreviation typed with slashes or periods
// ("K/T", "K.T.") as the decree writes it, without its period: "KT".
func slashAbbr(typed string) string {
	return strings.NewReplacer("/", "", ".", "").Replace(typed)
}
