package pdf

// align is how a line sits between its margins.
type align uint8

const (
	alignJustify align = iota // both edges; the last line of a paragraph ragged
	alignLeft
	alignCenter
	alignRight
)

// placeLine draws one line with its baseline at baseline, inside the
// width avail starting at x.
func (f *flow) placeLine(ln line, t text, role Role, x, avail, baseline float64, a align) {
	extra := 0.0
	switch gaps := len(ln.words) - 1; {
	case a == alignJustify && !ln.last && gaps > 0:
		extra = max(0, (avail-ln.width)/float64(gaps))
	case a == alignCenter:
		x += (avail - ln.width) / 2
	case a == alignRight:
		x += avail - ln.width
	}
	for i := range ln.words {
		w := &ln.words[i] // in place, as its pieces: copies cost more than the work
		px := x
		for j := range w.pieces {
			p := &w.pieces[j]
			b := Box{Kind: TextBox, Role: role, X: px, Y: baseline, W: p.w, Style: p.style, Size: t.size, Text: p.text}
			if p.mark {
				b.X, b.W = px+markGap, p.w-markGap
				b.Size, b.Y = t.size*markScale, baseline-markRise*t.size*mmPerPt
				if role != RoleNote {
					b.Role = RoleNoteMark
				}
			}
			f.add(b)
			px += p.w
		}
		x += w.w + w.space + extra
	}
}

// para is a paragraph ready to be placed.
type para struct {
	lines  []line
	t      text
	role   Role
	x      float64 // left edge
	width  float64
	indent float64 // of the first line
	align  align
	lead   float64 // distance between baselines
}

// layPara breaks runs into a paragraph.
func (t text) para(words []word, role Role, x, width, indent float64, a align, factor float64) para {
	return para{
		lines: breakLines(words, width-indent, width, t),
		t:     t, role: role, x: x, width: width, indent: indent, align: a,
		lead: leading(t.size, factor),
	}
}

// height is the height of lines from..to of p.
func (p para) height(n int) float64 { return float64(n) * p.lead }

// placeLines draws lines from..to of p at the current position.
func (f *flow) placeLines(p para, from, to int) {
	for i := from; i < to; i++ {
		x, w := p.x, p.width
		if i == 0 {
			x, w = x+p.indent, w-p.indent
		}
		f.reserve(p.lines[i].notes())
		f.placeLine(p.lines[i], p.t, p.role, x, w, f.y+ascent(p.t.size), p.align)
		f.y += p.lead
	}
}

// fitting counts how many lines of p, from line i, fit on the page.
func (f *flow) fitting(p para, i int) int {
	n := 0
	var notes []string
	for i+n < len(p.lines) {
		notes = append(notes, p.lines[i+n].notes()...)
		if !f.fits(p.height(n+1), notes) {
			break
		}
		n++
	}
	return n
}

// keep is what must fit on the page after a paragraph, below it: height
// and the footnotes referred to there.
type keep struct {
	h     float64
	notes []string
}

// paragraph places p, breaking pages between its lines where needed but
// never leaving one line of it alone at the foot or the top of a page; k
// must fit after it on the same page (a heading keeps with what follows).
func (f *flow) paragraph(p para, k keep) {
	for i := 0; i < len(p.lines); {
		n := f.fitting(p, i)
		rest := len(p.lines) - i
		if n == rest && (k.h == 0 || f.fits(p.height(n)+k.h, append(notesIn(p.lines[i:]), k.notes...))) {
			f.placeLines(p, i, len(p.lines))
			return
		}
		m := split(i, n, rest)
		if m == 0 && !f.atTop() {
			f.newPage()
			continue
		}
		if m == 0 {
			m = max(1, n) // taller than a page: place what fits
		}
		f.placeLines(p, i, i+m)
		i += m
		if i < len(p.lines) {
			f.newPage()
		}
	}
}

// split says how many of the rest lines of a paragraph, from line i, stay
// on this page when n of them fit but not all with what they keep with:
// the last line goes with what follows, no first line stays alone at the
// foot (an orphan) and no last line goes alone to the top of the next page
// (a widow), as Word's widow and orphan control does. 0 moves them all.
func split(i, n, rest int) int {
	m := min(n, rest-1)
	if rest-m == 1 {
		m--
	}
	if i == 0 && m == 1 {
		m = 0
	}
	return max(m, 0)
}
