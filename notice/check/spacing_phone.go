package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
)

// spacedPhones reports a telephone number with a space typed beside one
// of the dots that group its figures ("0981.315. 154", "0981 .315.154",
// r71): a number of 10 or 11 figures from a 0, its groups of two to four
// figures parted by "." (or "-"), the space beside a dot no grouping of
// its own. A number grouped by spaces alone ("0981 315 154") is written
// one way and left; a sum ("1.315. 154 hộ") opens with no 0.
func spacedPhones(p *Pass, seg *Seg) {
	for _, gap := range []string{". ", " ."} {
		text := seg.Text
		for from := 0; ; {
			i := indexLit(text[from:], gap)
			if i < 0 {
				break
			}
			at := from + i
			from = at + 2
			if at == 0 || from >= len(text) || !isDigit(text[at-1]) || !isDigit(text[from]) {
				continue
			}
			start, end := phoneRun(text, at, from)
			if start < 0 {
				continue
			}
			written := text[start:end]
			p.Report(seg, at, diag.Msg("dấu cách thừa trong dãy số %q", "a stray space inside the number %q", written),
				diag.Msg("viết liền %q", "write it closed up, %q", strings.Replace(written, gap, ".", 1)))
			from = end
		}
	}
}

// phoneRun is the span of the telephone number around the dot and space
// text[gap:after] ("0981.315" before it, "154" after), or -1 when the
// figures around it make none: the run must open with a 0 after no
// figure, letter or mark of a number, hold 10 or 11 figures in groups of
// two to four, and end where no figure, letter or grouping goes on.
func phoneRun(text string, gap, after int) (int, int) {
	start := gap
	for start > 0 && (isDigit(text[start-1]) || text[start-1] == '.' || text[start-1] == '-') {
		start--
	}
	end := after
	for end < len(text) && (isDigit(text[end]) || (text[end] == '.' || text[end] == '-') && end+1 < len(text) && isDigit(text[end+1])) {
		end++
	}
	if text[start] != '0' || start > 0 && !phoneEdge(text[start-1]) || end < len(text) && !phoneEdge(text[end]) && text[end] != '.' {
		return -1, -1
	}
	digits := 0
	for _, g := range strings.FieldsFunc(text[start:gap]+" "+text[after:end], func(r rune) bool { return r == '.' || r == '-' || r == ' ' }) {
		if len(g) < 2 || len(g) > 4 {
			return -1, -1
		}
		digits += len(g)
	}
	if digits != 10 && digits != 11 {
		return -1, -1
	}
	return start, end
}

// phoneEdge reports whether c may stand beside a telephone number: a
// space, a bracket, a colon or a comma, not a letter or a slash of a code.
func phoneEdge(c byte) bool {
	return strings.IndexByte(" \t(:;,)", c) >= 0
}

// signNoteSpaces reports spaces inside the brackets of the note in place
// of the signature ("( Đã ký )", r71), which the reading keeps out of the
// text the other checks read.
func signNoteSpaces(p *Pass) {
	t := p.View.signNoteText
	if p.View.signNote.Line == 0 || !strings.HasPrefix(t, "(") || !strings.HasSuffix(t, ")") || len(bracketSpaces(t)) == 0 {
		return
	}
	closed := "(" + strings.TrimSpace(strings.Trim(t, "() ")) + ")"
	p.ReportAt(p.View.signNote, diag.Msg("dấu cách thừa trong ngoặc ở %q", "a stray space inside brackets in %q", t),
		diag.Msg("viết %q", "write %q", closed))
}
