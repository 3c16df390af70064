package importer

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/plain"
)

// para is a paragraph of the body: its numbering marker as written and
// its text after the marker, as inline Markdown and as read.
type para struct {
	p      plain.Para
	marker string
	text   string
	plain  string
	cell   bool
}

func (im *importer) para(p plain.Para) *para {
	q := &para{p: p, cell: p.Kind == plain.Cell}
	rest := 0
	if p.Kind == plain.Body && p.Marker != "" {
		q.marker, rest = p.Marker, p.Rest
	}
	q.text = im.in.text(p, rest)
	q.plain = strings.TrimSpace(p.Text[min(rest, len(p.Text)):])
	return q
}

// body maps the paragraphs between the trích yếu and Nơi nhận: the
// opening, the numbered parts and the closing formula.
func (im *importer) body(header, ps []plain.Para) {
	all := make([]*para, 0, len(ps))
	table := false
	for _, p := range ps {
		q := im.para(p)
		if q.cell && !table {
			im.note(p.Line, diag.Msg("bảng trong phần nội dung: giữ nguyên các ô, mỗi ô một đoạn văn", "a table in the body: its cells are kept, each as a paragraph"))
		}
		table = q.cell
		all = append(all, q)
	}
	all = im.addressees(header, all)
	firstMarked, lastMarked := -1, -1
	for i, q := range all {
		if q.marker != "" {
			if firstMarked < 0 {
				firstMarked = i
			}
			lastMarked = i
		}
	}
	end := len(all)
	if end > 0 && all[end-1].marker == "" && !all[end-1].cell && end-1 > lastMarked {
		end--
		im.closing(all[end])
	} else {
		im.d.Closing.Text = ""
		im.note(0, diag.Msg("không tìm thấy câu kết thúc sau các mục; closing.text để trống", "no closing formula follows the parts; closing.text is left empty"))
	}
	pre := all[:end]
	if firstMarked >= 0 {
		pre = all[:firstMarked]
	}
	lead := im.opening(header, pre, firstMarked >= 0)
	if firstMarked >= 0 {
		im.parts(lead, all[firstMarked:end])
	} else {
		im.parts(lead, nil)
	}
}

// addressees moves the lines of a "Kính gửi:" list (a Công văn's, "-
// Các Bộ: ...;") from the parts to the opening, as written.
func (im *importer) addressees(header []plain.Para, all []*para) []*para {
	open := false
	for _, p := range header {
		open = open || p.Kind == plain.Addressee && strings.HasSuffix(strings.TrimSpace(p.Text), ":")
	}
	if !open {
		return all
	}
	k := 0
	for k < len(all) && all[k].marker == "-" {
		all[k].text, all[k].marker = im.in.text(all[k].p, 0), ""
		k++
	}
	im.listed = k
	return all
}

// closing reads the closing formula; "./." is written by the renderer.
func (im *importer) closing(q *para) {
	im.d.Closing.Text = strings.TrimRight(q.text, " ./")
}
