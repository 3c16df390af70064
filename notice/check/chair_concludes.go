package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
)

func init() {
	register(&Rule{ID: "chair-concludes", Conclusions: true, Only: []DocType{ThongBao}, Severity: diag.Warning, Ref: diag.Practice, Run: chairConcludes,
		Title: diag.Msg("người kết luận là người chủ trì cuộc họp mà phần mở đầu nêu", "the one who concludes is the one the opening says chaired the meeting"),
		Help:  diag.Msg("ghi cùng một người chủ trì ở phần mở đầu và ở câu dẫn vào kết luận", "name the same chair in the opening and in the sentence that leads into the conclusions")})
}

// A notice of conclusions says who chaired the meeting in its opening
// ("Ngày 01/12/2026, đồng chí Trần Huy Tuấn, Chủ tịch Ủy ban nhân dân
// tỉnh chủ trì cuộc họp ...") and names the same chair where the
// conclusions are stated ("..., Chủ tịch Ủy ban nhân dân tỉnh kết luận
// như sau:"): another name there, or the post with "Phó" on one side
// only, is a draft copied from another notice. A collective that
// concludes ("Thường trực Tỉnh ủy kết luận") after its head chaired, and
// co-chairs ("đồng chủ trì", or two named before "chủ trì"), are no
// mismatch; a name the reading does not
// know as a name is not compared.

// chairConcludes reports the lead-in's chair when the opening names
// another.
func chairConcludes(p *Pass) {
	d, ok := chairsDisagree(p.View)
	if !ok {
		return
	}
	said := strings.TrimSpace(d.who.Title + " " + d.who.Name)
	chaired := d.op.Title
	if d.op.Name != "" {
		chaired = strings.TrimSpace(d.op.Name + ", " + d.op.Title)
	}
	vi, en := presidedAs(p.View) // chair_session.go
	p.Report(d.seg, d.off, diag.Msg("phần mở đầu ghi %s "+vi+", nhưng câu dẫn ghi %s kết luận", "the opening says %s "+en+", but the lead-in says %s concludes", chaired, said))
}

// disagreement is an opening's chair and the lead-in's other one, with
// the paragraph and offset that name the latter.
type disagreement struct {
	op  Person
	who *Person
	seg *Seg
	off int
}

// chairsDisagree reads the opening's chair and the lead-in's and reports
// whether they are two people: two names, or one post with "Phó" on one
// side only, or of two bodies.
func chairsDisagree(v *View) (disagreement, bool) {
	op, ok := openingPresider(v)
	if !ok {
		return disagreement{}, false
	}
	seg, off, who := concluder(v)
	if seg == nil {
		return disagreement{}, false
	}
	d := disagreement{op: op, who: who, seg: seg, off: off}
	switch {
	case op.Name != "" && who.Name != "":
		return d, !sameName(op.Name, who.Name)
	case who.Name == "" && op.Title != "" && who.Title != "":
		return d, otherRank(op.Title, who.Title) || postOfOtherBody(op.Title, who.Title) // chair_other_body.go
	}
	return disagreement{}, false
}

// subjectNamesOpeningChair reports whether the trích yếu names the chair
// the opening names, where the lead-in names another (chairsDisagree):
// the slip is the lead-in's, which chair-concludes says; the trích yếu
// is right.
func subjectNamesOpeningChair(v *View, sub *Seg) bool {
	d, ok := chairsDisagree(v)
	if !ok {
		return false
	}
	if d.op.Name != "" && strings.Contains(cite.Fold(sub.Text), cite.Fold(d.op.Name)) {
		return true
	}
	core := strings.TrimSpace(normal(coreTitle(d.op.Title)))
	text := normal(sub.Text)
	if core == "" || !strings.Contains(text, core) {
		return false
	}
	return strings.HasPrefix(core, "phó ") || !onlyDeputyOf(text, core)
}

// openingPresider reads who chaired from the opening: the name and the
// post before " chủ trì" or another of presideVerbs ("đồng chí Trần Huy Tuấn, Chủ tịch Ủy ban nhân
// dân tỉnh chủ trì"), or the post alone ("Giám đốc Sở chủ trì").
func openingPresider(v *View) (Person, bool) {
	for _, s := range v.Body {
		if s.Role != RoleOpening {
			continue
		}
		i := presideAt(s.Text) // chair_session.go
		if i < 0 || strings.Contains(s.Text, "đồng chủ trì") || strings.Contains(s.Text, "cùng chủ trì") {
			return Person{}, false
		}
		head := s.Text[:i]
		if j := strings.LastIndexAny(head, ".;"); j >= 0 {
			head = head[j+1:]
		}
		if severalChairs(head) {
			return Person{}, false
		}
		if names := findNames(head); len(names) > 0 {
			n := names[len(names)-1]
			title := strings.TrimSpace(strings.TrimLeft(head[n.off+len(n.text):], " ,–-"))
			return Person{Name: n.text, Title: title}, true
		}
		if k := strings.LastIndex(head, ", "); k >= 0 {
			head = head[k+2:]
		}
		head = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(head), "đồng chí "))
		if hasPost(cite.Fold(head)) {
			return Person{Title: head}, true
		}
		return Person{}, false
	}
	return Person{}, false
}

// concluder is the lead-in's chair, with the paragraph and offset that
// name it: the hinge's (v.Chair) or the opening's last sentence's.
func concluder(v *View) (*Seg, int, *Person) {
	for i := range v.Body {
		s := &v.Body[i]
		if s.Role != RoleHinge && s.Role != RoleOpening {
			continue
		}
		at := 0
		if s.Role == RoleOpening {
			at = strings.LastIndex(s.Text, ". Sau khi nghe ")
			if at < 0 {
				continue
			}
			at += 2
		}
		if c := chairIn(*s, at); c != nil {
			name := c.Name
			if name == "" {
				name = c.Title
			}
			return s, max(0, strings.LastIndex(s.Text, name)), c
		}
	}
	return nil, 0, nil
}

// otherRank reports whether two titles are the same post of one body
// with "Phó" before one only: "Phó Chủ tịch Ủy ban nhân dân tỉnh" and
// "Chủ tịch UBND tỉnh". Each is read by its last post (coreTitle), its
// abbreviations written out.
func otherRank(a, b string) bool {
	fa := strings.TrimSpace(normal(coreTitle(a)))
	fb := strings.TrimSpace(normal(coreTitle(b)))
	da, db := strings.HasPrefix(fa, "phó "), strings.HasPrefix(fb, "phó ")
	if da == db {
		return false
	}
	fa, fb = strings.TrimPrefix(fa, "phó "), strings.TrimPrefix(fb, "phó ")
	return fa == fb || postOnly(fa, fb) || postOnly(fb, fa)
}

// postOnly reports whether post, folded, is the head of full with no body
// of its own: "giám đốc" said by the lead-in ("đồng chí Giám đốc kết
// luận") of "giám đốc kho bạc nhà nước khu vực viii" the opening names.
func postOnly(post, full string) bool {
	return post != "" && strings.HasPrefix(full, post+" ") && hasPost(post)
}

// severalChairs reports whether the words before "chủ trì" name more
// than one person ("đồng chí Trần Huy Tuấn, Chủ tịch Ủy ban nhân dân
// tỉnh và đồng chí Nguyễn Thành Sinh, Phó Chủ tịch ... chủ trì"): the
// meeting had co-chairs, and either may conclude.
func severalChairs(head string) bool {
	return len(findNames(head)) > 1 || strings.Count(head, "đồng chí ") > 1
}
