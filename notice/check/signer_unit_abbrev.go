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
			rest, cut = cutWrongMark(rest) // "KT: TRƯỞNG BAN": signer-spacing's
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
	if body, ok := bodyForTitle(t, rest, found); ok {
		p.Report(s, base+found[0].off, msg, diag.Msg("%q là tên một tập thể (%s), không phải chức vụ: ghi chức vụ của người ký, viết đầy đủ; ký thay mặt tập thể thì ghi \"TM.\" và tên tập thể viết đầy đủ, chức vụ ở dòng dưới",
			"%q names a collective (%s), not a title: write the signer's title in full; signing for the collective, write \"TM.\" and its name in full, the title on the line below", found[0].text, body))
		return
	}
	seg := &Seg{Text: rest}
	if full, ok := expandCaps([]*Seg{seg}); ok {
		p.Report(s, base+found[0].off, msg, diag.Msg("viết %q", "write %q", strings.TrimSpace(strings.TrimSpace(t[:len(t)-len(rest)])+" "+full)))
		return
	}
	p.Report(s, base+found[0].off, msg, diag.Msg("viết đầy đủ chức vụ và tên đơn vị, không viết tắt", "write the title and the unit's name in full, without abbreviations"))
}

// bodyForTitle: the signer's line is a body's initials and nothing else,
// with no authority word before them ("BGH" for "Ban Giám hiệu"): the
// name of a collective stands where the signer's title goes, and written
// out it is a name still, no title ("BAN GIÁM HIỆU"); body is its full
// form. "TM. BCH" is the authority line of a collective, expanded as any
// (a99).
func bodyForTitle(line, rest string, found []abbrevWord) (body string, ok bool) {
	if rest != line || len(found) != 1 || found[0].off != 0 || found[0].end != len(rest) {
		return "", false
	}
	body = abbrevTable()[found[0].text].only()
	return body, body != "" && bodyHead(body)
}
