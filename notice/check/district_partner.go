package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// A task names its partners after "phối hợp với": "Sở Nội vụ chủ trì,
// phối hợp với Ủy ban nhân dân huyện Tam Đường rà soát ...". The owner is
// the Sở, but the district body is given work too, and a 2026 notice that
// names one as a partner copied the line from an older notice as surely
// as one that names it owner or recipient.

// partnerRe opens the partners of a task: "phối hợp với", "phối hợp chặt
// chẽ với", "phối hợp thường xuyên với".
var partnerRe = lazyre.New(`(?i)phối hợp(?:\s+(?:chặt chẽ|thường xuyên))?\s+với\s+`)

// districtPartners reports each district body named as a partner of a
// task that has an owner: in the clause after "phối hợp với" (to its ";"
// or "."), not as it was (formerDistrict).
func districtPartners(p *Pass) {
	for i := range p.View.Tasks {
		t := &p.View.Tasks[i]
		if t.Assignee == nil {
			continue
		}
		s := &t.Seg
		for _, m := range partnerRe().FindAllStringIndex(s.Text, -1) {
			clause := s.Text[m[1]:]
			if e := strings.IndexAny(clause, ";."); e >= 0 {
				clause = clause[:e]
			}
			d := districtBodyRe().FindStringIndex(clause)
			if d == nil || formerDistrict(clause, d) {
				continue
			}
			reportDistrictAt(p, s, m[1]+d[0], clause[d[0]:d[1]])
		}
	}
}
