package check

import (
	"slices"
	"strings"
	"unicode"

	"github.com/thongbao/thongbao/notice/diag"
)

// quoteFault is a stray quotation mark.
type quoteFault struct {
	seg      *Seg
	off      int
	msg, fix diag.Text
}

// quoteRuns are the quotation marks of a text, followed over its
// paragraphs: the faults, and the paragraphs that stand inside a quotation
// of several paragraphs (the text of another document, whose numbering is
// not the notice's own).
type quoteRuns struct {
	faults []quoteFault
	inside map[diag.Pos]bool // where each quoted paragraph starts
	// led: the paragraphs among inside whose quotation opens after words
	// of their own ("1. Sửa đổi Điều 16 như sau: "5. Căn cứ ..."): their
	// marker is the document's own, the quoted numbering follows it.
	led map[diag.Pos]bool
}

// quotationsIn is quotations(segs), worked out once a view for each list
// of segments: a dozen rules follow the quotations of the same texts. The
// result is shared: its readers do not change it.
func (v *View) quotationsIn(segs []*Seg) quoteRuns {
	for _, m := range v.quoteMemo {
		if slices.Equal(m.segs, segs) {
			return m.runs
		}
	}
	q := quotations(segs)
	v.quoteMemo = append(v.quoteMemo, quoteMemo{slices.Clone(segs), q})
	return q
}

// quoteMemo is a list of segments and its quotations.
type quoteMemo struct {
	segs []*Seg
	runs quoteRuns
}

// quotations follows the quotation marks of the prose. A quotation may run
// over paragraphs: it opens on its first (“ or ", or ‘‘ typed for “) and
// closes on its last (” or "), the paragraphs between quoted too. A mark
// that no paragraph matches is a fault; so is a straight quote inside a
// paragraph that neither opens nor closes one.
func quotations(segs []*Seg) quoteRuns {
	q := quoteRuns{inside: map[diag.Pos]bool{}, led: map[diag.Pos]bool{}}
	var open *Seg // the paragraph whose quotation is still open
	openOff := 0
	var between []*Seg
	flush := func() {
		if open != nil {
			q.faults = append(q.faults, quoteFault{open, openOff, unclosedMsg(open.Text, openMark{'“', openOff}),
				diag.Msg("thêm dấu ” ở chỗ kết thúc, hoặc xóa dấu “ thừa", "add the closing ” where it ends, or delete the stray “")})
		}
		open, between = nil, nil
	}
	for _, seg := range segs {
		if seg.Role != RoleBody && seg.Role != RoleItem && seg.Role != RoleHeading && seg.Role != RoleOpening &&
			seg.Role != RoleHinge && seg.Role != RoleClosing && seg.Role != RoleAppendix {
			flush()
		}
		carried := open != nil
		depth, at, closedCarry := q.curly(seg, carried)
		straight, sOff := q.straight(seg, carried && !closedCarry)
		switch {
		case carried && (closedCarry || straight < 0):
			q.inside[open.PosAt(0)] = true
			if strings.TrimSpace(open.Text[:openOff]) != "" {
				q.led[open.PosAt(0)] = true
			}
			for _, s := range between {
				q.inside[s.PosAt(0)] = true
			}
			q.inside[seg.PosAt(0)] = true
			open, between = nil, nil
			if depth > 0 || straight > 0 {
				open, openOff = seg, max(at, sOff)
			}
		case carried && (depth > 0 || straight > 0):
			// a new quotation opens while one is open: the first was never closed
			flush()
			open, openOff = seg, at
			if straight > 0 {
				openOff = sOff
			}
		case carried && ownQuote(seg.Text):
			// a paragraph that opens and closes a quotation of its own
			// is not inside the one carried: that one was never closed
			flush()
		case carried:
			between = append(between, seg)
		case depth > 0 || straight > 0:
			open, openOff = seg, at
			if straight > 0 {
				openOff = sOff
			}
		}
	}
	flush()
	return q
}

// curly reads the curly quotes of a paragraph: how many stay open at its
// end and where the last opens, and whether a closing mark with no opening
// one in the paragraph closes the quotation carried from before. Other
// closing marks with no opening one are faults.
func (q *quoteRuns) curly(seg *Seg, carried bool) (depth, at int, closedCarry bool) {
	t := seg.Text
	lead := strings.TrimLeft(t, " ")
	if !hasCurlyQuote(t) {
		t = "" // nothing for the loop to read
	}
	for i, r := range t {
		switch r {
		case '“':
			if carried && i == len(t)-len(lead) {
				continue // a quoted paragraph that reopens the quotation
			}
			depth++
			at = i
		case '”':
			switch {
			case depth > 0:
				depth--
			case carried && !closedCarry:
				closedCarry = true
			default:
				q.faults = append(q.faults, quoteFault{seg, i, diag.Msg("dấu %q sau %q không có dấu %q mở trước", "the %q after %q has no opening %q", "”", before(t, i), "“"),
					diag.Msg("thêm dấu %q ở chỗ mở, hoặc xóa dấu %q thừa", "add the opening %q, or delete the stray %q", "“", "”")})
			}
		}
	}
	if strings.HasPrefix(lead, "‘‘") && !carried && depth == 0 {
		depth, at = 1, len(seg.Text)-len(lead) // ‘‘ typed for “
	}
	return depth, at, closedCarry
}

// straight reads the straight double quotes of a paragraph: 1 when an odd
// one opens a quotation at its start, -1 when it closes the quotation
// carried from before at its end, 0 when they pair up or the odd one is a
// fault (reported).
func (q *quoteRuns) straight(seg *Seg, carried bool) (int, int) {
	t := seg.Text
	m := maskSeconds(t) // "13°45'12,4\" N": a sign of seconds, no quotation mark (p93)
	n := strings.Count(m, "\"")
	if n%2 == 0 {
		return 0, 0
	}
	first, last := strings.Index(m, "\""), strings.LastIndex(m, "\"")
	lead := len(t) - len(strings.TrimLeft(t, " "))
	tail := strings.TrimRightFunc(t[last+1:], func(r rune) bool { return unicode.IsPunct(r) || r == ' ' }) == ""
	switch {
	case carried && tail:
		return -1, last
	case !carried && first == lead && n == 1:
		return 1, first
	case !carried && n == 1 && strings.HasSuffix(strings.TrimSpace(t[:first]), ":"):
		return 1, first // "như sau: "5. Căn cứ ...": a passage quoted over paragraphs
	}
	msg := diag.Msg("dấu ngoặc kép \" trước %q không có dấu đóng hoặc dấu mở đi cùng", "the double quote before %q has no partner", after(t, last+1))
	if after(t, last+1) == "" { // the quote ends the paragraph: name the words before it
		msg = diag.Msg("dấu ngoặc kép \" sau %q không có dấu đóng hoặc dấu mở đi cùng", "the double quote after %q has no partner", before(t, last))
	}
	q.faults = append(q.faults, quoteFault{seg, last, msg,
		diag.Msg("thêm dấu \" còn thiếu hoặc xóa dấu thừa", "add the missing \" or delete the stray one")})
	return 0, 0
}

// maskSeconds is s with each straight double quote that is a sign of
// seconds of arc written as a space: the quote after the seconds of a
// coordinate in degrees, minutes and seconds, "13°45'12,4\" N" (a
// thông báo hàng hải's points, p93), the figures of the seconds right
// before it and the minutes' "'" or "′" before them. s itself when it
// holds no "°".
func maskSeconds(s string) string {
	if !strings.Contains(s, "°") {
		return s
	}
	b := []byte(s)
	for i := 0; i < len(b); i++ {
		if b[i] == '"' && secondsAt(s, i) {
			b[i] = ' '
		}
	}
	return string(b)
}

// secondsAt reports whether the '"' at i of s closes the seconds of a
// coordinate: figures (with a decimal comma or point) before it, then the
// minutes' mark, figures and the degree sign.
func secondsAt(s string, i int) bool {
	j := i
	for j > 0 && (isDigitByte(s[j-1]) || s[j-1] == ',' || s[j-1] == '.') {
		j--
	}
	if j == i {
		return false
	}
	rest := strings.TrimRight(s[:j], " ")
	switch {
	case strings.HasSuffix(rest, "'"):
		rest = rest[:len(rest)-1]
	case strings.HasSuffix(rest, "′"):
		rest = rest[:len(rest)-len("′")]
	default:
		return false
	}
	k := len(rest)
	for k > 0 && isDigitByte(rest[k-1]) {
		k--
	}
	return k < len(rest) && strings.HasSuffix(strings.TrimRight(rest[:k], " "), "°")
}

// hasCurlyQuote is strings.ContainsAny(s, "“”"), by bytes: most
// paragraphs hold no quotation, and need not be read rune by rune.
// ownQuote reports whether s opens a curly quotation after some words
// and closes it: "Đề án “Tuyên truyền ...” trên địa bàn".
func ownQuote(s string) bool {
	o := strings.Index(s, "“")
	return o > 0 && strings.TrimSpace(s[:o]) != "" && strings.Contains(s[o:], "”")
}

func hasCurlyQuote(s string) bool {
	return strings.Contains(s, "“") || strings.Contains(s, "”")
}
