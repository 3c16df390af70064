package pdf

import (
	"errors"

	"github.com/thongbao/thongbao/fonts"
	"github.com/thongbao/thongbao/notice/body"
	"github.com/thongbao/thongbao/notice/compose"
)

// MaxPages is the most pages one notice may take; more means the source
// is not a notice (a pasted archive, a runaway list).
const MaxPages = 200

// Lay lays out a composed notice.
func Lay(d *compose.Document, set *fonts.Set, opts Options) (l *Layout, err error) {
	f := newFlow(set, opts)
	defer func() {
		if r := recover(); r != nil {
			if r != errPageLimit {
				panic(r)
			}
			l, err = nil, tooManyPages()
		}
	}()
	f.layNotes(d.Notes)
	f.header(d.Header)
	f.title(d.Kind, d.Subject)
	f.blocks(d.Body)
	f.signature(d)
	for _, a := range d.Appendices {
		f.appendix(a)
	}
	f.finishPage()
	if err := overflow(f.l); err != nil {
		return nil, err
	}
	return f.l, nil
}

// errPageLimit stops a layout that passes MaxPages; Lay turns it into an
// error.
var errPageLimit = errors.New("page limit")

// layNotes breaks every footnote into lines once, so that a page knows how
// much room its notes take.
func (f *flow) layNotes(notes []compose.Note) {
	t := text{set: f.set, size: SizeNote}
	for _, n := range notes {
		runs := append([]body.Run{{Note: n.Number}, {Text: " "}}, n.Runs...)
		words := t.words(runs)
		for i := range words {
			words[i].notes = nil // a note's own number refers to nothing
		}
		f.notes[n.Number] = breakLines(words, TextW, TextW, t)
	}
}

// blocks places body blocks: paragraphs with a first-line indent, numbered
// headings in bold kept with what follows, "-" and "+" items.
func (f *flow) blocks(bs []compose.Block) {
	t := text{set: f.set, size: f.opts.bodySize()}
	for i, b := range bs {
		if b.Last {
			continue // the closing paragraph goes with the signature
		}
		p := f.blockPara(b, t)
		keep := 0.0
		if b.Kind == compose.Heading && i+1 < len(bs) {
			keep = ParaSpace + 2*p.lead
		}
		f.space(ParaSpace)
		f.paragraph(p, keep)
	}
}

func (f *flow) blockPara(b compose.Block, t text) para {
	var runs []body.Run
	role := RoleBody
	switch b.Kind {
	case compose.Heading:
		role = RoleHeading
		head := append([]body.Run{{Text: b.Marker + " "}}, b.Head...)
		for i := range head {
			head[i].Style |= body.Bold
		}
		runs = head
		if len(b.Runs) > 0 {
			runs = append(append(runs, body.Run{Text: " "}), b.Runs...)
		}
	case compose.Bullet, compose.Para:
		if b.Marker != "" {
			runs = append(runs, body.Run{Text: b.Marker + " "})
		}
		runs = append(runs, b.Runs...)
	}
	return t.para(t.words(runs), role, TextLeft, TextW, Indent, alignJustify, LineFactor)
}

// signature places the closing paragraph, then Nơi nhận and the signature
// block beside each other. The block is never split from the closing
// paragraph: at least its last two lines go with it to a new page.
func (f *flow) signature(d *compose.Document) {
	t := text{set: f.set, size: f.opts.bodySize()}
	var closing para
	for _, b := range d.Body {
		if b.Last {
			closing = f.blockPara(b, t)
		}
	}
	block := f.signatureBlock(d)
	gap := 2 * ParaSpace
	f.space(ParaSpace)
	n := len(closing.lines)
	if f.fitting(closing, 0) == n && f.fits(closing.height(n)+gap+block.height, notesIn(closing.lines)) {
		f.placeLines(closing, 0, n)
	} else {
		keep := min(2, n)
		head := closing
		head.lines = closing.lines[:n-keep]
		if len(head.lines) > 0 {
			f.paragraph(head, 0)
		}
		tail := closing
		tail.lines = closing.lines[n-keep:]
		if n-keep > 0 {
			tail.indent = 0
		}
		if !f.fits(tail.height(len(tail.lines))+gap+block.height, notesIn(tail.lines)) {
			f.newPage()
		}
		f.placeLines(tail, 0, len(tail.lines))
	}
	f.y += gap
	f.placeBlock(block)
}

func notesIn(lines []line) []string {
	var out []string
	for _, l := range lines {
		out = append(out, l.notes()...)
	}
	return out
}
