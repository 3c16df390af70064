package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
)

// lopsidedDashFigures reports an en dash between two figures or dates
// spaced on one side only ("giai đoạn 2017 –2021", "2021– 2025"), as
// lopsidedHyphen and hyphenGluedAfter say of the hyphen: a range is
// written with its dash close on both sides or spaced on both. Only
// figures on both sides are read ("10 –15A" is no range).
func lopsidedDashFigures(p *Pass, seg *Seg) {
	text := seg.Text
	const dash = "–"
	for from := 0; ; {
		i := strings.Index(text[from:], dash)
		if i < 0 {
			return
		}
		at := from + i
		from = at + len(dash)
		spaceBefore := at > 0 && text[at-1] == ' '
		spaceAfter := at+len(dash) < len(text) && text[at+len(dash)] == ' '
		if spaceBefore == spaceAfter {
			continue
		}
		head := strings.TrimRight(text[:at], " ")
		tail := strings.TrimLeft(text[at+len(dash):], " ")
		w := strings.TrimLeft(head[strings.LastIndexByte(head, ' ')+1:], "([“\"")
		next := tail[:len(tail)-len(strings.TrimLeft(tail, "0123456789/"))]
		if w == "" || next == "" || strings.Trim(w, "0123456789/") != "" || !isDigit(w[len(w)-1]) || !isDigit(next[0]) {
			continue
		}
		if r := []rune(tail[len(next):]); len(r) > 0 && isLetter(r[0]) || rangeSaid(p, seg, at) {
			continue
		}
		p.Report(seg, at, diag.Msg("dấu gạch ngang giữa %q và %q có dấu cách một bên", "the dash between %q and %q has a space on one side only", w, next),
			diag.Msg("viết dấu gạch ngang liền cả hai bên hoặc cách cả hai bên, như %q", "close the dash up on both sides or space it on both, as %q", w+" – "+next))
	}
}
