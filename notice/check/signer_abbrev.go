package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
)

func init() {
	register(&Rule{ID: "signer-abbrev", Severity: diag.Warning, Ref: diag.RefAuthority, Run: signerAbbrev,
		Title: diag.Msg("chức vụ người ký viết đủ, không viết tắt", "the signer's title is written in full"),
		Help:  diag.Msg("viết \"PHÓ CHỦ TỊCH\", \"PHÓ GIÁM ĐỐC\"; chữ viết tắt ở khối chữ ký chỉ là TM., KT., TL., TUQ., Q.", "write \"PHÓ CHỦ TỊCH\", \"PHÓ GIÁM ĐỐC\"; the only abbreviations of the signature block are TM., KT., TL., TUQ., Q.")})
}

// signerAbbrev reports a signer's title that abbreviates "PHÓ" to "P."
// ("P.CHỦ TỊCH" for "PHÓ CHỦ TỊCH"): the decree's signature blocks write
// the title in full, and "P." is none of the authority prefixes; and a
// signer's line that abbreviates another word (signerUnitAbbrev).
func signerAbbrev(p *Pass) {
	signerAbbrevOf(p)
	cosigned(p, signerAbbrevOf) // cosigns.go
}

// signerAbbrevOf checks one signature's lines.
func signerAbbrevOf(p *Pass) {
	for i := range p.View.Signer {
		s := &p.View.Signer[i]
		t := strings.TrimSpace(s.Text)
		if i > 0 {
			deputyCut(p, &p.View.Signer[i-1], s)
		}
		rest, ok := strings.CutPrefix(t, "P.")
		if !ok {
			signerUnitAbbrev(p, s)
			continue
		}
		rest = strings.TrimSpace(rest)
		if rest == "" || rest != strings.ToUpper(rest) || !startsUpper(rest) {
			continue
		}
		p.Report(s, indexLit(s.Text, "P."), diag.Msg("chức vụ người ký viết tắt %q", "the signer's title is abbreviated: %q", t),
			diag.Msg("viết %q", "write %q", "PHÓ "+rest))
	}
}
