package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
)

// mottoMissing reports a state notice read from text or Word whose header
// was found whole, its issuer, its number and its place and date, but
// holds neither
// the Quốc hiệu nor the Tiêu ngữ, or the Tiêu ngữ without the Quốc hiệu
// over it (Phụ lục I, Mục II, khoản 1: every document of the decree
// carries both, at the top right). A Tiêu ngữ missing under its Quốc hiệu
// is not said: the law libraries' copies drop the header's second row
// (the Tiêu ngữ beside the issuer's own name), six dev texts of four
// sites, and nothing in a text tells their loss from the office's. Nor is
// anything said where the header may be a Party's or a mass
// organisation's (partyHeader: their line in the Quốc hiệu's place is
// their own), where the number's code does not tell a state body
// (stateIssuer: a university, a company, a Hội), or where a line of the
// header reads as either, however misspelt (motto says how). A text that
// lost its issuer's name with them (the seeds' extracts keep "Số:" and the
// date and leave blank lines where the header's other lines stood) lost
// them in its conversion.
func mottoMissing(p *Pass) {
	v := p.View
	if v.FromTOML || v.Number == nil || v.DateSeg == nil || len(v.Header) == 0 || !v.headHoldsIssuer() || v.partyHeader() || !stateNumber(v.Number.Text) || v.headNamesNonState() {
		return
	}
	nation, motto := false, false
	for _, s := range v.Header {
		f := cite.Fold(strings.ToLower(s.Text))
		nation = nation || containsLit(f, "cộng hòa") || containsLit(f, "chủ nghĩa") || containsLit(f, "xã hội chủ")
		motto = motto || containsLit(f, "độc lập") || containsLit(f, "tự do") || containsLit(f, "hạnh phúc")
	}
	switch {
	case !nation && !motto:
		p.Report(v.DateSeg, 0, diag.Msg("phần đầu văn bản thiếu Quốc hiệu và Tiêu ngữ", "the header lacks the Quốc hiệu and the Tiêu ngữ"),
			diag.Msg("ghi ở góc phải phía trên, trên dòng địa danh và ngày: %q, dưới đó %q", "write at the top right, above the place and date: %q, under it %q", nationName, mottoText))
	case !nation:
		p.Report(v.DateSeg, 0, diag.Msg("phần đầu văn bản thiếu Quốc hiệu", "the header lacks the Quốc hiệu"),
			diag.Msg("ghi %q ở góc phải phía trên, trên Tiêu ngữ", "write %q at the top right, above the Tiêu ngữ", nationName))
	}
}

// headHoldsIssuer reports whether the header above the tên loại holds a
// line besides the number and the place and date: the issuer's name.
func (v *View) headHoldsIssuer() bool {
	head := v.headAbove()
	for i := range head {
		s := &head[i]
		if v.Number != nil && s.PosAt(0) == v.Number.PosAt(0) || v.DateSeg != nil && s.PosAt(0) == v.DateSeg.PosAt(0) {
			continue
		}
		if strings.TrimSpace(s.Text) != "" {
			return true
		}
	}
	return false
}

// headNamesNonState reports whether a line of the header above the tên
// loại names a body the decree binds not, whose number's code may still
// read as a Sở's or a Ban's ("Số: 12/TB-SABECO", "Số: 12/TB-BCH"): a
// company, a group or a joint-stock bank, a cooperative, a Hội or its
// Ban Chấp hành, a trade union, a private school ("TƯ THỤC", "DÂN LẬP").
func (v *View) headNamesNonState() bool {
	for _, s := range v.headAbove() {
		t := strings.TrimSpace(s.Text)
		if outsideDecree(t) {
			return true
		}
		f := cite.Fold(t)
		for _, h := range nonStateHeads {
			if strings.HasPrefix(f, h) && !strings.HasPrefix(f, "hội đồng ") {
				return true
			}
		}
		for _, w := range []string{" tư thục", " dân lập"} {
			if containsLit(f, w) {
				return true
			}
		}
	}
	return false
}

// nonStateHeads open the names of bodies outside the state's apparatus
// besides outsideDecree's (a Hội's name, not a Hội đồng's).
var nonStateHeads = []string{"tập đoàn ", "ngân hàng tmcp ", "ngân hàng thương mại cổ phần ", "hợp tác xã ", "liên hiệp hợp tác xã ",
	"hội ", "chi hội ", "liên hiệp các hội ", "bch ", "ban chấp hành ", "công đoàn ", "liên đoàn lao động ", "câu lạc bộ "}

// stateNumber reports whether a number line's issuer code, the group after
// the tên loại's code ("Số: 56/TB-UBND", "Số: 05/TB-VP.UBND"), is a state
// body's (stateIssuer).
func stateNumber(t string) bool {
	slash := strings.IndexByte(t, '/')
	if slash < 0 {
		return false
	}
	rest := strings.Fields(t[slash+1:])
	if len(rest) == 0 {
		return false
	}
	_, code, ok := strings.Cut(rest[0], "-")
	if !ok {
		return false
	}
	code, _, _ = strings.Cut(code, "-")
	code, _, _ = strings.Cut(code, ".")
	return stateIssuer(strings.TrimRight(code, ",;."))
}
