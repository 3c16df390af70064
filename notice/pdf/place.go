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
	for _, w := range ln.words {
		px := x
		for _, p := range w.pieces {
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

// paragraph places p, breaking pages between its lines where needed but
// never leaving one line of it alone at the foot or the top of a page.
// keep more lines of height keepH must fit after it on the same page
// (a heading keeps with what follows).
func (f *flow) paragraph(p para, keepH float64) {
	for i := 0; i < len(p.lines); {
		n := f.fitting(p, i)
		rest := len(p.lines) - i
		if n == rest && (keepH == 0 || f.fits(p.height(n)+keepH, nil)) {
			f.placeLines(p, i, len(p.lines))
			return
		}
		if n == rest {
			n-- // keep the last line with what follows
		}
		if i == 0 && n == 1 && rest > 1 {
			n = 0 // no orphan: a first line alone at the foot
		}
		if rest-n == 1 && n >= 2 {
			n-- // no widow: a last line alone at the top
		} else if rest-n == 1 && n == 1 && i == 0 {
			n = 0
		}
		if n <= 0 {
			if f.atTop() {
				n = max(1, f.fitting(p, i)) // taller than a page: place what fits
			} else {
				f.newPage()
				continue
			}
		}
		f.placeLines(p, i, i+n)
		i += n
		if i < len(p.lines) {
			f.newPage()
		}
	}
}
