package check

import (
	"strings"
	"sync"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

func init() {
	register(&Rule{ID: "signer-party-form", Severity: diag.Warning, Ref: diag.RefPartyAuthority, Run: signerPartyForm,
		Title: diag.Msg("văn bản của Đảng viết quyền hạn người ký T/M, K/T, T/L, T/UQ", "a Party document writes the signer's authority T/M, K/T, T/L, T/UQ"),
		Help:  diag.Msg("viết \"T/M BAN THƯỜNG VỤ\", \"K/T BÍ THƯ\", không viết \"TM.\", \"KT.\"", "write \"T/M BAN THƯỜNG VỤ\", \"K/T BÍ THƯ\", not \"TM.\", \"KT.\"")})
}

// stateAuthorityRe is an authority line in the decree's form, with its
// period or without it ("TM. BAN THƯỜNG VỤ", "KT BÍ THƯ"; the line is
// matched upper-cased). "Q." has no Party form and is left.
var stateAuthorityRe = lazyre.New(`^(TUQ|TM|KT|TL)(?:\s*\.\s*|\s+)`)

// partyAuthority is the Party's form of each authority abbreviation of
// the decree's (Hướng dẫn 36-HD/VPTW).
var partyAuthority = sync.OnceValue(func() map[string]string {
	return map[string]string{"TM": "T/M", "KT": "K/T", "TL": "T/L", "TUQ": "T/UQ"}
})

// signerPartyForm finds a Đảng's document whose authority line is written
// in the decree's form ("TM. BAN THƯỜNG VỤ"): Hướng dẫn 36-HD/VPTW writes
// the Đảng's "T/M", "K/T", "T/L" and "T/UQ" with a slash. Only under the
// Đảng's own line, "ĐẢNG CỘNG SẢN VIỆT NAM", in the Quốc hiệu's place: the
// Đoàn and the Hội, whose documents follow the Party's numbers, sign
// "TM. BAN THƯỜNG VỤ" in their own guides.
func signerPartyForm(p *Pass) {
	if !partyMotto(p.View) {
		return
	}
	signerPartyFormOf(p)
	cosigned(p, signerPartyFormOf) // cosigns.go
}

// signerPartyFormOf checks one signature's authority lines.
func signerPartyFormOf(p *Pass) {
	for i := range p.View.Signer {
		s := &p.View.Signer[i]
		up := strings.ToUpper(s.Text)
		m := stateAuthorityRe().FindStringSubmatch(up)
		if m == nil {
			continue
		}
		want := partyAuthority()[m[1]]
		p.Report(s, 0, diag.Msg("%q: văn bản của Đảng viết quyền hạn người ký là %q, không viết %q", "%q: a Party document writes the authority %q, not %q", s.Text, want, strings.TrimSpace(m[0])),
			diag.Msg("viết %q", "write %q", want+" "+strings.TrimSpace(up[len(m[0]):])))
	}
}

// partyFolded is partyName folded as orgMark folds a header's line.
var partyFolded = cite.Fold(strings.ToLower(partyName))

// partyMotto reports whether the header carries the Đảng's own line,
// partyName, in the Quốc hiệu's place, and no Quốc hiệu.
func partyMotto(v *View) bool {
	if v.FromTOML || v.hasNationName() {
		return false
	}
	for _, s := range v.Header {
		if cite.Fold(strings.ToLower(strings.TrimSpace(s.Text))) == partyFolded {
			return true
		}
	}
	return false
}
