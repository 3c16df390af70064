package plain

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// smallTitle reports whether l, at the top of a text without a title in
// capitals, is a tên loại written in small letters on a line of its own
// ("Thông báo") with its trích yếu under it ("Về việc nghỉ lễ ..."), as a
// portal sets the title in sentence case: the tên loại, whose case
// element-format says.
func (r *reader) smallTitle(l line) bool {
	t := strings.TrimSpace(l.text)
	if len(r.paras) > 0 || isUpper(t) || !isTitle(strings.ToUpper(t)) {
		return false
	}
	for _, n := range r.lines[r.at+1:] {
		if n.cells != nil {
			return false
		}
		if n.text != "" {
			return aboutLineRe().MatchString(strings.TrimSpace(n.text))
		}
	}
	return false
}

// aboutLine starts a trích yếu under its tên loại: "Về việc ...", "V/v
// ...".
var aboutLineRe = lazyre.New(`^(?:Về việc|V/v)\s`)

// smallTitleUnder reports whether l, under a header whose number or date
// line has been read, is a tên loại typed in small letters on a line of
// its own ("Thông báo") with a trích yếu under it ("Kết luận của ...",
// "Về việc ..."): the tên loại, read where it stands so that required
// does not call it missing; its case is said by element-format. Under a
// trích yếu already read it is none: a công văn's "V/v góp ý dự thảo" goes
// on with "Quy định" / "Ủy ban nhân dân huyện", its words, in the
// header's left column.
func (r *reader) smallTitleUnder(l line) bool {
	t := strings.TrimSpace(l.text)
	if isUpper(t) || !isTitle(strings.ToUpper(t)) || !r.headerRead() || r.lastKind(Subject) >= 0 {
		return false
	}
	for _, n := range r.lines[r.at+1:] {
		if n.cells != nil {
			return false
		}
		if s := strings.TrimSpace(n.text); s != "" {
			return subjectOpens(s) || smallSubjectRe().MatchString(s)
		}
	}
	return false
}

// smallSubject opens a trích yếu in small letters, as a Party notice
// writes it under its tên loại ("kết luận của Ban Thường vụ Đảng ủy
// xã ...", Hướng dẫn 36-HD/VPTW): the words a trích yếu opens with, not
// any small word, so that a sentence under a stray "Thông báo" is none.
var smallSubjectRe = lazyre.New(`^(?:kết luận|ý kiến (?:chỉ đạo|kết luận)|về (?:việc|kết quả|công tác|tình hình))\s`)

// headerRead: the header's number or its place and date has been read.
func (r *reader) headerRead() bool {
	for _, p := range r.paras {
		if p.Kind == Header && (numberRe().MatchString(p.Text) || placeDateRe().MatchString(p.Text)) {
			return true
		}
	}
	return false
}

// subjectOpens: a line that can open a trích yếu under its tên loại: a
// capital first letter, no number or Roman numeral, no sentence's end.
func subjectOpens(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) && !numeralStartRe().MatchString(s) && !strings.HasSuffix(s, ".") && !strings.HasSuffix(s, ":")
}
