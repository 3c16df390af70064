package check

import (
	"strings"

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
		if !p.View.holds(seg.Text, litSo) || !holdsCommittee(seg.Text) {
			continue
		}
		for _, m := range partyDashedRe().FindAllStringSubmatchIndex(seg.Text, -1) {
			num, typ, body := seg.Text[m[2]:m[3]], seg.Text[m[4]:m[5]], seg.Text[m[6]:m[7]]
			written := num + "-" + typ + "-" + body
			p.Report(seg, m[2], diag.Msg("số, ký hiệu %q của văn bản của Đảng viết dấu gạch nối trước mã cơ quan ban hành", "the Party document's number %q has a hyphen before its issuer's code", written),
				diag.Msg("viết %q (dấu \"/\" trước mã cơ quan ban hành)", "write %q (a \"/\" before the issuer's code)", num+"-"+typ+"/"+body))
		}
	}
}

func holdsCommittee(t string) bool {
	for _, c := range partyCommittees {
		if strings.Contains(t, c) {
			return true
		}
	}
	return false
}
