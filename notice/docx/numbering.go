package docx

import "strings"

// level is one w:lvl of a numbering definition.
type level struct {
	start      int
	format     string // numFmt
	custom     string // numFmt w:format, for "custom"
	text       string // lvlText
	restart    int    // lvlRestart; -1 when not given
	legal      bool   // isLgl
	suffix     string
	p          pLayer
	r          rLayer
	hasStart   bool
	hasRestart bool
}

// abstractNum is a w:abstractNum. Its levels are read from the tree when
// first asked for: a file defines dozens of lists of nine levels and
// uses a few.
type abstractNum struct {
	t            *tree
	nodes        [9]int32 // the w:lvl of each level, -1 for none
	levels       [9]*level
	read         [9]bool
	numStyleLink string // the numbering style this definition takes its levels from
}

// level returns level i, nil when the definition has none.
func (a *abstractNum) level(i int) *level {
	if !a.read[i] {
		a.read[i] = true
		if a.nodes[i] >= 0 {
			a.levels[i] = a.t.level(a.nodes[i])
		}
	}
	return a.levels[i]
}

// noLevels reports whether the definition has no level at all.
func (a *abstractNum) noLevels() bool {
	for _, k := range a.nodes {
		if k >= 0 {
			return false
		}
	}
	return true
}

type numInstance struct {
	abs       int
	overrides [9]*override
}

// override is a w:lvlOverride: a new start, or a whole new level.
type override struct {
	start    int
	hasStart bool
	lvl      *level
}

// numbering holds the definitions of numbering.xml.
type numbering struct {
	abs  map[int]*abstractNum
	nums map[int]*numInstance
	st   *styles
}

func parseNumbering(t *tree, st *styles) (*numbering, bool) {
	n := &numbering{abs: map[int]*abstractNum{}, nums: map[int]*numInstance{}, st: st}
	if t == nil {
		return n, true
	}
	for k := t.nodes[0].first; k >= 0; k = t.nodes[k].next {
		if len(n.abs) >= MaxDefinitions || len(n.nums) >= MaxDefinitions {
			return n, false
		}
		switch {
		case t.is(k, nsW, "abstractNum"):
			id, ok := t.intAttr(k, "abstractNumId")
			if _, dup := n.abs[id]; !ok || dup {
				continue
			}
			a := &abstractNum{t: t, nodes: [9]int32{-1, -1, -1, -1, -1, -1, -1, -1, -1}, numStyleLink: t.val(t.wchild(k, "numStyleLink"))}
			for c := t.nodes[k].first; c >= 0; c = t.nodes[c].next {
				if t.is(c, nsW, "lvl") {
					if i, ok := t.intAttr(c, "ilvl"); ok && i >= 0 && i < 9 && a.nodes[i] < 0 {
						a.nodes[i] = c
					}
				}
			}
			n.abs[id] = a
		case t.is(k, nsW, "num"):
			id, ok := t.intAttr(k, "numId")
			if _, dup := n.nums[id]; !ok || dup {
				continue
			}
			in := &numInstance{abs: -1}
			if v, ok := t.intAttr(t.wchild(k, "abstractNumId"), "val"); ok {
				in.abs = v
			}
			for c := t.nodes[k].first; c >= 0; c = t.nodes[c].next {
				if !t.is(c, nsW, "lvlOverride") {
					continue
				}
				i, ok := t.intAttr(c, "ilvl")
				if !ok || i < 0 || i >= 9 {
					continue
				}
				o := &override{}
				if s := t.wchild(c, "startOverride"); s >= 0 {
					o.start, o.hasStart = t.intAttr(s, "val")
				}
				if l := t.wchild(c, "lvl"); l >= 0 {
					o.lvl = t.level(l)
				}
				in.overrides[i] = o
			}
			n.nums[id] = in
		}
	}
	return n, true
}

func (t *tree) level(k int32) *level {
	l := &level{start: 1, restart: -1, format: "decimal", suffix: "tab"}
	if c := t.wchild(k, "start"); c >= 0 {
		if v, ok := t.intAttr(c, "val"); ok {
			l.start, l.hasStart = v, true
		}
	}
	if c := t.wchild(k, "numFmt"); c >= 0 {
		l.format = t.val(c)
		l.custom, _ = t.wattr(c, "format")
	}
	if c := t.wchild(k, "lvlText"); c >= 0 {
		l.text = t.val(c)
	}
	if c := t.wchild(k, "lvlRestart"); c >= 0 {
		l.restart, l.hasRestart = t.intAttr(c, "val")
	}
	if c := t.wchild(k, "isLgl"); c >= 0 {
		l.legal = t.onOff(c)
	}
	if c := t.wchild(k, "suff"); c >= 0 {
		l.suffix = t.val(c)
	}
	l.p = t.pLayerOf(t.wchild(k, "pPr"))
	l.r = t.rLayerOf(t.wchild(k, "rPr"))
	return l
}

// resolve returns the abstract definition a numbering instance uses,
// following a numStyleLink to the numbering style that holds the levels;
// nil when there is none.
func (n *numbering) resolve(numID int) (*abstractNum, *numInstance) {
	in := n.nums[numID]
	if in == nil {
		return nil, nil
	}
	a := n.abs[in.abs]
	for hops := 0; a != nil && a.numStyleLink != "" && hops < MaxStyleChain; hops++ {
		st := n.st.byID[a.numStyleLink]
		if st == nil || st.p.numID == 0 {
			break
		}
		next := n.nums[st.p.numID]
		if next == nil || n.abs[next.abs] == nil || n.abs[next.abs] == a {
			break
		}
		a = n.abs[next.abs]
	}
	if a != nil && a.numStyleLink != "" && a.noLevels() {
		return nil, nil // a link that never reached any levels
	}
	return a, in
}

// levelOf returns level i of an instance, its override included.
func levelOf(a *abstractNum, in *numInstance, i int) (*level, int) {
	l := a.level(i)
	if o := in.overrides[i]; o != nil {
		if o.lvl != nil {
			l = o.lvl
		}
		if l != nil && o.hasStart {
			return l, o.start
		}
	}
	if l == nil {
		return nil, 1
	}
	return l, l.start
}

// counters count list items the way Word does: one set of counters for
// each abstract definition, shared by the instances that use it (so a
// list continues across them), restarted on an instance's first use
// where it overrides a start, and at a level each time a higher level is
// used (unless lvlRestart says otherwise).
type counters struct {
	n    *numbering
	vals map[*abstractNum]*[9]int
	set  map[*abstractNum]*[9]bool
	used map[int]bool
}

func newCounters(n *numbering) *counters {
	return &counters{n: n, vals: map[*abstractNum]*[9]int{}, set: map[*abstractNum]*[9]bool{}, used: map[int]bool{}}
}

// label counts a paragraph of instance numID at level ilvl and returns
// its level and label text before symbol mapping; nil when the paragraph
// has no numbering.
func (c *counters) label(numID, ilvl int) (*level, string) {
	if numID == 0 {
		return nil, ""
	}
	a, in := c.n.resolve(numID)
	if a == nil {
		return nil, ""
	}
	lv, start := levelOf(a, in, ilvl)
	if lv == nil {
		return nil, ""
	}
	vals, set := c.vals[a], c.set[a]
	if vals == nil {
		vals, set = &[9]int{}, &[9]bool{}
		c.vals[a], c.set[a] = vals, set
	}
	if !c.used[numID] {
		c.used[numID] = true
		for i, o := range in.overrides {
			if o != nil && (o.hasStart || o.lvl != nil) {
				set[i] = false
			}
		}
	}
	if set[ilvl] {
		vals[ilvl]++
	} else {
		vals[ilvl], set[ilvl] = start, true
	}
	for deeper := ilvl + 1; deeper < 9; deeper++ {
		dl, _ := levelOf(a, in, deeper)
		if dl == nil || !dl.hasRestart || dl.restart != 0 && ilvl < dl.restart {
			set[deeper] = false
		}
	}
	return lv, c.text(a, in, lv, ilvl, vals, set)
}

// text fills the level text: %1 to %9 are the numbers of levels 1 to 9,
// each in its own format (in decimal when the level is legal style).
func (c *counters) text(a *abstractNum, in *numInstance, lv *level, ilvl int, vals *[9]int, set *[9]bool) string {
	if lv.format == "bullet" || !strings.Contains(lv.text, "%") {
		return cut(lv.text)
	}
	var b strings.Builder
	s := lv.text
	for i := 0; i < len(s); i++ {
		if s[i] != '%' || i+1 >= len(s) || s[i+1] < '1' || s[i+1] > '9' {
			b.WriteByte(s[i])
			continue
		}
		k := int(s[i+1] - '1')
		i++
		kl, start := levelOf(a, in, k)
		if kl == nil {
			continue
		}
		v := start
		if set[k] {
			v = vals[k]
		}
		format := kl.format
		if lv.legal && k < ilvl && format != "none" {
			format = "decimal"
		}
		b.WriteString(formatNumber(v, format, kl.custom))
		if b.Len() > MaxLabelLen {
			break
		}
	}
	return cut(b.String())
}

func cut(s string) string {
	if len(s) <= MaxLabelLen {
		return s
	}
	for i := MaxLabelLen; i > 0; i-- {
		if s[i]&0xC0 != 0x80 {
			return s[:i]
		}
	}
	return ""
}

// noteNumbers numbers footnotes or endnotes in the order of reference.
type noteNumbers struct {
	next   int
	format string
}

func (n *noteNumbers) take() string {
	v := n.next
	n.next++
	return formatNumber(v, n.format, "")
}

func noteFormat(t *tree, pr int32, def string) noteNumbers {
	nn := noteNumbers{next: 1, format: def}
	if pr < 0 {
		return nn
	}
	if c := t.wchild(pr, "numFmt"); c >= 0 && t.val(c) != "" {
		nn.format = t.val(c)
	}
	if c := t.wchild(pr, "numStart"); c >= 0 {
		if v, ok := t.intAttr(c, "val"); ok {
			nn.next = v
		}
	}
	return nn
}

// numOf is the list instance and level a paragraph's own properties
// (direct) give it over its style's (base).
func numOf(direct *pLayer, base *paraBase) (numID, ilvl int) {
	numID, ilvl = base.p.numID, base.p.level
	if direct.has&phNumID != 0 {
		numID = direct.numID
	}
	if direct.has&phLevel != 0 {
		ilvl = direct.level
	}
	return numID, ilvl
}
