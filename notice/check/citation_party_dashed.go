package check

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// partyDashedRe is a Party document's number whose ký hiệu joins its
// type's code to the Party committee's by a hyphen: "số 18-NQ-TW" for
// "số 18-NQ/TW". The number and the type's code are parted by "-", as
// the Party numbers its documents (a State ký hiệu follows "/"), and the
// committee is one whose code closes a Party ký hiệu: the Trung ương
// (TW), a Tỉnh ủy or Thành ủy (TU), a Huyện ủy (HU), a Quận ủy (QU), a
// Đảng ủy (ĐU, ĐUK).
var partyDashedRe = lazyre.New(`(?:^|[^\p{L}\d])[Ss]ố\s+(\d+)-(NQ|CT|KL|QĐ|QĐi|QC|HD|TB|CTr|KH|BC|TTr|ĐA|CV)-(TW|TU|HU|QU|ĐU|ĐUK)(?:[^\p{L}\d/\-]|$)`)

// partyCommittees are the committees' codes partyDashedRe closes with,
// each after a hyphen: the literal a paragraph must hold to be read.
var partyCommittees = [...]string{"-TW", "-TU", "-HU", "-QU", "-ĐU"}

// citationPartyDashed reports, for citation-code-typo, a Party
// document's number written with a hyphen where "/" parts its type's code
// from the committee's ("Nghị quyết số 18-NQ-TW" for "18-NQ/TW",
// Hướng dẫn 36-HD/VPTW, as the Party writes it and offices cite it).
func citationPartyDashed(p *Pass) {
	for _, seg := range withSegs(p.View.Texts()) {
		if !p.View.holds(seg.Text, litSo) {
			continue
		}
		for _, at := range committeeSpots(seg.Text) {
			from := max(0, at-partyWindow)
			for from > 0 && !utf8.RuneStart(seg.Text[from]) {
				from--
			}
			to := min(len(seg.Text), at+8)
			for to < len(seg.Text) && !utf8.RuneStart(seg.Text[to]) {
				to++
			}
			m := partyDashedRe().FindStringSubmatchIndex(seg.Text[from:to])
			if m == nil || from+m[6] != at+1 || m[0] == 0 && from > 0 && endsInWordRune(seg.Text[:from]) {
				continue // another committee's code, or "số" inside a word the window cut
			}
			num, typ, body := seg.Text[from+m[2]:from+m[3]], seg.Text[from+m[4]:from+m[5]], seg.Text[from+m[6]:from+m[7]]
			written := num + "-" + typ + "-" + body
			p.Report(seg, from+m[2], diag.Msg("số, ký hiệu %q của văn bản của Đảng viết dấu gạch nối trước mã cơ quan ban hành", "the Party document's number %q has a hyphen before its issuer's code", written),
				diag.Msg("viết %q (dấu \"/\" trước mã cơ quan ban hành)", "write %q (a \"/\" before the issuer's code)", num+"-"+typ+"/"+body))
		}
	}
}

// partyWindow bounds how far before a committee's code its number is
// looked for: "số", the number and the type's code, with room to spare.
const partyWindow = 24

// committeeSpots are where, in t, a hyphen stands before a committee's
// code partyDashedRe closes with ("-TW", "-TU", ...).
func committeeSpots(t string) []int {
	var at []int
	for from := 0; ; {
		i := strings.Index(t[from:], "-")
		if i < 0 {
			return at
		}
		i += from
		from = i + 1
		for _, c := range partyCommittees {
			if strings.HasPrefix(t[i:], c) {
				at = append(at, i)
				break
			}
		}
	}
}

// endsInWordRune reports whether s ends with a letter or a figure.
func endsInWordRune(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}
