package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
)

// chairInSubject compares the chair the trích yếu names with the chair of
// the body: the name, and the rank of the title ("Phó Chủ tịch" is not
// "Chủ tịch").
func chairInSubject(p *Pass) {
	v := p.View
	if v.Subject == nil {
		return
	}
	posts := subjectPosts(p) // chair_subject_posts.go: "Bí thư Tỉnh ủy" in the trích yếu, "Phó Bí thư Tỉnh ủy" in the body
	if v.Chair == nil {
		if c := openingChair(v); c != nil && c.Title != "" {
			chairTitleRank(p, v.Subject, c.Title) // hinge_sentence.go
			return
		}
		if !posts {
			presiderRank(p, v.Subject) // chair_subject_opening.go: the lead-in names no one; the opening's chair
		}
		return
	}
	sub := v.Subject
	if subjectNamesOpeningChair(v, sub) {
		return // chair_concludes.go: the lead-in names another chair than the opening and the trích yếu
	}
	if v.Chair.Name != "" && allCaps(sub.Text) && strings.Contains(cite.Fold(sub.Text), cite.Fold(v.Chair.Name)) {
		return // a trích yếu in capitals names the chair: "... CHỦ TỊCH UBND TỈNH LÊ VĂN DŨNG ..."
	}
	names := findNames(sub.Text)
	if v.Chair.Name != "" {
		for _, n := range names {
			if !sameName(n.text, v.Chair.Name) {
				p.Report(sub, n.off, diag.Msg("trích yếu nêu %s, nhưng người chủ trì là %s", "the trích yếu names %s, but the chair is %s", n.text, v.Chair.Name))
				continue
			}
			chairRank(p, sub, n)
		}
		if len(names) > 0 {
			return
		}
	}
	title := v.Chair.Title
	if title == "" && v.Chair.Name != "" {
		title = titleAfter(v, v.Chair.Name)
	}
	who := strings.TrimSpace(v.Chair.Name + " " + title)
	if title == "" && v.Chair.Name != "" {
		title = titleBefore(v, v.Chair.Name)
		who = strings.TrimSpace(title + " " + v.Chair.Name)
	}
	switch {
	case title == "" || len(names) > 0:
	case !titleIn(sub.Text, coreTitle(title)) && !titleIn(sub.Text, postOfIssuer(coreTitle(title))):
		p.Report(sub, 0, diag.Msg("trích yếu không nêu người chủ trì (%s)", "the trích yếu does not name the chair (%s)", who))
	default:
		chairTitleRank(p, sub, title) // a named chair too: "Kết luận của Phó Chủ tịch ..." over "đồng chí X, Chủ tịch ..."
	}
}

// issuerSelves name, alone after a post, the issuer itself: "Hiệu
// trưởng nhà trường" is the school's, the trích yếu's "Hiệu trưởng".
var issuerSelves = []string{" nhà trường", " sở", " bệnh viện", " công ty", " trung tâm", " viện", " cục", " chi cục", " ban", " hội"}

// postOfIssuer is a title without the words naming the issuer itself
// after the post ("Hiệu trưởng nhà trường" -> "Hiệu trưởng"); a title
// with no such end is returned whole.
func postOfIssuer(t string) string {
	f := cite.Fold(t)
	for _, w := range issuerSelves {
		if strings.HasSuffix(f, w) && len(f) > len(w) {
			return strings.TrimSpace(t[:len(t)-len(w)])
		}
	}
	return t
}

// titleIn reports whether the trích yếu s names the post title, written
// as the body writes it or with its abbreviations written out or made:
// "Chủ tịch Ủy ban nhân dân huyện" names "Chủ tịch UBND huyện".
func titleIn(s, title string) bool {
	return strings.Contains(cite.Fold(s), cite.Fold(title)) || strings.Contains(normal(s), normal(title))
}

// chairRank reports a trích yếu that gives the chair, named at n, a title
// of another rank than the body does: "Phó Chủ tịch" for "Chủ tịch".
func chairRank(p *Pass, sub *Seg, n nameMatch) {
	inSubject := titleNear(sub.Text, n.off, n.off+len(n.text))
	inBody := titleAfter(p.View, p.View.Chair.Name)
	if inSubject == "" || inBody == "" {
		return
	}
	a, b := cite.Fold(coreTitle(inSubject)), cite.Fold(coreTitle(inBody))
	if later := postNow(p.View, p.View.Chair.Name); later != "" && strings.HasPrefix(cite.Fold(coreTitle(later)), "phó ") == strings.HasPrefix(a, "phó ") {
		return // "Phó Chủ tịch UBND phường (nay là Chủ tịch UBND phường)": the trích yếu gives the post held now (signer_body_title.go)
	}
	if strings.HasPrefix(a, "phó ") != strings.HasPrefix(b, "phó ") && sameOffice(a, b) {
		p.Report(sub, n.off, diag.Msg("trích yếu ghi %s là %q, phần nội dung ghi %q", "the trích yếu calls %s %q, the body %q", n.text, coreTitle(inSubject), coreTitle(inBody)),
			diag.Msg("sửa chức vụ trong trích yếu cho khớp với phần nội dung", "make the title in the trích yếu match the body"))
	}
}

// sameOffice reports whether two titles name one post but for "Phó":
// "phó chủ tịch ubnd huyện" and "chủ tịch ubnd huyện"; or one names it
// with its level and the other without, the post and its body written
// ("Chủ tịch Ủy ban nhân dân tỉnh" in the trích yếu, "Phó Chủ tịch Ủy
// ban nhân dân (UBND) tỉnh" read in the opening up to its bracket).
func sameOffice(a, b string) bool {
	x := strings.TrimSpace(normal(strings.TrimPrefix(a, "phó ")))
	y := strings.TrimSpace(normal(strings.TrimPrefix(b, "phó ")))
	if len(x) > len(y) {
		x, y = y, x
	}
	return x == y || len(strings.Fields(x)) >= 3 && strings.HasPrefix(y, x+" ")
}

// titleNear reads the title written with a name in a trích yếu: after it
// ("đồng chí Bùi Văn Lý, Chủ tịch UBND thị xã tại ...") or before it
// ("của Chủ tịch UBND huyện Phạm Thị Hương, ...").
func titleNear(s string, start, end int) string {
	next := strings.TrimLeft(s[end:], " ")
	if strings.HasPrefix(next, ",") || strings.HasPrefix(next, "–") || strings.HasPrefix(next, "-") {
		after := strings.TrimLeft(next, " ,–-")
		return strings.TrimSpace(after[:clauseEnd(after)])
	}
	head := s[:start]
	for _, lead := range []string{"đồng chí ", "của "} {
		if i := strings.LastIndex(head, lead); i >= 0 {
			return strings.TrimSpace(head[i+len(lead):])
		}
	}
	return ""
}

// clauseEnd is where a title written after a name ends: at " tại ", " về
// ", " chủ trì", " kết luận", "(" or ";", or where another person is
// named, a co-chair ("Chủ tịch Ủy ban nhân dân tỉnh và đồng chí Nguyễn
// Thành Sinh, Phó Chủ tịch ...": the first one's title is the first).
func clauseEnd(s string) int {
	end := len(s)
	for _, stop := range []string{" tại ", " về ", " chủ trì", " kết luận", " đã ", "(", ";", ".", " và đồng chí ", " cùng đồng chí ", ", đồng chí "} {
		if i := strings.Index(s, stop); i >= 0 && i < end {
			end = i
		}
	}
	return end
}

// titleAfter reads the title written after the chair's name in the
// opening or the paragraph that leads into the conclusions: "Đồng chí
// Trần Thị Phụng – Phó Chủ tịch UBND xã, chủ trì"; "đồng chí Võ Văn Minh,
// Ủy viên Trung ương Đảng, Chủ tịch HĐND Thành phố kết luận".
func titleAfter(v *View, name string) string {
	for _, s := range v.Body {
		i := strings.Index(s.Text, name)
		if s.Role != RoleOpening && s.Role != RoleHinge || i < 0 {
			continue
		}
		rest := strings.TrimLeft(s.Text[i+len(name):], " ")
		if !strings.HasPrefix(rest, ",") && !strings.HasPrefix(rest, "–") && !strings.HasPrefix(rest, "-") {
			return "" // "Lê Văn Dũng chủ trì ...": the title stands before the name
		}
		rest = dropAbbrevBracket(strings.TrimLeft(rest, " ,–-"))
		return strings.TrimSpace(strings.TrimRight(rest[:clauseEnd(rest)], " ,"))
	}
	return ""
}

// dropAbbrevBracket takes out of s its first bracket that holds only an
// abbreviation being defined ("Phó Chủ tịch Ủy ban nhân dân (UBND) tỉnh"
// reads "Phó Chủ tịch Ủy ban nhân dân tỉnh"), which would end the title
// at its "(".
func dropAbbrevBracket(s string) string {
	i := strings.IndexByte(s, '(')
	if i < 0 {
		return s
	}
	j := strings.IndexByte(s[i:], ')')
	if j < 2 || !allCaps(s[i+1:i+j]) || strings.ContainsAny(s[i+1:i+j], " ,;") {
		return s
	}
	return strings.TrimRight(s[:i], " ") + s[i+j+1:]
}

// titleBefore reads the title written before the chair's name in the
// opening or the paragraph that leads into the conclusions, back to the
// start of its clause: "tại trụ sở Chính phủ, Phó Thủ tướng Chính phủ
// Trần Hồng Hà chủ trì" -> "Phó Thủ tướng Chính phủ".
func titleBefore(v *View, name string) string {
	for _, s := range v.Body {
		i := strings.Index(s.Text, name)
		if s.Role != RoleOpening && s.Role != RoleHinge || i < 0 {
			continue
		}
		head := s.Text[:i]
		if j := strings.LastIndexAny(head, ",;:."); j >= 0 {
			head = head[j+1:]
		}
		head = strings.TrimSpace(head)
		if k := strings.LastIndex(strings.ToLower(head), "đồng chí"); k >= 0 {
			head = strings.TrimSpace(head[:k])
		}
		if hasPost(cite.Fold(head)) {
			return head
		}
		return ""
	}
	return ""
}

// coreTitle is the last post of a title: "Ủy viên Ban Thường vụ, Phó Chủ
// tịch UBND huyện" -> "Phó Chủ tịch UBND huyện".
func coreTitle(t string) string {
	if i := strings.LastIndex(t, ","); i >= 0 {
		return strings.TrimSpace(t[i+1:])
	}
	return t
}

// postWords name a post: a clause that says one of them names the chair,
// even without a name ("Chủ tịch UBND thị xã kết luận").
var postWords = []string{"chủ tịch", "giám đốc", "trưởng", "bí thư", "thủ tướng", "chánh", "bộ trưởng", "hiệu trưởng",
	"tổng", "cục trưởng", "chi cục trưởng", "viện trưởng", "chủ nhiệm", "thường trực", "ủy viên", "thành viên"}

// chairUnnamed finds the sentence that states the conclusions but names no
// one: "..., đồng chí chủ trì kết luận như sau:".
func chairUnnamed(p *Pass) {
	for _, s := range p.View.bodySegs() {
		if s.Role != RoleOpening && s.Role != RoleHinge {
			continue
		}
		i := indexLit(s.Text, "kết luận")
		if i <= 0 {
			continue
		}
		clause := s.Text[:i]
		if j := strings.LastIndexAny(clause, ".;"); j >= 0 {
			clause = clause[j+1:]
		}
		f := cite.Fold(strings.TrimSpace(clause))
		tail := f
		if j := strings.LastIndex(f, ","); j >= 0 {
			tail = strings.TrimSpace(f[j+1:])
		}
		if !anonymousChair(tail) || len(findNames(clause)) > 0 || hasPost(f) {
			continue
		}
		said := strings.TrimSpace(s.Text[i-len(clause) : i+len("kết luận")])
		p.Report(s, i, diag.Msg("câu dẫn vào kết luận không nêu ai kết luận (%q)", "the sentence leading into the conclusions names no one (%q)", said),
			diag.Msg("ghi họ tên và chức vụ người chủ trì, như \"đồng chí Nguyễn Văn A, Chủ tịch UBND huyện kết luận\"", "give the chair's name and title, as in \"đồng chí Nguyễn Văn A, Chủ tịch UBND huyện kết luận\""))
	}
}

// anonymousChair reports whether the words before "kết luận" stand for
// the chair without naming them: "đồng chí chủ trì", "chủ trì", "người
// chủ trì", "chủ tọa", "lãnh đạo".
func anonymousChair(tail string) bool {
	for _, w := range []string{"đồng chí chủ trì", "người chủ trì", "chủ trì cuộc họp", "chủ trì hội nghị", "chủ trì", "chủ tọa", "đồng chí lãnh đạo", "lãnh đạo"} {
		if tail == w || strings.HasSuffix(tail, " "+w) {
			return true
		}
	}
	return false
}

func hasPost(f string) bool {
	for _, w := range postWords {
		if strings.Contains(f, w) {
			return true
		}
	}
	return false
}

func init() {
	register(&Rule{ID: "chair-unnamed", Conclusions: true, Severity: diag.Warning, Ref: diag.Practice, Run: chairUnnamed,
		Title: diag.Msg("câu dẫn vào kết luận nêu tên người chủ trì", "the sentence leading into the conclusions names the chair"),
		Help:  diag.Msg("ghi họ tên và chức vụ người chủ trì ở câu \"... kết luận như sau:\"", "give the chair's name and title where the conclusions are stated")})
}
