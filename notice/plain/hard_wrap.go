package plain

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/cite"
)

// A legal library (thuvienphapluat, thuviennhadat, hethongphapluat) may
// serve a copy hard-wrapped: every paragraph longer than some 78 to 82
// characters broken at the last space within that width, each piece on
// a line of its own, with no blank line added. Read as it stands, such a
// copy loses what its lines said of its paragraphs: a text of one
// paragraph a line reads as one of paragraphs parted by blank lines, a
// wrapped piece that starts "1." or "a)" or "-" reads as a new point, a
// citation's number and date fall on two paragraphs. The wrapped pieces
// are joined back to the line they were broken from before the layout is
// chosen (hardWraps), so the copy reads as the text the library wrapped.

const (
	// wrapMin and wrapMax bound the width a library wraps a copy at.
	wrapMin, wrapMax = 60, 100
	// wrapSlack is how far short of the width a wrapped piece may stop:
	// the longest word it could not take.
	wrapSlack = 20
	// wrapLeast is the fewest wrapped pieces that show a hard wrap.
	wrapLeast = 3
)

// hardWraps returns, for each of raws, whether it goes on with the line
// above it as a wrapped piece of one paragraph; nil when the text shows
// no hard wrap. A text is hard-wrapped when no line a library wraps as
// prose, and could break (breakable), is longer than a width between
// wrapMin and wrapMax (the longest such line), nearly every line that
// stops inside a sentence stops there (evenWidth), and at least
// wrapLeast lines stop where the next line's first word would not have
// fitted, with the next going on with them. A text whose paragraphs'
// first lines are indented reads, wrapped, as pdftotext's page (indented
// lines over flush ones); with no form feed it may be such a copy.
func hardWraps(raws []rawLine, layout Layout) []bool {
	if layout == Columns && formFeeds(raws) {
		return nil // pdftotext's pages: no library wraps them so
	}
	width := 0
	for _, r := range raws {
		if !wrappable(r.s) || !breakable(r.s) {
			continue
		}
		n := utf8.RuneCountInString(strings.TrimSpace(r.s))
		if n > wrapMax {
			return nil
		}
		width = max(width, n)
	}
	if width < wrapMin {
		return nil
	}
	if !evenWidth(raws, width) {
		return nil
	}
	cont := make([]bool, len(raws))
	pieces := 0
	for i := 1; i < len(raws); i++ {
		if wrappedOn(raws[i-1].s, raws[i].s, width) {
			cont[i] = true
			pieces++
		}
	}
	if pieces < wrapLeast || pageBroken(raws, cont, pieces) {
		return nil
	}
	return cont
}

// pageBroken reports whether a text whose lines stop evenly enough to
// show a wrap (cont, pieces of it) is a PDF's page broken at its right
// edge: a third or more of its breaks inside sentences are no wrap's
// (unjoined: the header's cells and Nơi nhận's, wrapped narrow), so its
// wraps would not decide its layout (unwrappedLayout), and its lines
// read as a page's text layer (pageWraps), which joins its broken lines
// and reads its cells apart.
func pageBroken(raws []rawLine, cont []bool, pieces int) bool {
	n := unjoined(raws, cont)
	if 3*n < pieces || n > cellBreaks(raws, cont) {
		return false
	}
	return pageWraps(raws) != nil
}

// cellBreaks counts the unjoined breaks (unjoined) in the header, down
// to its end (headerEnd), and from Nơi nhận on: a cell's lines, wrapped
// narrow in their column.
func cellBreaks(raws []rawLine, cont []bool) int {
	top, n, listed := headerEnd(raws), 0, false
	for i := 1; i < len(raws); i++ {
		p, t := strings.TrimSpace(raws[i-1].s), strings.TrimSpace(raws[i].s)
		listed = listed || endLabel(p)
		if (i <= top || listed) && !cont[i] && p != "" && !finished(p) && goesOnText(t) {
			n++
		}
	}
	return n
}

// formFeeds reports whether a line starts a page with a form feed.
func formFeeds(raws []rawLine) bool {
	for _, r := range raws {
		if strings.HasPrefix(r.s, "\f") {
			return true
		}
	}
	return false
}

// breakable reports whether a wrap could have broken line s: a space
// stands among its first wrapMin characters. A web address, a row of
// leader dots before a page number, stand whole over the width.
func breakable(s string) bool {
	t := strings.TrimSpace(s)
	n := 0
	for _, r := range t {
		if n >= wrapMin {
			return false
		}
		if r == ' ' {
			return true
		}
		n++
	}
	return true // short enough to stand whole
}

// evenWidth reports whether nearly every line that stops inside a
// sentence, with the next line going on with it in small letters, stops
// where the next line's first word would not have fitted in width: a
// library wraps at one width, where a page's text taken from a PDF or
// wrapped by hand stops wherever a proportional font or the typist did.
func evenWidth(raws []rawLine, width int) bool {
	pairs, full := 0, 0
	for i := 1; i < len(raws); i++ {
		p, t := strings.TrimSpace(raws[i-1].s), strings.TrimSpace(raws[i].s)
		n := utf8.RuneCountInString(p)
		if !wrappable(p) || !wrappable(t) || finished(p) || !startsLower(t) || n < width/2 {
			continue
		}
		pairs++
		first, _, _ := strings.Cut(t, " ")
		if n+1+utf8.RuneCountInString(first) > width {
			full++
		}
	}
	return pairs >= wrapLeast && full*10 >= pairs*9
}

// unwrappedLayout is the layout of a hard-wrapped text read with its
// wrapped pieces joined (cont), or layout, the one read from its lines
// as they stand, when a third or more of its breaks inside sentences are
// no wrap's (unjoined).
func unwrappedLayout(raws []rawLine, cont []bool, layout Layout) Layout {
	pieces := 0
	for _, c := range cont {
		if c {
			pieces++
		}
	}
	if 3*unjoined(raws, cont) >= pieces {
		return layout
	}
	return decide(unwrapped(raws, cont), false)
}

// unjoined counts the lines that go on in small letters under a line
// that stops inside a sentence, and that no wrap explains (cont): a
// text broken inside its sentences at another width too, as a PDF's
// justified lines push a long number to the next line ("Thực hiện Công
// văn số" / "5104/BTTTT-PTTH&TTĐT của ..."), which its paragraphs parted
// by blank lines or by its broken lines' ends read better than its
// lines.
func unjoined(raws []rawLine, cont []bool) int {
	n := 0
	for i := 1; i < len(raws); i++ {
		p, t := strings.TrimSpace(raws[i-1].s), strings.TrimSpace(raws[i].s)
		if !cont[i] && p != "" && !finished(p) && goesOnText(t) {
			n++
		}
	}
	return n
}

// goesOnText reports whether t starts as the rest of a sentence does: in
// small letters, or with a number that marks no point.
func goesOnText(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return startsLower(t) || unicode.IsDigit(r) && !cite.HasMarker(t)
}

// wrappable reports whether a library would wrap line s as prose: text
// that no markup opens (a Markdown or HTML table's row, a heading, a
// comment) and with no columns side by side in it.
func wrappable(s string) bool {
	t := strings.TrimSpace(s)
	return t != "" && !strings.ContainsAny(t[:1], "|#<>*`") && !hasGap(t)
}

// wrappedOn reports whether line s, under line prev, is a piece of
// prev's paragraph that a wrap at width broke off: prev is full (its
// text and s's first word would not fit in width), s is not indented,
// and s goes on with prev's sentence. A piece that starts like a point
// ("1.", "a)", "-") goes on with a line that stopped inside its
// sentence; under a line that ends one (".", ":", ";") only a piece in
// small letters does, or after a clause's mark one that starts with a
// number marking no point ("Số:" / "293/TB-NHNN"). No piece starts the
// parts a notice sets on lines of their own, nor goes on under a line
// in capitals unless its first word is in capitals or a number ("...
// LOẠI 10.000 ĐỒNG VÀ" / "20.000 ĐỒNG Thực hiện ...").
func wrappedOn(prev, s string, width int) bool {
	p, t := strings.TrimSpace(prev), strings.TrimSpace(s)
	if !wrappable(prev) || !wrappable(s) || indent(s) > 0 {
		return false
	}
	first, _, _ := strings.Cut(t, " ")
	n := utf8.RuneCountInString(p)
	if n < width-wrapSlack || n+1+utf8.RuneCountInString(first) <= width {
		return false
	}
	if isUpper(p) && !isUpper(t) && (cite.HasMarker(t) || !isUpper(first) && hasLetter(first)) {
		return false // a heading in capitals, the body under it
	}
	if finished(p) && !startsLower(t) && !(clauseEnd(p) && goesOnText(t)) {
		return false
	}
	return !ownLine(t)
}

// clauseEnd reports whether p ends with a mark that ends a clause, not
// a sentence: what follows it may be a number ("Số:" / "293/TB-NHNN").
func clauseEnd(p string) bool {
	return strings.HasSuffix(p, ":") || strings.HasSuffix(p, ";")
}

// ownLine reports whether t starts a part a notice sets on a line of its
// own: the tên loại, the Quốc hiệu in capitals ("Cộng hòa Xã hội Chủ
// nghĩa Việt Nam" in small letters is a name in a sentence) or the Tiêu
// ngữ, the number, the Kính gửi, the Nơi nhận, a signer's authority.
func ownLine(t string) bool {
	return isTitle(t) || mottoRe().MatchString(t) && (isUpper(t) || strings.HasPrefix(t, "Độc lập")) || numberRe().MatchString(t) || addresseeRe().MatchString(t) ||
		labelRe().MatchString(t) || strings.HasPrefix(strings.ToLower(t), "nơi nhận") || authorityRe().MatchString(t)
}

// unwrapped returns raws with each wrapped piece joined to the line it
// was broken from, for the reading of the text's layout: the joined
// line's text is the pieces' with a space between.
func unwrapped(raws []rawLine, cont []bool) []rawLine {
	if cont == nil {
		return raws
	}
	out := make([]rawLine, 0, len(raws))
	for i, r := range raws {
		if cont[i] && len(out) > 0 {
			out[len(out)-1].s = strings.TrimRight(out[len(out)-1].s, " ") + " " + strings.TrimSpace(r.s)
			continue
		}
		out = append(out, r)
	}
	return out
}

// seam is where a wrapped piece joined to the line above starts: at
// offset virt of the joined line's bytes as read (its start's offset
// and the bytes before it), at offset real of the file.
type seam struct{ virt, real int }

// joinedRaws returns raws with each wrapped piece joined to the line it
// was broken from, a space between (the line's trailing spaces, its
// carriage return and the piece's indent dropped), for the reading of
// the text: what a page's or a header's line is, is then read from the
// whole line. seams says, by the joined line's number, where its pieces
// start (remapSeams).
func joinedRaws(raws []rawLine, cont []bool) ([]rawLine, map[int][]seam) {
	if cont == nil {
		return raws, nil
	}
	out := make([]rawLine, 0, len(raws))
	seams := map[int][]seam{}
	for i, r := range raws {
		if k := len(out) - 1; cont[i] && k >= 0 {
			a := &out[k]
			piece := strings.TrimLeft(r.s, " \t\f")
			a.s = strings.TrimRight(a.s, " \t") + " "
			seams[a.num] = append(seams[a.num], seam{a.off + len(a.s), r.off + len(r.s) - len(piece)})
			a.s += piece
			continue
		}
		out = append(out, r)
	}
	return out, seams
}

// remapSeams sets the offsets in the file of the bytes of each read line
// made from a joined line (and of its cells) from where they stand in
// the joined line to where they stand in the file.
func remapSeams(units []line, seams map[int][]seam) {
	if len(seams) == 0 {
		return
	}
	for i := range units {
		ss := seams[units[i].num]
		if ss == nil {
			continue
		}
		remapSrc(units[i].src, ss)
		for j := range units[i].cells {
			remapSrc(units[i].cells[j].src, ss)
		}
	}
}

func remapSrc(src []int, ss []seam) {
	for i, v := range src {
		for k := len(ss) - 1; k >= 0; k-- {
			if v >= ss[k].virt {
				src[i] = v - ss[k].virt + ss[k].real
				break
			}
		}
	}
}
