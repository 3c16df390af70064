package importer

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/plain"
)

// hingeWords start the paragraph that leads into the conclusions.
const hingeWords = "Sau khi nghe"

// opening maps the paragraphs before the first numbered part: the opening
// and "Sau khi nghe ...", and returns those that follow them. Without
// "Sau khi nghe", the paragraphs before the parts are the opening; a
// notice that has no parts has no opening either, its paragraphs are its
// content.
func (im *importer) opening(header []plain.Para, pre []*para, parts bool) (lead []*para) {
	m := &im.d.Meeting
	var open []string
	for _, p := range header {
		if p.Kind == plain.Addressee {
			open = append(open, im.in.text(p, 0))
			im.note(p.Line, diag.Msg("dòng \"Kính gửi\" của một công văn: giữ nguyên là đoạn đầu của meeting.opening", "the \"Kính gửi\" line of a công văn: kept as the first paragraph of meeting.opening"))
		}
	}
	for _, q := range pre[:min(im.listed, len(pre))] {
		open = append(open, q.text)
	}
	pre = pre[min(im.listed, len(pre)):]
	h, split := -1, -1
	for i, q := range pre {
		if strings.HasPrefix(q.plain, hingeWords) {
			h = i
			break
		}
		if k := strings.Index(q.text, ". "+hingeWords); k >= 0 {
			h, split = i, k+2
			break
		}
	}
	heard := ""
	switch {
	case h >= 0 && split >= 0:
		for _, q := range pre[:h] {
			open = append(open, q.text)
		}
		open = append(open, strings.TrimSpace(pre[h].text[:split]))
		heard = pre[h].text[split:]
		m.OneParagraph = true
		lead = pre[h+1:]
	case h >= 0:
		for _, q := range pre[:h] {
			open = append(open, q.text)
		}
		heard = pre[h].text
		lead = pre[h+1:]
	case parts:
		for _, q := range pre {
			open = append(open, q.text)
		}
	default:
		lead = pre
	}
	m.Heard = &heard
	switch {
	case len(open) == 0:
		m.Opening = []string{""}
		m.Notes = []string{"Văn bản không có đoạn mở đầu kể lại cuộc họp: opening để trống; các đoạn ở phần sau."}
		im.forChecks()
	case !im.structured(open, heard):
		m.Opening = open
		m.Notes = []string{"Đoạn mở đầu viết khác mẫu của thongbao: giữ nguyên văn trong opening và heard.",
			"date và chair (nếu có) là những gì thongbao check đọc được từ các đoạn đó, chỉ dùng để kiểm tra."}
		im.note(im.openingLine(pre), diag.Msg("đoạn mở đầu không viết được từ các trường của [meeting]: giữ nguyên văn trong meeting.opening", "the opening cannot be written from the fields of [meeting]: kept as written in meeting.opening"))
		im.forChecks()
	}
	return lead
}

// openingLine is the line of the first paragraph of the opening.
func (im *importer) openingLine(pre []*para) int {
	if len(pre) > 0 {
		return pre[0].p.Line
	}
	return 0
}

// forChecks fills in the meeting's date and chair that check reads from
// the paragraphs as written, when the opening is kept as written.
func (im *importer) forChecks() {
	m := &im.d.Meeting
	if d := im.v.Meeting; d.IsComplete() && d.IsReal() {
		m.Date = d.ISO()
	}
	if c := im.v.Chair; c != nil {
		m.Chair = &person{Name: escapeText(c.Name), Title: escapeText(c.Title)}
	}
}
