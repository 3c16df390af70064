package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

func init() {
	register(&Rule{ID: "district-level", Severity: diag.Warning, Ref: diag.RefLocalLevels, Run: districtLevel,
		Title: diag.Msg("văn bản ban hành từ ngày 01/7/2025 không gửi, không giao việc cho cơ quan cấp huyện", "a document issued from 01/7/2025 sends nothing to and gives no work to a district body"),
		Help:  diag.Msg("thay bằng cơ quan cấp tỉnh hoặc Ủy ban nhân dân xã, phường tương ứng", "write the province's body or the commune's Ủy ban nhân dân that took its place")})
}

// From 01/7/2025 local government has two levels, the tỉnh and the xã,
// phường or đặc khu: the huyện, quận and thị xã are gone, with their
// Ủy ban nhân dân, Hội đồng nhân dân and Party committees. A notice issued
// since that names one in its Nơi nhận or gives one work ("- UBND huyện
// Văn Bàn;", "Huyện ủy ...") copied its lines from an older notice. A
// notice whose own header is such a body is another matter (its date or
// its header is wrong); a line that names the body as it was (its
// archives, a former post: district_former.go) and a cited document of
// one are left.

// districtBodyRe is a district's Ủy ban nhân dân, Hội đồng nhân dân or
// Party committee.
var districtBodyRe = lazyre.New(`(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|HĐND|Hội đồng nhân dân)\s+(?:các\s+)?(?:huyện|quận|thị xã)(?:$|[\s,;.)])|(?:Huyện|Quận|Thị)\s+ủy(?:$|[\s,;.)])|(?:Huyện|Quận|Thị)ủy`)

func districtLevel(p *Pass) {
	v := p.View
	if !twoLevels(v) || districtIssuer(v) {
		return
	}
	for i := range v.Recips {
		s := &v.Recips[i]
		if s.Role == RoleRecipient {
			reportDistrict(p, s)
		}
	}
	for _, a := range withSegs(v.Assignees) {
		reportDistrict(p, a)
	}
	districtPartners(p) // district_partner.go
}

// reportDistrict reports the first district body a line names.
func reportDistrict(p *Pass, s *Seg) {
	m := districtBodyRe().FindStringIndex(s.Text)
	if m == nil || formerDistrict(s.Text, m) { // district_former.go
		return
	}
	reportDistrictAt(p, s, m[0], s.Text[m[0]:m[1]])
}

// reportDistrictAt reports the district body written body at offset at of s.
func reportDistrictAt(p *Pass, s *Seg, at int, body string) {
	body = strings.TrimRight(body, " ,;.)")
	p.Report(s, at, diag.Msg("%q: từ ngày 01/7/2025 không còn cấp huyện; có thể dòng này chép từ văn bản cũ", "%q: there is no district level since 01/7/2025; the line may be copied from an older document", body))
}

// twoLevels reports whether the notice was issued from 01/7/2025 on (a
// draft's year and month are enough).
func twoLevels(v *View) bool {
	d := v.Date
	return d.Year > 2025 || d.Year == 2025 && d.Month >= 7
}

// districtIssuer reports whether the notice's own header names a
// district or one of its bodies.
func districtIssuer(v *View) bool {
	issuer := " " + issuerKey(v) + " "                                        // rules_recipients.go: normal form, abbreviations written out
	for _, w := range []string{" huyện ", " quận ", " thị xã ", " thị ủy "} { // " huyện ủy " holds " huyện "
		if strings.Contains(issuer, w) {
			return true
		}
	}
	return false
}
