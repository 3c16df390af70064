package pdf

import (
	"strconv"

	"github.com/thongbao/thongbao/fonts"
)

// flow places blocks down the pages, breaking pages where needed and
// keeping room at the foot of each page for its footnotes.
type flow struct {
	l    *Layout
	set  *fonts.Set
	opts Options
	y    float64 // top of the free space on the current page
	page int
	// Footnotes referenced on the current page, in order, and their lines.
	pageNotes []placedNote
	notes     map[string][]line // laid-out footnotes by number
	done      map[string]bool   // footnotes already placed
	// Page numbers: the page that numbering restarts at (1 for the notice,
	// the first page of each appendix).
	seqStart int
	maxPages int
	arena    *wordArena // where the paragraphs' words go; nil: made
}

type placedNote struct {
	number string
	lines  []line
}

// noteGap is the room between the body and the footnote separator, and
// between the separator and the first note.
const (
	noteGap     = 3.0
	noteRuleLen = 50.0
)

func newFlow(set *fonts.Set, opts Options) *flow {
	f := &flow{l: &Layout{}, set: set, opts: opts, notes: map[string][]line{}, done: map[string]bool{}, maxPages: MaxPages}
	f.page, f.y, f.seqStart = 1, MarginTop, 1
	f.l.Pages = 1
	return f
}

// add places a box on the current page.
func (f *flow) add(b Box) {
	b.Page = f.page
	f.l.Boxes = append(f.l.Boxes, b)
}

func (f *flow) text(role Role, x, baseline float64, s string, st fonts.Style, size float64) {
	w := f.set.Face(st).Width(s) * size * mmPerPt
	f.add(Box{Kind: TextBox, Role: role, X: x, Y: baseline, W: w, Style: st, Size: size, Text: s})
}

func (f *flow) rule(x1, y1, x2, y2 float64) {
	f.add(Box{Kind: RuleBox, Role: RoleRule, X: x1, Y: y1, X2: x2, Y2: y2})
}

// centered writes s centred on cx.
func (f *flow) centered(role Role, cx, baseline float64, s string, st fonts.Style, size float64) float64 {
	w := f.set.Face(st).Width(s) * size * mmPerPt
	f.text(role, cx-w/2, baseline, s, st, size)
	return w
}

// bottom is the lowest point body text may reach on this page, with the
// page's footnotes and extra (more footnotes) below it.
func (f *flow) bottom(extra []string) float64 {
	h := f.noteHeight(f.pageNotes, extra)
	return Bottom - h
}

// noteHeight is the height of the footnote area holding placed and extra.
func (f *flow) noteHeight(placed []placedNote, extra []string) float64 {
	lead := leading(SizeNote, 1)
	n := 0
	for _, p := range placed {
		n += len(p.lines)
	}
	for _, num := range extra {
		if !f.done[num] && !f.pending(num) {
			n += len(f.notes[num])
		}
	}
	if n == 0 {
		return 0
	}
	return 2*noteGap + float64(n)*lead
}

func (f *flow) pending(num string) bool {
	for _, p := range f.pageNotes {
		if p.number == num {
			return true
		}
	}
	return false
}

// reserve records the footnotes a placed line refers to.
func (f *flow) reserve(nums []string) {
	for _, n := range nums {
		if f.done[n] || f.pending(n) || f.notes[n] == nil {
			continue
		}
		f.pageNotes = append(f.pageNotes, placedNote{number: n, lines: f.notes[n]})
	}
}

// space adds vertical space, except at the top of a page.
func (f *flow) space(h float64) {
	if f.y > MarginTop {
		f.y += h
	}
}

// atTop reports whether nothing has been placed on the page yet.
func (f *flow) atTop() bool { return f.y <= MarginTop }

// fits reports whether h more millimetres of body fit on the page, with the
// footnotes of notes.
func (f *flow) fits(h float64, notes []string) bool {
	return f.y+h <= f.bottom(notes)+0.001
}

// newPage finishes the page and starts the next.
func (f *flow) newPage() {
	f.finishPage()
	if f.page >= f.maxPages {
		panic(errPageLimit)
	}
	f.page++
	f.l.Pages = f.page
	f.y = MarginTop
	f.pageNumber()
}

// restartNumbering makes the current page number 1: an appendix is
// numbered on its own (spec §10.1), and its first page shows no number.
func (f *flow) restartNumbering() {
	f.seqStart = f.page
	kept := f.l.Boxes[:0]
	for _, b := range f.l.Boxes {
		if b.Page != f.page || b.Role != RolePageNumber {
			kept = append(kept, b)
		}
	}
	f.l.Boxes = kept
}

// pageNumber puts the page number in the top margin, from the second page
// on (spec §10.1). It is drawn first, so that text extraction reads it at
// the head of the page.
func (f *flow) pageNumber() {
	if n := f.page - f.seqStart + 1; n > 1 {
		f.centered(RolePageNumber, TextLeft+TextW/2, MarginTop/2+pt(SizePageNumber)*0.35, strconv.Itoa(n), fonts.Regular, SizePageNumber)
	}
}

// finishPage draws the page's footnotes.
func (f *flow) finishPage() { f.drawNotes() }

func (f *flow) drawNotes() {
	if len(f.pageNotes) == 0 {
		return
	}
	lead := leading(SizeNote, 1)
	y := Bottom - f.noteHeight(f.pageNotes, nil) + noteGap
	f.rule(TextLeft, y, TextLeft+noteRuleLen, y)
	y += noteGap
	t := text{set: f.set, arena: f.arena, size: SizeNote}
	for _, p := range f.pageNotes {
		for _, ln := range p.lines {
			f.placeLine(ln, t, RoleNote, TextLeft, TextW, y+ascent(SizeNote), alignJustify)
			y += lead
		}
		f.done[p.number] = true
	}
	f.pageNotes = nil
}

// leading is the distance between baselines of text of size points, in
// millimetres, at factor times single spacing.
func leading(size, factor float64) float64 { return single * size * mmPerPt * factor }

// ascent is the height of the font's ascender at size points.
func ascent(size float64) float64 { return 1825.0 / 2048.0 * size * mmPerPt }
