package plain

import (
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

var (
	// titleDateRe is a post's date printed after its title in capitals,
	// in the portal's form, then the notice's "Kính gửi" ("... TRƯNG BÀY
	// CHUYÊN ĐỀ 29/05/2025 Kính gửi Quý khách"): its group is the date.
	titleDateRe = lazyre.New(`^[^\p{Ll}]*?\s(\d{2}/\d{2}/\d{4}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)\s+Kính gửi\s`)
	// postTailRe is where a portal's own sections start in a post served
	// as one line: a link to the attached file, then the list of other
	// posts under its label.
	postTailRe = lazyre.New(`\s((?:Xem chi tiết tại|Tải về|Tệp đính kèm)\s|(?:Tin tức khác|Các tin khác|Tin khác|Tin liên quan|Các tin đã đăng|Bài viết khác)\s)`)
)

// runInPost parts a post served whole as one long line (breaklessRunes
// or more) that opens with the tên loại in capitals: the post's date
// printed after the title, just before the notice's "Kính gửi", and the
// portal's sections after the body (the attached file's link, the list
// of other posts with their dates) are lines of the page's own, so that
// none is read as the trích yếu's or the body's. Nil when the line is no
// such post.
func runInPost(l line) []line {
	if l.cells != nil || l.page || utf8.RuneCountInString(l.text) < breaklessRunes || titleWords(l.text) == 0 {
		return nil
	}
	type span struct {
		a, b int
		page bool
	}
	var spans []span
	at := 0
	if m := titleDateRe().FindStringSubmatchIndex(l.text); m != nil {
		spans = append(spans, span{0, m[2], false}, span{m[2], m[3], true})
		at = m[3]
	}
	end := len(l.text)
	var tail *span
	if m := postTailRe().FindStringSubmatchIndex(l.text); m != nil && m[2] > len(l.text)/2 {
		end = m[2]
		tail = &span{m[2], len(l.text), true}
	}
	if len(spans) == 0 && tail == nil {
		return nil
	}
	spans = append(spans, span{at, end, false})
	if tail != nil {
		spans = append(spans, *tail)
	}
	var out []line
	for _, sp := range spans {
		if p := l.part(sp.a, sp.b); p.text != "" {
			p.page = sp.page
			if len(out) == 0 {
				p.notes, p.note = l.notes, l.note
			}
			out = append(out, p)
		}
	}
	return out
}
