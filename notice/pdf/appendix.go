package pdf

import (
	"github.com/thongbao/thongbao/fonts"
	"github.com/thongbao/thongbao/notice/body"
	"github.com/thongbao/thongbao/notice/compose"
)

// appendix starts a PHỤ LỤC on a new page, numbered from 1 (spec §10.1,
// §10.2): "Phụ lục" in bold, the title in bold capitals, the reference
// line in italics, a short rule, the content, "./.".
func (f *flow) appendix(a compose.Appendix) {
	f.newPage()
	f.restartNumbering()
	cx := TextLeft + TextW/2
	width := 0.9 * TextW
	lead := leading(SizeAppendix, 1)
	base := f.y + ascent(SizeAppendix)
	f.centered(RoleAppendix, cx, base, a.Heading, fonts.Bold, SizeAppendix)
	for _, part := range []struct {
		runs []body.Run
		st   fonts.Style
	}{{[]body.Run{{Text: a.Title}}, fonts.Bold}, {a.Reference, fonts.Italic}} {
		t := text{set: f.set, arena: f.arena, size: SizeAppendix, base: part.st, blanks: part.st == fonts.Italic}
		for _, ln := range breakLines(t.words(part.runs), width, width, t) {
			base += lead
			f.reserve(ln.notes())
			f.placeLine(ln, t, RoleAppendix, cx-width/2, width, base, alignCenter)
		}
	}
	r := base + ruleDrop
	f.rule(cx-15, r, cx+15, r)
	f.y = r + 4
	f.blocks(a.Blocks)
	if a.Table != nil {
		f.table(a.Table)
	}
	t := text{set: f.set, arena: f.arena, size: f.opts.bodySize()}
	end := t.para(t.words([]body.Run{{Text: "./."}}), RoleBody, TextLeft, TextW, 0, alignRight, LineFactor)
	f.space(ParaSpace)
	f.paragraph(end, keep{})
}
