package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
)

// signerUnitAbbrev reports a signer's line that abbreviates a word of the
// title or of the body it names: "TRƯỞNG PHÒNG KHTC", "KT. CỤC TRƯỞNG CỤC
// THUẾ XNK", "BGH". The authority words (TM., KT., TL., TUQ., Q.) are
// the signature block's only abbreviations; words are taken for
// abbreviations as in the header (strictAbbrev).
func signerUnitAbbrev(p *Pass, s *Seg) {
	t := strings.TrimSpace(s.Text)
	if signerTitleRun(t) {
		return // "TTND. BSCKII." set apart from the name: the name's titles, signer-degree's
	}
	rest := t
	for {
		cut := false
		for _, a := range []string{"TM.", "KT.", "TL.", "TUQ.", "Q.", "TM", "KT", "TL", "TUQ"} {
			if r, ok := strings.CutPrefix(rest, a+" "); ok || strings.HasSuffix(a, ".") && strings.HasPrefix(rest, a) {
				if !ok {
					r = rest[len(a):]
				}
				rest, cut = strings.TrimSpace(r), true
				break
			}
		}
		if !cut {
			break
		}
	}
	if rest == "" || hasLower(rest) {
		return
	}
	base := strings.Index(s.Text, rest)
	if base < 0 {
		return
	}
	var found []abbrevWord
	for _, w := range abbrevWords(rest) {
		if strictAbbrev(w.text) {
			found = append(found, w)
		}
	}
	if len(found) == 0 {
		return
	}
	msg := diag.Msg("chức vụ người ký viết tắt %q", "the signer's title is abbreviated: %q", found[0].text)
	seg := &Seg{Text: rest}
	if full, ok := expandCaps([]*Seg{seg}); ok {
		p.Report(s, base+found[0].off, msg, diag.Msg("viết %q", "write %q", strings.TrimSpace(strings.TrimSpace(t[:len(t)-len(rest)])+" "+full)))
		return
	}
	p.Report(s, base+found[0].off, msg, diag.Msg("viết đầy đủ chức vụ và tên đơn vị, không viết tắt", "write the title and the unit's name in full, without abbreviations"))
}
