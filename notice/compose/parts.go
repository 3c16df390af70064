package compose

import (
	"strings"

	"github.com/thongbao/thongbao/notice"
	"github.com/thongbao/thongbao/notice/body"
	"github.com/thongbao/thongbao/notice/cite"
)

// deadlineLead introduces a deadline the text of a task does not state.
const deadlineLead = "Thời hạn hoàn thành: "

// parts builds the numbered parts: the assessment, the tasks and further
// sections, with the numbers notice.Load gave them (their labels as
// written, or the notice's numbering).
func (c *composer) parts() {
	n := c.n
	if a := n.Assessment; a != nil {
		if !a.Title.IsZero() {
			c.heading(a.Marker, c.notes.text(a.Title), nil)
		}
		c.paras(a.Results)
		c.paras(a.Limitations)
	}
	if t := n.Tasks; t != nil {
		if !t.Title.IsZero() {
			c.heading(t.Marker, c.notes.text(t.Title), nil)
		}
		c.paras(t.Paragraphs)
		c.groups(t.Groups)
		c.paras(t.After)
	}
	c.groups(n.Sections)
}

// heading adds a numbered heading. A mục, numbered in Roman numerals
// ("I.", "II."), has its title in capitals however the source typed it
// (NĐ 30/2020/NĐ-CP, Phụ lục I, Mục V, số thứ tự 6b: "I. ĐÁNH GIÁ CHUNG"); a
// khoản's title ("1. Giao Sở Tài chính") keeps its case.
func (c *composer) heading(marker string, head, text []body.Run) {
	if romanMarker(marker) {
		head = upper(head)
	}
	c.blocks = append(c.blocks, Block{Kind: Heading, Marker: marker, Head: head, Runs: text})
}

// romanMarker reports whether marker is a Roman numeral and a full stop,
// the label of a mục ("IV."). A notice has fewer than forty mục, so
// "C." and "L." are the third and eleventh letters of a lettered list
// ("A.", "B.", "C."), not a hundred and fifty.
func romanMarker(marker string) bool {
	n, ok := strings.CutSuffix(marker, ".")
	return ok && n != "" && strings.Trim(n, "IVX") == ""
}

func (c *composer) groups(gs []notice.Group) {
	for _, g := range gs {
		c.group(g)
	}
}

func (c *composer) group(g notice.Group) {
	head := c.notes.text(g.Heading())
	said := saysDeadline(g.Deadline, g.Paragraphs, g.After)
	var text []body.Run
	if !g.Text.IsZero() {
		if len(head) > 0 && !endsWith(head, ":") {
			head = join(head, plain(":"))
		}
		text = c.notes.text(g.Text)
		if !said {
			text = withDeadline(text, g.Deadline)
		}
	}
	if len(head) == 0 {
		c.blocks = append(c.blocks, Block{Kind: Para, Marker: g.Marker, Runs: text})
	} else {
		c.heading(g.Marker, head, text)
	}
	c.paras(g.Paragraphs)
	c.items(0, g.Items)
	c.groups(g.Groups)
	if g.Text.IsZero() && g.Deadline.IsSet() && !said {
		c.para(join(plain(deadlineLead), withStyle(plain(g.Deadline.Words()), body.Bold), plain(".")))
	}
	c.paras(g.After)
}

// items adds task items; depth counts the bullet levels above.
func (c *composer) items(depth int, its []notice.Item) {
	for _, it := range its {
		runs := withDeadline(c.notes.text(it.Text), it.Deadline)
		if !it.Assignee.IsZero() {
			runs = join(trimEnd(c.notes.text(it.Assignee), " :"), plain(": "), runs)
		}
		b := Block{Kind: Para, Marker: it.Marker, Runs: runs}
		childDepth := 0
		if notice.IsBullet(it.Marker) {
			b.Kind, b.Depth, childDepth = Bullet, depth, depth+1
		}
		c.blocks = append(c.blocks, b)
		c.items(childDepth, it.Items)
	}
}

// withDeadline adds "Thời hạn hoàn thành: <deadline>." to a task whose text
// does not already state its deadline.
func withDeadline(runs []body.Run, d notice.Deadline) []body.Run {
	if !d.IsSet() || says(body.Plain(runs), d) {
		return runs
	}
	switch {
	case len(runs) > 0 && runs[len(runs)-1].Note != "" && endsWith(runs, "."):
		runs = join(runs, plain(" ")) // "năm 2026.[^1]": the sentence has its full stop
	default:
		if runs = trimEnd(runs, " .;"); len(runs) > 0 {
			runs = join(runs, plain(". "))
		}
	}
	return join(runs, plain(deadlineLead), withStyle(plain(d.Words()), body.Bold), plain("."))
}

// saysDeadline reports whether one of the paragraphs of a part states its
// deadline d.
func saysDeadline(d notice.Deadline, paras ...[]notice.Text) bool {
	if !d.IsSet() {
		return false
	}
	for _, ps := range paras {
		for _, p := range ps {
			if says(body.Plain(p.Runs()), d) {
				return true
			}
		}
	}
	return false
}

// says reports whether text states the deadline d, in any words, or in
// the deadline's own words: a standing task's ("Theo dõi thường xuyên ..."
// with deadline "thường xuyên") has no other.
func says(text string, d notice.Deadline) bool {
	if w := strings.ToLower(d.Words()); w != "" && strings.Contains(strings.ToLower(text), w) {
		return true // as written: "thường xuyên", "trước ngày 15/12 hằng năm"
	}
	if d.Kind == cite.Standing {
		return false
	}
	for _, found := range cite.FindDeadlines(text) {
		if found.Same(d.Deadline) {
			return true
		}
	}
	return false
}
