package plain

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/cite"
)

// aboutLines is how many lines a trích yếu "Về ..." under the number may
// be wrapped onto before the header's right column follows it.
const aboutLines = 3

// aboutUnderNumber reads, at the top of a text with no tên loại, a
// Công văn's trích yếu written "Về ..." with no "V/v" (a slip the rules
// say) right under the number of a header served one column after the
// other: the issuer, "Số: 21/TTVH", "Về thực hiện chế độ thông tin," /
// "báo cáo định kỳ.", then the Quốc hiệu, the Tiêu ngữ and the place and
// date of the right column. Only when the Quốc hiệu follows it within
// aboutLines lines: a "Về ..." line of a body never stands over it. It
// adds the trích yếu and sets r.aboutEnd to the index of its last line.
func (r *reader) aboutUnderNumber(l line) bool {
	if !r.last(Header) || !numberRe().MatchString(strings.TrimSpace(r.paras[len(r.paras)-1].Text)) || !aboutPlain(l.text) {
		return false
	}
	end, n := r.at, 1
	for i := r.at + 1; i < len(r.lines); i++ {
		t := strings.TrimSpace(r.lines[i].text)
		if r.lines[i].page || r.lines[i].cells != nil {
			return false
		}
		if t == "" || isDecor(t) {
			continue
		}
		if mottoRe().MatchString(t) {
			r.add(Subject, l)
			r.aboutEnd = end
			return true
		}
		n++
		if n > aboutLines || headerShaped(t) || addresseeRe().MatchString(t) || cite.HasMarker(t) || utf8.RuneCountInString(t) >= 100 {
			return false
		}
		end = i
	}
	return false
}

// aboutPlain reports whether t opens as a trích yếu "Về ..." does: "Về",
// a space, a word in small letters, the line short.
func aboutPlain(t string) bool {
	t = strings.TrimSpace(t)
	rest, ok := strings.CutPrefix(t, "Về ")
	if !ok || utf8.RuneCountInString(t) >= 100 {
		return false
	}
	c, _ := utf8.DecodeRuneInString(strings.TrimLeft(rest, " "))
	return unicode.IsLower(c)
}
