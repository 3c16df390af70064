package notice

import (
	"strconv"
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/tomlpos"
)

// The numbering styles, as cite names them.
const (
	StyleRoman  = cite.StyleRoman
	StyleArabic = cite.StyleArabic
	StyleNested = cite.StyleNested
	StyleLetter = cite.StyleLetter
	StyleDash   = cite.StyleDash
	StylePlus   = cite.StylePlus
)

// DefaultNumbering is structure B of the decree (spec §7.4): mục I., khoản
// 1., điểm a), then "-" and "+".
var DefaultNumbering = Numbering{StyleRoman, StyleArabic, StyleLetter, StyleDash, StylePlus}

// Numbering is the style of each level, outermost first.
type Numbering []string

// DecodeTOML reads the styles, each one of the known ones.
func (n *Numbering) DecodeTOML(v tomlpos.Value) {
	elems, ok := v.Raw().([]any)
	if !ok {
		v.WrongType(tomlpos.KindArray)
		return
	}
	out := make(Numbering, 0, len(elems))
	for i, e := range elems {
		if s, ok := v.Index(i, e).Enum(cite.Styles); ok {
			out = append(out, s)
		}
	}
	*n = out
}

// Style returns the style of level (0 is outermost); deeper levels than
// given reuse the last.
func (n Numbering) Style(level int) string {
	if len(n) == 0 {
		n = DefaultNumbering
	}
	if level < len(n) {
		return n[level]
	}
	return n[len(n)-1]
}

// below returns the styles of the levels under the first: the last style
// repeats when there are no more.
func (n Numbering) below() Numbering {
	if len(n) == 0 {
		n = DefaultNumbering
	}
	if len(n) == 1 {
		return n
	}
	return n[1:]
}

// IsBullet reports whether a marker is a dash or a plus, which lists write
// as bullets.
func IsBullet(marker string) bool { return marker == StyleDash || marker == StylePlus }

// number sets the Marker of every numbered part and item: its label when
// the source gives one, else the next number of its level's style. An
// automatic number counts on from the last label of its level that is a
// number of that style ("2.4." is followed by "2.5."). The renderers and
// the checks read the markers, so that both see the numbers printed.
func (n *Notice) number() {
	styles := n.Numbering
	if len(styles) == 0 {
		styles = DefaultNumbering
	}
	top := counter{style: styles.Style(0), next: 1}
	if a := n.Assessment; a != nil && !a.Title.IsZero() {
		a.Marker = top.mark(a.Label)
	}
	if t := n.Tasks; t != nil {
		if t.Title.IsZero() {
			top.next = numberGroups(t.Groups, styles, top.next, "")
		} else {
			t.Marker = top.mark(t.Label)
			numberGroups(t.Groups, styles.below(), 1, t.Marker)
		}
	}
	numberGroups(n.Sections, styles, top.next, "")
}

// numberGroups numbers sibling groups whose level has styles[0], from
// first, under parent, and returns the number a next sibling would take.
func numberGroups(gs []Group, styles Numbering, first int, parent string) int {
	c := counter{style: styles.Style(0), next: first, parent: parent}
	for i := range gs {
		g := &gs[i]
		g.Marker = c.mark(g.Label)
		sub := styles.below()
		if len(g.Numbering) > 0 {
			sub = g.Numbering
		}
		next := numberItems(g.Items, sub, g.Marker)
		numberGroups(g.Groups, sub, next, g.Marker)
	}
	return c.next
}

// numberItems numbers sibling items from 1 and returns the number a next
// sibling (a sub-group after the items) would take.
func numberItems(its []Item, styles Numbering, parent string) int {
	c := counter{style: styles.Style(0), next: 1, parent: parent}
	for i := range its {
		it := &its[i]
		it.Marker = c.mark(it.Label)
		numberItems(it.Items, styles.below(), it.Marker)
	}
	return c.next
}

// counter numbers the siblings of one level.
type counter struct {
	style  string
	next   int
	parent string
}

// mark returns the marker of the next sibling: its label, or the next
// number.
func (c *counter) mark(label Text) string {
	if l := strings.TrimSpace(label.S); l != "" {
		if v := valueIn(c.style, l); v > 0 {
			c.next = v + 1
		}
		return l
	}
	m := cite.Marker(c.style, c.next, c.parent)
	c.next++
	return m
}

// valueIn reads a label as a number of style: "IV." is 4 in "I", "7." is 7
// in "1", "2.4." is 4 in "1.1", "e)" is 6 in "a"; 0 when it is not one.
func valueIn(style, label string) int {
	switch style {
	case StyleRoman:
		if s, ok := strings.CutSuffix(label, "."); ok {
			return cite.RomanValue(s)
		}
	case StyleArabic:
		if s, ok := strings.CutSuffix(label, "."); ok && !strings.Contains(s, ".") {
			n, _ := strconv.Atoi(s)
			return max(n, 0)
		}
	case StyleNested:
		s := strings.TrimSuffix(label, ".")
		if i := strings.LastIndexByte(s, '.'); i >= 0 {
			n, _ := strconv.Atoi(s[i+1:])
			return max(n, 0)
		}
	case StyleLetter:
		if s, ok := strings.CutSuffix(label, ")"); ok {
			return cite.LetterIndex(s)
		}
	}
	return 0
}

// PersonForm is how a person is named in the text: "comrade" or "title".
type PersonForm string

const (
	FormComrade PersonForm = "comrade" // đồng chí <name>, <title>[, <role>]
	FormTitle   PersonForm = "title"   // <title> <name>[, <role>]
)

// PersonForms are the forms a source may name.
var PersonForms = []string{string(FormComrade), string(FormTitle)}

// DecodeTOML reads "comrade" or "title".
func (f *PersonForm) DecodeTOML(v tomlpos.Value) {
	if s, ok := v.Enum(PersonForms); ok {
		*f = PersonForm(s)
	}
}

// Separator stands between a person's name and title: ",", "-" or "–".
type Separator string

// Separators are the separators a source may name.
var Separators = []string{",", "-", "–"}

// DecodeTOML reads one of Separators.
func (s *Separator) DecodeTOML(v tomlpos.Value) {
	if x, ok := v.Enum(Separators); ok {
		*s = Separator(x)
	}
}

// Join writes name and title with the separator between them: "A, B",
// "A - B".
func (s Separator) Join() string {
	if s == "" || s == "," {
		return ", "
	}
	return " " + string(s) + " "
}
