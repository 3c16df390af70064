package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/cite"

	"github.com/thongbao/thongbao/notice/diag"
)

// subjectPosts reports, for chair-in-subject, a person the trích yếu names
// after "đồng chí" with posts one of which the body, naming the same
// person after "đồng chí", gives another rank: "đồng chí Nguyễn Tuấn Anh -
// Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh" in the trích yếu,
// "đồng chí Nguyễn Tuấn Anh - Phó Bí thư Tỉnh ủy, Chủ tịch ..." in the
// closing. The last post of the chair the lead-in names is chairRank's.
// It reports whether it said one.
func subjectPosts(p *Pass) bool {
	v := p.View
	if v.Subject == nil || !v.holdsComrade(v.Subject.Text) {
		return false
	}
	subject := titledNames(v.Subject)
	if len(subject) == 0 {
		return false
	}
	for i := range v.Body {
		s := &v.Body[i]
		if !v.holdsComrade(s.Text) {
			continue
		}
		for _, b := range titledNames(s) {
			for _, a := range subject {
				if a.form() != b.form() {
					continue
				}
				if x, y, ok := postRankSlip(a.raw, b.raw, v.Chair != nil && sameName(v.Chair.Name, a.form())); ok {
					p.Report(v.Subject, a.words[0].off, diag.Msg("trích yếu ghi %s là %q, phần nội dung (dòng %d) ghi %q", "the trích yếu calls %s %q, the body (line %d) %q", a.form(), x, s.PosAt(b.words[0].off).Line, y),
						diag.Msg("sửa chức vụ trong trích yếu hoặc ở phần nội dung cho khớp nhau", "make the title in the trích yếu and in the body agree"))
					return true
				}
			}
		}
	}
	return false
}

// postRankSlip compares two lists of posts written "A, B": the first
// pair at one place that names one post, one with "Phó" and one without,
// as written. skipLast leaves the last post to chairRank.
func postRankSlip(a, b string, skipLast bool) (string, string, bool) {
	pa, pb := strings.Split(a, ","), strings.Split(b, ",")
	if len(pa) != len(pb) {
		return "", "", false
	}
	n := len(pa)
	if skipLast {
		n--
	}
	for k := 0; k < n; k++ {
		x, y := strings.TrimSpace(pa[k]), strings.TrimSpace(pb[k])
		fx, fy := cite.Fold(x), cite.Fold(y)
		if strings.HasPrefix(fx, "phó ") != strings.HasPrefix(fy, "phó ") && sameOffice(fx, fy) {
			return x, y, true
		}
	}
	return "", "", false
}
