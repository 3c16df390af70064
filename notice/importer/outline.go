package importer

import (
	"strings"
	"unicode"
)

// node is a numbered paragraph with what stands under it, in order:
// paragraphs without a number and numbered paragraphs one level down.
type node struct {
	q       *para // nil for the root
	style   string
	content []entry
}

// entry is a paragraph or a sub-part.
type entry struct {
	q *para
	n *node
}

func (n *node) children() []*node {
	var out []*node
	for _, e := range n.content {
		if e.n != nil {
			out = append(out, e.n)
		}
	}
	return out
}

// styleOf names the numbering style of a marker as package notice does:
// "I" (II.), "1" (2.), "1.1" (2.1.), "a" (b)), "-" and "+".
func styleOf(m string) string {
	switch {
	case m == "-" || m == "+":
		return m
	case strings.HasSuffix(m, ")"):
		return "a"
	}
	core := strings.TrimSuffix(m, ".")
	if core != "" && strings.Trim(core, "IVXLC") == "" {
		return "I"
	}
	if strings.Contains(core, ".") {
		return "1.1"
	}
	return "1"
}

func bullet(style string) bool { return style == "-" || style == "+" }

// outline builds the tree of the numbered parts: a marker of a style
// already open closes the levels under it and starts a sibling; a new
// style opens a level. A paragraph without a number belongs to the part
// above it, except that after a dash or a plus it closes the list: the
// text after a list is the part's.
func outline(qs []*para) *node {
	root := &node{}
	stack := []*node{root}
	for _, q := range qs {
		top := stack[len(stack)-1]
		if q.marker == "" {
			for len(stack) > 2 && bullet(top.style) && len(top.content) == 0 && startsUpper(q.plain) {
				stack = stack[:len(stack)-1]
				top = stack[len(stack)-1]
			}
			top.content = append(top.content, entry{q: q})
			continue
		}
		s := styleOf(q.marker)
		n := &node{q: q, style: s}
		for i := len(stack) - 1; i >= 1; i-- {
			if stack[i].style == s {
				stack = stack[:i]
				break
			}
		}
		parent := stack[len(stack)-1]
		parent.content = append(parent.content, entry{n: n})
		stack = append(stack, n)
	}
	return root
}

func startsUpper(s string) bool {
	for _, r := range s {
		return !unicode.IsLower(r)
	}
	return false
}
