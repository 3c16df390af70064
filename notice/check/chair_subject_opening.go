package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
)

// presiderRank is chair-in-subject's reading when the lead-in into the
// conclusions names no one ("..., đồng chí chủ trì cuộc họp kết luận như
// sau:") or there is none: the chair is the one the opening says chaired
// ("đồng chí Nguyễn Văn Hùng, Chủ tịch UBND xã, Trưởng ban Chỉ đạo phòng
// thủ dân sự xã chủ trì"), and the trích yếu that gives that chair's
// last post another rank ("Kết luận của Phó Trưởng ban Chỉ đạo phòng thủ
// dân sự xã", or "Trưởng ban" over a "Phó Trưởng ban" who chaired) is
// said. Only the rank is compared: a trích yếu naming no chair, or
// another person, is left to the readings of a lead-in that names one.
func presiderRank(p *Pass, sub *Seg) {
	v := p.View
	op, ok := openingPresider(v) // chair_concludes.go
	if ok && op.Title == "" && op.Name != "" {
		op.Title = titleBefore(v, op.Name) // "Phó Thủ tướng Chính phủ Trần Hồng Hà chủ trì": the title before the name
	}
	if !ok || op.Title == "" {
		return
	}
	if names := findNames(sub.Text); len(names) > 0 {
		n := names[0] // the trích yếu's first name is its chair's
		if op.Name == "" || !sameName(n.text, op.Name) {
			return
		}
		said := titleNear(sub.Text, n.off, n.off+len(n.text))
		if said != "" && otherRank(said, op.Title) {
			p.Report(sub, n.off, diag.Msg("trích yếu ghi %s là %q, phần mở đầu ghi %q", "the trích yếu calls %s %q, the opening %q", n.text, coreTitle(said), coreTitle(op.Title)),
				diag.Msg("sửa chức vụ trong trích yếu cho khớp với phần mở đầu", "make the title in the trích yếu match the opening"))
		}
		return
	}
	if !strings.HasPrefix(cite.Fold(coreTitle(op.Title)), "phó ") {
		chairTitleRank(p, sub, op.Title) // hinge_sentence.go: "Kết luận của Phó Trưởng ban ..." over "Trưởng ban ... chủ trì"
		return
	}
	if titleIn(sub.Text, coreTitle(op.Title)) {
		return // "Kết luận của Phó Trưởng ban ... tại cuộc họp triển khai ý kiến chỉ đạo của Trưởng ban ...": the chair is named too
	}
	said := subjectConcluder(sub.Text)
	if said != "" && otherRank(said, op.Title) {
		p.Report(sub, 0, diag.Msg("trích yếu ghi người chủ trì là %q, phần mở đầu ghi %q", "the trích yếu gives the chair as %q, the opening as %q", coreTitle(said), coreTitle(op.Title)),
			diag.Msg("sửa chức vụ trong trích yếu cho khớp với phần mở đầu", "make the title in the trích yếu match the opening"))
	}
}

// subjectConcluder is the post a trích yếu names as the one who
// concludes, as written: the words after its first "kết luận của" or "chỉ
// đạo của" (and "đồng chí") to the end of their clause ("Kết luận của
// Trưởng ban Chỉ đạo phòng thủ dân sự xã tại cuộc họp ..." -> "Trưởng ban
// Chỉ đạo phòng thủ dân sự xã"); "" when it names none, or no post.
func subjectConcluder(s string) string {
	w := strings.Fields(s)
	at := -1
	for i := 0; i+2 < len(w); i++ {
		if pair := cite.Fold(w[i] + " " + w[i+1]); (pair == "kết luận" || pair == "chỉ đạo") && cite.Fold(w[i+2]) == "của" {
			at = i + 3
			break
		}
	}
	if at < 0 {
		return ""
	}
	if at+1 < len(w) && cite.Fold(w[at]+" "+w[at+1]) == "đồng chí" {
		at += 2
	}
	rest := strings.Join(w[at:], " ")
	rest = strings.TrimSpace(rest[:clauseEnd(rest)])
	if !hasPost(cite.Fold(rest)) {
		return ""
	}
	return rest
}
