package pdf

import (
	"errors"
	"slices"

	"github.com/thongbao/thongbao/fonts"
	"github.com/thongbao/thongbao/notice/body"
	"github.com/thongbao/thongbao/notice/compose"
)

// MaxPages is the most pages one notice may take; more means the source
// is not a notice (a pasted archive, a runaway list).
const MaxPages = 200

// Lay lays out a composed notice.
func Lay(d *compose.Document, set *fonts.Set, opts Options) (l *Layout, err error) {
	return layInto(d, set, opts, nil, nil)
}

// layInto is Lay with the boxes placed into boxes' array while it has
// room, and the paragraphs' words into arena (nil: made for each).
func layInto(d *compose.Document, set *fonts.Set, opts Options, boxes []Box, arena *wordArena) (l *Layout, err error) {
	f := newFlow(set, opts)
	f.l.Boxes = boxes[:0]
	f.arena = arena
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
	f.title(d.Kind, d.Subject, d.SubjectLines)
	f.signature(d, f.blocks(d.Body))
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
	t := text{set: f.set, arena: f.arena, size: SizeNote}
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
// headings in bold kept with what follows, "-" and "+" items. It returns
// every block's paragraph, the closing one's (Last), left for the
// signature, included.
func (f *flow) blocks(bs []compose.Block) []para {
	t := text{set: f.set, arena: f.arena, size: f.opts.bodySize()}
	ps := make([]para, len(bs))
	pieces := 0
	for i, b := range bs {
		ps[i] = f.blockPara(b, t)
		for _, ln := range ps[i].lines {
			for k := range ln.words {
				pieces += len(ln.words[k].pieces)
			}
		}
	}
	// A box a piece, and room for the signature and appendices after.
	f.l.Boxes = slices.Grow(f.l.Boxes, pieces+pieces/4+64)
	for i, b := range bs {
		if b.Last {
			continue // the closing paragraph goes with the signature
		}
		f.space(ParaSpace)
		f.paragraph(ps[i], keepAfter(bs, ps, i))
	}
	return ps
}

// keepAfter is what must fit on the page after block i (Word's "keep with
// next"): a heading with no text of its own keeps with the first two lines
// of the paragraph that follows it, and with a heading that follows it and
// what that one keeps; never with a whole paragraph, which may break after
// its second line. Other blocks keep with nothing.
func keepAfter(bs []compose.Block, ps []para, i int) keep {
	var k keep
	if !bare(bs[i]) {
		return k
	}
	for j := i + 1; j < len(bs); j++ {
		n := len(ps[j].lines)
		if !bare(bs[j]) {
			n = min(2, n)
		}
		k.h += ParaSpace + ps[j].height(n)
		k.notes = append(k.notes, notesIn(ps[j].lines[:n])...)
		if !bare(bs[j]) {
			break
		}
	}
	return k
}

// bare reports whether a block is a heading alone, with no text after its
// bold part: "II. Nhiệm vụ trong thời gian tới" and not "1. Sở Tài chính:
// chủ trì …", which is a paragraph with a heading run into it.
func bare(b compose.Block) bool { return b.Kind == compose.Heading && len(b.Runs) == 0 }

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
// paragraph: at least its last two lines go with it to a new page. ps are
// the paragraphs of d.Body that blocks laid out.
func (f *flow) signature(d *compose.Document, ps []para) {
	var closing para
	for i, b := range d.Body {
		if b.Last {
			closing = ps[i]
		}
	}
	block := f.signatureBlock(d)
	gap := 2 * ParaSpace
	f.space(ParaSpace)
	f.paragraph(closing, keep{h: gap + block.height})
	if len(closing.lines) == 0 && !f.fits(gap+block.height, nil) {
		f.newPage()
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
