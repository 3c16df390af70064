package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
)

// leadKind is the kind of the part a paragraph with no marker opens: under
// every heading above it, closed with the one it stands under.
const leadKind = ":"

// lead takes a paragraph with no marker that gives work to the points
// after it as a part of their own: "Để khắc phục, Giám đốc Sở yêu cầu:",
// "Nhiệm vụ thời gian tới" under "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2026"
// give work, whatever the heading reports. Only work is taken: a
// paragraph read as results would silence the points of a part that
// gives work ("Căn cứ kết quả năm 2026:" under "II. NHIỆM VỤ").
func (p *parts) lead(s Seg) {
	switch leadSort(s) {
	case partWork:
		p.open(leadKind, partWork, weighsDone(s))
	case partAdvice:
		p.open(leadKind, partAdvice, false) // "... khuyến cáo:": the points advise (adviceLeadWords)
	}
}

// leadSort reads a paragraph with no marker: a line of a heading's length
// with no stop as a heading ("Ý kiến kết luận", "Nhiệm vụ thời gian
// tới"), a sentence leading into points by the words of its last clause,
// whose verb gives the work wherever it stands ("Để khắc phục, Giám đốc
// Sở yêu cầu:"; "Trong năm, theo chỉ đạo của Giám đốc Sở, các đơn vị đã
// thực hiện:" says neither); partNone for any other paragraph.
func leadSort(s Seg) partSort {
	t := strings.TrimSpace(s.Text)
	switch {
	case s.Marker != "":
		return partNone
	case strings.HasSuffix(t, ":"):
		f := cite.Fold(strings.TrimSuffix(t[strings.LastIndex(t, ",")+1:], ":"))
		if opensWith(f, resultPartWords) {
			return partResults
		}
		if holdsWord(f, workPartWords) {
			return partWork
		}
		if holdsWord(f, adviceLeadWords) {
			return partAdvice
		}
		return partNone
	case strings.ContainsAny(t, ".;") || len(strings.Fields(t)) > partWords:
		return partNone
	}
	return sortOfHeading(Seg{Text: t})
}
