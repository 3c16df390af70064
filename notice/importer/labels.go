package importer

import (
	"strconv"
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
)

// The numbering of the source: the notice's numbering is the style found
// most at each level, a part whose levels are numbered otherwise says so
// (numbering on the part), and a label is written only where the number
// printed is not the one the numbering gives, as a clerk writes it.

// defaultNumbering is that of package notice.
var defaultNumbering = []string{"I", "1", "a", "-", "+"}

// level is a place numbered in the source, in the order the loader
// numbers them.
type levels struct {
	byDepth [][]string // the styles found at each depth
}

func (l *levels) add(depth int, label string) {
	for len(l.byDepth) <= depth {
		l.byDepth = append(l.byDepth, nil)
	}
	l.byDepth[depth] = append(l.byDepth[depth], styleOf(label))
}

// styles is the style found most at each depth, the first found on a tie.
func (l *levels) styles() []string {
	out := make([]string, 0, len(l.byDepth))
	for _, ss := range l.byDepth {
		out = append(out, majority(ss))
	}
	return out
}

func majority(ss []string) string {
	best, count := "", 0
	seen := map[string]int{}
	for _, s := range ss {
		seen[s]++
	}
	for _, s := range ss {
		if seen[s] > count {
			best, count = s, seen[s]
		}
	}
	return best
}

// numbering sets the numbering of the notice and of its parts and drops
// the labels the numbering gives.
func (im *importer) numbering() {
	d := im.d
	var l levels
	d.walk(func(depth int, label string) { l.add(depth, label) })
	if len(l.byDepth) == 0 {
		return
	}
	d.Numbering = l.styles()
	for _, g := range d.topGroups() {
		g.g.setNumbering(g.depth, d.Numbering)
	}
	d.dropLabels()
}

// topGroup is a group of the top levels with its depth.
type topGroup struct {
	g     *group
	depth int
}

func (d *draft) topGroups() []topGroup {
	var out []topGroup
	if t := d.Tasks; t != nil {
		depth := 0
		if t.Title != "" {
			depth = 1
		}
		for _, g := range t.Groups {
			out = append(out, topGroup{g, depth})
		}
	}
	for _, g := range d.Sections {
		out = append(out, topGroup{g, 0})
	}
	return out
}

// walk calls f with the depth and label of every numbered place.
func (d *draft) walk(f func(depth int, label string)) {
	if a := d.Assessment; a != nil && a.Title != "" && a.Label != "" {
		f(0, a.Label)
	}
	if t := d.Tasks; t != nil && t.Title != "" && t.Label != "" {
		f(0, t.Label)
	}
	for _, tg := range d.topGroups() {
		tg.g.walk(tg.depth, f)
	}
}

func (g *group) walk(depth int, f func(int, string)) {
	if g.Label != "" {
		f(depth, g.Label)
	}
	for _, it := range g.Items {
		it.walk(depth+1, f)
	}
	for _, sub := range g.Groups {
		sub.walk(depth+1, f)
	}
}

func (it *item) walk(depth int, f func(int, string)) {
	if it.Label != "" {
		f(depth, it.Label)
	}
	for _, sub := range it.Items {
		sub.walk(depth+1, f)
	}
}

// styleAt is the style of a level as the loader reads a numbering: deeper
// levels than given take the last.
func styleAt(n []string, level int) string {
	if len(n) == 0 {
		n = defaultNumbering
	}
	if level < len(n) {
		return n[level]
	}
	return n[len(n)-1]
}

// setNumbering gives a part the numbering of the levels under it when
// they are numbered otherwise than the notice's: inherited are the styles
// the part's levels would have (inherited[0] for the part itself).
func (g *group) setNumbering(depth int, notice []string) {
	g.setNumberingFrom(below(stylesFrom(notice, depth)))
}

// stylesFrom is the numbering as seen from a depth: the styles of that
// level and those under it.
func stylesFrom(n []string, depth int) []string {
	if len(n) == 0 {
		n = defaultNumbering
	}
	for range depth {
		n = below(n)
	}
	return n
}

// below is the loader's numbering of the levels under the first.
func below(n []string) []string {
	if len(n) == 0 {
		n = defaultNumbering
	}
	if len(n) == 1 {
		return n
	}
	return n[1:]
}

func (g *group) setNumberingFrom(inherited []string) {
	var l levels
	for _, it := range g.Items {
		it.walk(0, l.add)
	}
	for _, sub := range g.Groups {
		sub.walk(0, l.add)
	}
	own := l.styles()
	sub := inherited
	if len(own) > 0 && !agrees(own, inherited) {
		g.Numbering, sub = own, own
	}
	for _, s := range g.Groups {
		s.setNumberingFrom(below(sub))
	}
}

// agrees reports whether the styles found are those of a numbering.
func agrees(found, n []string) bool {
	for i, s := range found {
		if s != "" && styleAt(n, i) != s {
			return false
		}
	}
	return true
}

// counter numbers siblings as the loader does.
type counter struct {
	style  string
	next   int
	parent string
}

// drop returns the label to write for a place labelled label: "" when
// the numbering gives it.
func (c *counter) drop(label string) string {
	auto := cite.Marker(c.style, c.next, c.parent)
	if label == auto {
		c.next++
		return ""
	}
	if label == "" {
		c.next++
		return ""
	}
	if v := valueIn(c.style, label); v > 0 {
		c.next = v + 1
	}
	return label
}

// dropLabels drops the labels the numbering gives, numbering as the
// loader does (notice.number).
func (d *draft) dropLabels() {
	styles := d.Numbering
	top := counter{style: styleAt(styles, 0), next: 1}
	if a := d.Assessment; a != nil && a.Title != "" {
		a.Label = top.drop(a.Label)
	}
	if t := d.Tasks; t != nil {
		if t.Title == "" {
			top.next = dropGroups(t.Groups, styles, top.next, "")
		} else {
			marker := t.Label
			if marker == "" {
				marker = cite.Marker(top.style, top.next, "")
			}
			t.Label = top.drop(t.Label)
			dropGroups(t.Groups, below(styles), 1, marker)
		}
	}
	dropGroups(d.Sections, styles, top.next, "")
}

func dropGroups(gs []*group, styles []string, first int, parent string) int {
	c := counter{style: styleAt(styles, 0), next: first, parent: parent}
	for _, g := range gs {
		marker := g.Label
		g.Label = c.drop(g.Label)
		sub := below(styles)
		if len(g.Numbering) > 0 {
			sub = g.Numbering
		}
		next := dropItems(g.Items, sub, marker)
		dropGroups(g.Groups, sub, next, marker)
	}
	return c.next
}

func dropItems(its []*item, styles []string, parent string) int {
	c := counter{style: styleAt(styles, 0), next: 1, parent: parent}
	for _, it := range its {
		marker := it.Label
		it.Label = c.drop(it.Label)
		dropItems(it.Items, below(styles), marker)
	}
	return c.next
}

// valueIn reads a label as a number of style, 0 when it is not one (as
// notice reads it).
func valueIn(style, label string) int {
	switch style {
	case "I":
		if s, ok := strings.CutSuffix(label, "."); ok {
			return cite.RomanValue(s)
		}
	case "1":
		if s, ok := strings.CutSuffix(label, "."); ok && !strings.Contains(s, ".") {
			n, _ := strconv.Atoi(s)
			return max(n, 0)
		}
	case "1.1":
		s := strings.TrimSuffix(label, ".")
		if i := strings.LastIndexByte(s, '.'); i >= 0 {
			n, _ := strconv.Atoi(s[i+1:])
			return max(n, 0)
		}
	case "a":
		if s, ok := strings.CutSuffix(label, ")"); ok {
			return cite.LetterIndex(s)
		}
	}
	return 0
}
