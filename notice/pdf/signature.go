package pdf

import (
	"sort"

	"github.com/thongbao/thongbao/fonts"
	"github.com/thongbao/thongbao/notice/body"
	"github.com/thongbao/thongbao/notice/compose"
)

// sigBlock is the Nơi nhận (left) and the signature (right), laid out
// relative to the top of the block so that it can be placed as one piece.
type sigBlock struct {
	boxes  []Box // Y relative to the block's top
	height float64
}

// signatureBlock lays out ô 9b and ô 7 (spec §8, §9.3): "Nơi nhận:" level
// with the first authority line, the recipients under it; the authority
// lines, a signing space and the name centred in the right part.
func (f *flow) signatureBlock(d *compose.Document) sigBlock {
	sub := &flow{l: &Layout{}, set: f.set, opts: f.opts, page: 0, notes: f.notes, done: f.done}
	first := ascent(SizeSignature)

	// Left: the label, then one line per recipient, hanging after "- ",
	// wrapped where a person would wrap it ("Du lịch / tỉnh Quảng Ngãi;").
	sub.text(RoleLabel, TextLeft, first, recipientsLabel, fonts.Bold|fonts.Italic, SizeLabel)
	rt := text{set: f.set, arena: f.arena, size: SizeRecipients}
	rlead := leading(SizeRecipients, 1)
	colW := RecipientsW
	dash := rt.width("- ", fonts.Regular)
	y := first
	for _, r := range append(d.Recipients, d.Archive) {
		runs := append([]body.Run{{Text: "- "}}, r...)
		words := rt.words(runs)
		protect(words)
		for i, ln := range breakLines(words, colW, colW-dash, rt) {
			y += rlead
			x := TextLeft
			if i > 0 {
				x += dash
			}
			sub.placeLine(ln, rt, RoleRecipient, x, colW, y, alignLeft)
		}
	}
	left := y + descent(SizeRecipients)

	// Right: authority lines and title, signing space, name.
	rx := TextLeft + SigRightX
	rw := SigRightW
	lead := leading(SizeSignature, 1)
	t := text{set: f.set, arena: f.arena, size: SizeSignature, base: fonts.Bold}
	base := first
	for i, l := range d.Signature.Lines {
		for j, ln := range breakLines(t.words(plainRuns(l)), rw, rw, t) {
			if i > 0 || j > 0 {
				base += lead
			}
			sub.placeLine(ln, t, RoleAuthority, rx, rw, base, alignCenter)
		}
	}
	base += float64(SigningLines+1) * lead
	for _, ln := range breakLines(t.words(plainRuns(d.Signature.Name)), rw, rw, t) {
		sub.placeLine(ln, t, RoleName, rx, rw, base, alignCenter)
		base += lead
	}
	right := base - lead + descent(SizeSignature)

	return sigBlock{boxes: sub.l.Boxes, height: max(left, right)}
}

// placeBlock puts a laid-out block at the current position. A block
// taller than a page (hundreds of recipients) goes on line by line.
func (f *flow) placeBlock(b sigBlock) {
	boxes := b.boxes
	if !f.fits(b.height, nil) {
		boxes = append([]Box(nil), b.boxes...)
		sort.SliceStable(boxes, func(i, j int) bool { return boxes[i].Y < boxes[j].Y })
	}
	offset := f.y
	for _, x := range boxes {
		if x.Y+offset+descent(x.Size) > Bottom && !f.atTop() {
			f.newPage()
			offset = MarginTop + ascent(x.Size) - x.Y
		}
		x.Y += offset
		f.add(x)
		f.y = max(f.y, x.Y+descent(x.Size))
	}
	f.y = max(f.y, offset+b.height)
}

func descent(size float64) float64 { return 443.0 / 2048.0 * size * mmPerPt }
