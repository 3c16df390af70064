package importer

import (
	"strings"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
)

// Words that name the parts of a notice.
var (
	assessmentWords = []string{"danh gia", "ket qua", "tinh hinh"}
	taskWords       = []string{"nhiem vu", "giai phap", "phuong huong", "kien nghi", "de nghi", "yeu cau", "ket luan", "chi dao", "to chuc thuc hien", "phan cong"}
)

// parts maps the numbered parts: an assessment that is only paragraphs,
// the tasks (a part with sub-parts, or the parts themselves when they are
// assignments), and further sections. lead are paragraphs without a
// number before the first part.
func (im *importer) parts(lead []*para, qs []*para) {
	d := im.d
	if len(lead) > 0 {
		d.Assessment = &assessment{Results: texts(lead)}
	}
	tops := outline(qs).children()
	if len(lead) > 0 && len(qs) > 0 && qs[0].marker == "" {
		// cannot happen: qs starts at a numbered paragraph
		return
	}
	i := 0
	if d.Assessment == nil && i < len(tops) && isAssessment(tops[i]) {
		d.Assessment = im.assessment(tops[i])
		i++
	}
	if i < len(tops) && len(tops[i].children()) > 0 && hasAny(bare(tops[i].q.plain), taskWords) && im.heading(tops[i]) != "" {
		d.Tasks = im.titledTasks(tops[i])
		i++
	}
	rest := make([]*group, 0, len(tops)-i)
	for _, n := range tops[i:] {
		rest = append(rest, im.group(n, false))
	}
	switch {
	case len(rest) == 0:
	case d.Tasks == nil && im.assigns(tops[i:]):
		d.Tasks = &tasks{Groups: rest}
	default:
		d.Sections = rest
	}
	if d.Assessment == nil && d.Tasks == nil && len(d.Sections) == 0 {
		im.note(0, diag.Msg("không tìm thấy phần nội dung đánh số nào", "no numbered part was found"))
	}
}

func texts(qs []*para) []string {
	out := make([]string, len(qs))
	for i, q := range qs {
		out[i] = q.text
	}
	return out
}

func hasAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// isAssessment: a part titled as an assessment that holds only paragraphs.
func isAssessment(n *node) bool {
	if len(n.children()) > 0 || bullet(n.style) || len(strings.Fields(n.q.plain)) > 30 {
		return false
	}
	return hasAny(bare(n.q.plain), assessmentWords)
}

// assessment maps an assessment part: its paragraphs up to the first that
// says what fell short are results, the rest limitations.
func (im *importer) assessment(n *node) *assessment {
	a := &assessment{Title: n.q.text, Label: n.q.marker}
	for _, e := range n.content {
		f := bare(e.q.plain)
		if len(a.Limitations) > 0 || len(a.Results) > 0 && (strings.HasPrefix(f, "tuy nhien") || strings.HasPrefix(f, "ben canh")) {
			a.Limitations = append(a.Limitations, e.q.text)
		} else {
			a.Results = append(a.Results, e.q.text)
		}
	}
	return a
}

// heading is the heading of a part as written, "" for a part whose text
// is a paragraph.
func (im *importer) heading(n *node) string {
	if bullet(n.style) || len(strings.Fields(n.q.plain)) > 30 || strings.TrimSpace(n.q.plain) == "" {
		return ""
	}
	if sentenceEnd(n.q.plain) && (len(n.content) == 0 || len(strings.Fields(n.q.plain)) > maxHeadingWords && len(n.children()) == 0) {
		return "" // "4. Sở Y tế chỉ đạo ... ngày nghỉ Tết.": a point of one sentence, not a part's heading
	}
	return n.q.text
}

// maxHeadingWords is the most words a heading that ends with a full stop
// has ("1. Về công tác tuyên truyền."): a longer one is a sentence, the
// point's text, whatever paragraphs follow it; but one with points under
// it ("1. Về công tác cải cách hành chính, chuyển đổi số ... tỉnh." and
// "a) ...") heads them, whatever its length.
const maxHeadingWords = 12

// sentenceEnd reports whether a paragraph ends as a sentence does, with
// "." or ";" (not "./." alone: that closes the body).
func sentenceEnd(s string) bool {
	s = strings.TrimSpace(s)
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, ";")
}

// titledTasks maps a part that holds the tasks under a heading.
func (im *importer) titledTasks(n *node) *tasks {
	t := &tasks{Title: n.q.text, Label: n.q.marker}
	g := im.groupContent(n, false, false)
	t.Paragraphs, t.After, t.Groups = g.Paragraphs, g.After, g.Groups
	return t
}

// assigns reports whether parts name who must act.
func (im *importer) assigns(ns []*node) bool {
	for _, n := range ns {
		if im.assignee(n.q) != "" {
			return true
		}
	}
	return false
}

// assignee is who the paragraph assigns work to, as check reads it.
func (im *importer) assignee(q *para) string {
	start, end := q.p.PosAt(0), q.p.PosAt(len(q.p.Text)-1)
	for _, a := range im.v.Assignees {
		at := a.PosAt(0)
		if at.Line == 0 {
			continue
		}
		if posLE(start, at) && posLE(at, end) {
			return a.Text
		}
	}
	return ""
}

func posLE(a, b diag.Pos) bool {
	return a.Line < b.Line || a.Line == b.Line && a.Col <= b.Col
}

// group maps a numbered part; owned says that a part above it names who
// must act. A deadline the text states is given to the part or item that
// states it only where someone is named to meet it: a task with a
// deadline and no one to do it is check's to report on the text, not
// the import's to make.
func (im *importer) group(n *node, owned bool) *group {
	who := im.assignee(n.q)
	g := im.groupContent(n, true, owned || who != "")
	g.Label = n.q.marker
	g.Line = n.q.p.Line
	head, text := im.heading(n), ""
	switch h, t, ok := splitHead(n.q); {
	case !bullet(n.style) && ok:
		head, text = h, t
	case head == "":
		text = n.q.text
	}
	switch {
	case head == "":
		empty := ""
		g.Title = &empty
	case who != "" && plainOf(head) == who:
		// the heading is the assignee
	default:
		g.Title = &head
	}
	g.Text = text
	if who != "" {
		if head != "" && strings.Contains(plainOf(head), who) {
			g.Assignee = escapeText(who)
		} else {
			g.Owner = escapeText(who)
		}
	}
	if g.Title == nil && g.Assignee == "" {
		g.Title = &head
	}
	if text != "" && (owned || who != "") {
		g.Deadline = deadlineOf(plainOf(text))
	}
	return g
}

// splitHead splits "Đề nghị Huyện đoàn: Nghiên cứu ..." into its
// heading and the text on the same line, when the heading is short.
func splitHead(q *para) (head, text string, ok bool) {
	k := strings.Index(q.text, ": ")
	if k <= 0 || utf8.RuneCountInString(q.text[:k]) > 160 || len(strings.Fields(q.text[:k])) > 20 {
		return "", "", false
	}
	head, text = strings.TrimSpace(q.text[:k]), strings.TrimSpace(q.text[k+2:])
	if text == "" || strings.Contains(head, "(") != strings.Contains(head, ")") {
		return "", "", false
	}
	return head, text, true
}

// plainOf is the text of inline Markdown without its escapes.
func plainOf(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) && strings.IndexByte(`\*_[`, s[i+1]) >= 0 {
			i++
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// groupContent maps what stands under a part: paragraphs before its first
// sub-part, sub-parts (items while they can be, then parts), the
// paragraphs between two sub-parts after the first of them, and the
// paragraphs after the last.
func (im *importer) groupContent(n *node, items, owned bool) *group {
	g := &group{}
	var subs []*node
	var between [][]*para // between[i]: paragraphs after subs[i]
	for _, e := range n.content {
		switch {
		case e.n != nil:
			subs = append(subs, e.n)
			between = append(between, nil)
		case len(subs) == 0:
			g.Paragraphs = append(g.Paragraphs, e.q.text)
		default:
			between[len(subs)-1] = append(between[len(subs)-1], e.q)
		}
	}
	if k := len(subs) - 1; k >= 0 {
		g.After = texts(between[k])
		between[k] = nil
	}
	if len(subs) > 0 {
		g.Numbering = nil
	}
	asItems := items
	for i, s := range subs {
		if asItems && len(between[i]) == 0 && itemable(s) {
			g.Items = append(g.Items, im.item(s, owned))
			continue
		}
		asItems = false
		sub := im.group(s, owned)
		sub.After = append(sub.After, texts(between[i])...)
		g.Groups = append(g.Groups, sub)
	}
	return g
}

// itemable reports whether a part can be an item: nothing but numbered
// sub-items under it.
func itemable(n *node) bool {
	for _, e := range n.content {
		if e.q != nil || !itemable(e.n) {
			return false
		}
	}
	return strings.TrimSpace(n.q.plain) != ""
}

// item maps a part that is an item.
func (im *importer) item(n *node, owned bool) *item {
	it := &item{Label: n.q.marker, Text: n.q.text}
	who := im.assignee(n.q)
	if who != "" {
		if rest, ok := strings.CutPrefix(n.q.text, escapeText(who)+": "); ok && rest != "" {
			it.Assignee, it.Text = escapeText(who), rest
		} else {
			it.Owner = escapeText(who)
		}
	}
	owned = owned || who != ""
	if owned {
		it.Deadline = deadlineOf(n.q.plain)
	}
	for _, c := range n.children() {
		it.Items = append(it.Items, im.item(c, owned))
	}
	return it
}

// deadlineOf is the deadline a task states, written as the key takes it,
// when it states one.
func deadlineOf(text string) string {
	found := cite.FindDeadlines(text)
	if len(found) != 1 || !found[0].IsReal() {
		return ""
	}
	f := found[0]
	var v string
	switch {
	case f.Kind == cite.By && f.Date.IsComplete():
		v = f.Date.ISO()
	case f.Kind == cite.InMonth && f.Date.Day == 0 && f.Part == cite.Whole: // "đầu tháng 7/2026" keeps its words
		v = f.Date.ISO()
	default:
		v = clean(f.Text)
	}
	d, err := cite.ParseDeadline(v)
	if err != nil || !d.Same(f) {
		return ""
	}
	return v
}
