package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// partyNumberRe is a number in the form of the Đảng's and the mass
// organisations' documents (Hướng dẫn 36-HD/VPTW): "Số", no colon, the
// number, a hyphen, then the code with its "/": "Số 664-CV/HNDTW". Its
// groups are the number, what joins it to the code, and the code. A
// space alone for the hyphen ("Số: 244 KH/ĐTN") is the same form with
// its hyphen left out: the code's "/" after the kind tells it.
var partyNumberRe = lazyre.New(`^Số (\d+)( ?[-–] ?| )(\p{Lu}[\d&.\p{L}]*/[\d&.\-\p{Lu}]+)$`)

// partyNumber reads a number line in the Đảng's form, which Nghị định 30
// does not govern: it asks for no "/" before the code, takes the line
// with or without a colon after "Số" (the Đảng writes none, mass
// organisations often write one: "Số: 45-ĐC/HPN"), and says only a hyphen
// written with spaces or as a dash. It reports whether the line is of
// that form. After "Số:" on a notice under the Quốc hiệu the form is
// said, with the decree's form as the fix ("Số: 45/TB-UBND").
func partyNumber(p *Pass, s *Seg, text string) bool {
	lead, m := partyNumberParts(text)
	if m == nil {
		return false
	}
	if lead == "Số: " && p.View.hasNationName() {
		kind, body, _ := strings.Cut(m[3], "/")
		if m[2] == " " {
			p.Report(s, strings.Index(s.Text, m[1]), diag.Msg("số %s và ký hiệu %s cách nhau bằng dấu cách; văn bản hành chính ghi số, dấu \"/\", tên loại, dấu \"-\" và cơ quan", "the number %s and the code %s are parted by a space; an administrative document writes the number, \"/\", the type, \"-\" and the body", m[1], m[3]),
				diag.Msg("viết %q", "write %q", "Số: "+m[1]+"/"+kind+"-"+body))
			return true
		}
		p.Report(s, strings.Index(s.Text, m[1]), diag.Msg("văn bản có Quốc hiệu ghi số và ký hiệu %q theo mẫu của Đảng; văn bản hành chính ghi số, dấu \"/\", tên loại, dấu \"-\" và cơ quan", "a notice under the Quốc hiệu writes its number and code %q in the Party's form; an administrative document writes the number, \"/\", the type, \"-\" and the body", m[1]+m[2]+m[3]),
			diag.Msg("viết %q", "write %q", "Số: "+m[1]+"/"+kind+"-"+body))
		return true
	}
	if m[2] == " " {
		want := lead + m[1] + "-" + m[3]
		p.ReportAtRef(s.PosAt(strings.Index(s.Text, m[1])+len(m[1])), diag.RefPartyForm,
			diag.Msg("số %s và ký hiệu %s cách nhau bằng dấu cách, thiếu dấu nối; nối liền bằng dấu gạch nối \"-\"", "the number %s and the code %s are parted by a space, with no joining mark; join them with a hyphen \"-\"", m[1], m[3]),
			diag.Msg("viết %q", "write %q", want))
		return true
	}
	if m[2] != "-" {
		want := lead + m[1] + "-" + m[3]
		p.ReportAtRef(s.PosAt(strings.Index(s.Text, m[1])+len(m[1])), diag.RefPartyForm,
			diag.Msg("số %s và ký hiệu %s nối bằng %q; nối liền bằng dấu gạch nối \"-\", không có dấu cách", "the number %s and the code %s are joined by %q; join them with a hyphen \"-\" and no space", m[1], m[3], m[2]),
			diag.Msg("viết %q", "write %q", want))
	}
	return true
}

// partyNumberParts reads a number line (its spaces made single) in the
// Đảng's form: the lead it is written with ("Số " or "Số: ") and
// partyNumberRe's groups, or nil when the line is not of that form.
func partyNumberParts(text string) (lead string, m []string) {
	lead = "Số "
	if rest, ok := strings.CutPrefix(text, "Số:"); ok {
		lead, text = "Số: ", "Số "+strings.TrimSpace(rest)
	}
	// the place and date a header sets on the number's line, past its
	// cells' spaces ("Số: 225 - KH/TWĐTN-CTTN   Hà Nội, ngày ..."), are
	// not part of the number
	text = strings.TrimSpace(codeOnly(text))
	if strings.Contains(text, ":") {
		return lead, nil
	}
	return lead, partyNumberRe().FindStringSubmatch(text)
}
