package plain

import (
	"strings"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// inlineLabelRe is a "Nơi nhận:" line that holds its list: "Nơi nhận:
// -Phòng GD&ĐT Bình Liêu(Đề nghị); -BGH (T/h); - Lưu (VT)", as a page
// renders a Word file's Nơi nhận cell on one line.
var inlineLabelRe = lazyre.New(`(?i)^n[oơ]i nh[aáàảãạâấầẩẫậ]n\s*:\s*[-+]`)

// inlineRecipients reads a "Nơi nhận:" line that holds its list as the
// label and one recipient per item, parted at each "; -", and reports
// whether it did.
func (r *reader) inlineRecipients(l line) bool {
	if !startsWithByte(l.text, 'n') {
		return false // literal prefilter
	}
	m := inlineLabelRe().FindStringIndex(l.text)
	if m == nil {
		return false
	}
	colon := strings.IndexByte(l.text, ':')
	r.add(Label, l.part(0, colon+1))
	start := m[1] - 1 // the first item's dash
	for start < len(l.text) {
		end := nextItem(l.text, start)
		r.recipient(l.part(start, end))
		start = end
	}
	r.st = inClosing
	return true
}

// nextItem is where the item of an inline Nơi nhận list starting at
// start ends: at the dash of the next item after a ";", or at the end.
func nextItem(t string, start int) int {
	for i := start + 1; i < len(t); i++ {
		if t[i] != ';' {
			continue
		}
		j := i + 1
		for j < len(t) && t[j] == ' ' {
			j++
		}
		if j < len(t) && (t[j] == '-' || t[j] == '+') {
			return j
		}
	}
	return len(t)
}

// startsWithByte reports whether t starts with the ASCII letter b (in
// small letters) in either case: a literal prefilter before an
// expression that starts so.
func startsWithByte(t string, b byte) bool {
	return t != "" && t[0]|0x20 == b
}
