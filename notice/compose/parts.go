package compose

import (
	"github.com/thongbao/thongbao/notice"
	"github.com/thongbao/thongbao/notice/body"
	"github.com/thongbao/thongbao/notice/cite"
)

// deadlineLead introduces a deadline the text of a task does not state.
const deadlineLead = "Thời hạn hoàn thành: "

// parts builds the numbered parts: the assessment, the tasks and further
// sections, numbered in the notice's Numbering.
func (c *composer) parts() {
	n := c.n
	top := 0
	if a := n.Assessment; a != nil {
		if !a.Title.IsZero() {
			top++
			c.heading(0, top, "", c.notes.text(a.Title), nil)
		}
		c.paras(a.Results)
		c.paras(a.Limitations)
	}
	if t := n.Tasks; t != nil {
		level := 0
		parent := ""
		if !t.Title.IsZero() {
			top++
			parent = c.heading(0, top, "", c.notes.text(t.Title), nil)
			level = 1
		}
		c.paras(t.Lead)
		first := 1
		if level == 0 {
			first = top + 1
		}
		end := c.groups(level, first, parent, t.Groups)
		if level == 0 {
			top = end - 1
		}
		c.paras(t.After)
	}
	c.groups(0, top+1, "", n.Sections)
}

// heading adds a numbered heading and returns its marker.
func (c *composer) heading(level, i int, parent string, head, text []body.Run) string {
	marker := cite.Marker(c.numbering.Style(level), i, parent)
	c.blocks = append(c.blocks, Block{Kind: Heading, Marker: marker, Head: head, Runs: text})
	return marker
}

// groups adds the groups at level, numbered from first, and returns the
// number the next sibling would get.
func (c *composer) groups(level, first int, parent string, gs []notice.Group) int {
	i := first
	for _, g := range gs {
		c.group(level, i, parent, g)
		i++
	}
	return i
}

func (c *composer) group(level, i int, parent string, g notice.Group) {
	head := c.notes.text(g.Heading())
	var text []body.Run
	if !g.Text.IsZero() {
		if len(head) > 0 && !endsWith(head, ":") {
			head = join(head, plain(":"))
		}
		text = c.withDeadline(c.notes.text(g.Text), g.Deadline)
	}
	var marker string
	if len(head) == 0 {
		marker = cite.Marker(c.numbering.Style(level), i, parent)
		c.blocks = append(c.blocks, Block{Kind: Para, Marker: marker, Runs: text})
	} else {
		marker = c.heading(level, i, parent, head, text)
	}
	c.paras(g.Paragraphs)
	next := c.items(level+1, 1, marker, 0, g.Items)
	c.groups(level+1, next, marker, g.Groups)
	if g.Text.IsZero() && g.Deadline.IsSet() {
		c.para(join(plain(deadlineLead), withStyle(plain(g.Deadline.Phrase()), body.Bold), plain(".")))
	}
	c.paras(g.After)
}

// items adds task items at level and returns the number the next sibling
// would get. depth counts the bullet levels above.
func (c *composer) items(level, first int, parent string, depth int, its []notice.Item) int {
	style := c.numbering.Style(level)
	bullet := style == notice.StyleDash || style == notice.StylePlus
	i := first
	for _, it := range its {
		runs := c.withDeadline(c.notes.text(it.Text), it.Deadline)
		if !it.Assignee.IsZero() {
			runs = join(trimEnd(c.notes.text(it.Assignee), " :"), plain(": "), runs)
		}
		marker := cite.Marker(style, i, parent)
		b := Block{Kind: Para, Marker: marker, Runs: runs}
		childDepth := 0
		if bullet {
			b.Kind, b.Depth, childDepth = Bullet, depth, depth+1
		}
		c.blocks = append(c.blocks, b)
		c.items(level+1, 1, marker, childDepth, it.Items)
		i++
	}
	return i
}

// withDeadline adds "Thời hạn hoàn thành: <deadline>." to a task whose text
// does not already state its deadline.
func (c *composer) withDeadline(runs []body.Run, d notice.Deadline) []body.Run {
	if !d.IsSet() {
		return runs
	}
	for _, found := range cite.FindDeadlines(body.Plain(runs)) {
		if found.Same(d.Deadline) {
			return runs
		}
	}
	runs = trimEnd(runs, " .;")
	if len(runs) > 0 {
		runs = join(runs, plain(". "))
	}
	return join(runs, plain(deadlineLead), withStyle(plain(d.Phrase()), body.Bold), plain("."))
}
