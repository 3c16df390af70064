package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// barePrefixRe is an authority line typed without the period after its
// abbreviation: "TM ỦY BAN NHÂN DÂN", "KT CHỦ TỊCH", "Q GIÁM ĐỐC" (in
// capitals; the line is matched upper-cased).
var barePrefixRe = lazyre.New(`^(TUQ|TM|KT|TL|Q)\s+`)

// signerPrefix reads the authority abbreviation an upper-cased signer
// line starts with, with its period or without it: the submatches of
// prefixRe, or of barePrefixRe; nil if none. Every abbreviation the three
// expressions read starts with "T", "K" or "Q" (signerPrefixByte): a line
// that starts otherwise, as a name or a post does, tries none of them.
func signerPrefix(up string) []string {
	if up == "" || !signerPrefixByte(up[0]) {
		return nil
	}
	if m := prefixRe().FindStringSubmatch(up); m != nil {
		return m
	}
	if m := slashPrefixRe().FindStringSubmatch(up); m != nil {
		return []string{m[0], slashAbbr(m[1])}
	}
	return barePrefixRe().FindStringSubmatch(up)
}

// signerPrefixByte reports whether b may start a match of prefixRe,
// slashPrefixRe or barePrefixRe: the first byte of each of their
// abbreviations.
func signerPrefixByte(b byte) bool { return b == 'T' || b == 'K' || b == 'Q' }

// signerBare reports an authority line without the period after its
// abbreviation (NĐ 30, Phụ lục I, Mục II, khoản 8: "TM.", "KT.").
func signerBare(p *Pass, s *Seg) {
	up := strings.ToUpper(s.Text)
	if signerSlash(p, s, up) {
		return
	}
	m := barePrefixRe().FindStringSubmatch(up)
	if m == nil || prefixRe().MatchString(up) {
		return
	}
	p.Report(s, len(m[1]), diag.Msg("%q: thiếu dấu chấm sau %s", "%q: the period after %s is missing", s.Text, m[1]),
		diag.Msg("viết %q", "write %q", m[1]+". "+strings.TrimSpace(up[len(m[0]):])))
}
