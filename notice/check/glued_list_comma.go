package check

import (
	"strconv"
	"strings"
	"sync"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// Figures parted by commas with no space: a run of small whole numbers
// ("6,7", "18,19,20") or of codes of a letter or two and a figure
// ("C1,C2,C3"), standing as a word of its own.
var (
	gluedFiguresRe = lazyre.New(gluedFiguresExpr)
	gluedCodesRe   = lazyre.New(`(?:^|[\s(])(\p{Lu}{1,2}\d{1,2}(?:,\p{Lu}{1,2}\d{1,2})+)(?:[^\d,.\p{L}]|[,.](?:\s|$)|$)`)
	// listGoesOnRe: the list goes on after the glued run, with the next
	// figure ("6,7 và 8/4", "18,19, 20"), or the run is days of a month
	// ("6,7/4", "11,12 tháng 3").
	listGoesOnRe = lazyre.New(`^(?:\s*(?:và|hoặc|,|;)\s*(\d{1,2})(?:[^\d,.]|$)|/\d|\s+tháng\s)`)
)

// gluedFiguresExpr is gluedFiguresRe written out: gluedFigures tries it
// anchored.
const gluedFiguresExpr = `(?:^|[\s(])(\d{1,2}(?:,\d{1,2})+)(?:[^\d,.]|[,.](?:\s|$)|$)`

// wholeNouns count in whole numbers: after them "3,4" lists two, never a
// decimal ("Bậc 3,4", "các khóa 18,19").
var wholeNouns = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"bậc": true, "khóa": true, "khoá": true, "lớp": true, "tiết": true, "tầng": true, "khối": true, "đợt": true, "kỳ": true, "kì": true, "chương": true, "điều": true, "khoản": true, "mục": true, "câu": true, "tuần": true}
})

// gluedListComma reports a comma with no space after it inside a list of
// figures or codes ("ngày 6,7 và 8/4", "các khóa 18,19, 20", "Bậc 3,4",
// "các lớp C1,C2,C3"): each item of a list takes a space after its comma.
// A decimal comma ("6,5", "1,2 triệu") is left: the figures must follow
// one another (6, 7, 8) and the run show itself a list: three items or
// more, the next figure after it, days of a month, or a noun that counts
// in whole numbers before it.
func gluedListComma(p *Pass, seg *Seg) {
	text := seg.Text
	figures, codes := gluedAfterFigure(text)
	if figures {
		for _, m := range gluedFigures(text) { // gluedFiguresRe().FindAllStringSubmatchIndex(text, -1)
			if run := text[m[2]:m[3]]; figureList(run, text[:m[2]], text[m[3]:]) {
				reportGluedComma(p, seg, m[2], run)
			}
		}
	}
	if codes {
		for _, m := range gluedCodesRe().FindAllStringSubmatchIndex(text, -1) {
			reportGluedComma(p, seg, m[2], text[m[2]:m[3]])
		}
	}
}

// gluedAfterFigure reports whether text holds a comma right after a
// figure with a figure right after it ("6,7"), as every run of
// gluedFiguresRe does, and whether it holds one with a capital letter
// right after it ("C1,C2": a byte of A-Z or one that opens a letter
// beyond ASCII), as every run of gluedCodesRe does: most texts hold
// neither, and an expression is tried only on a text that holds its own
// (a decimal comma, "1,5 triệu", leaves the codes' expression untried).
func gluedAfterFigure(text string) (figures, codes bool) {
	for i := strings.IndexByte(text, ','); i >= 0; {
		if i > 0 && i+1 < len(text) && isDigitByte(text[i-1]) {
			c := text[i+1]
			figures = figures || isDigitByte(c)
			codes = codes || c >= 'A' && c <= 'Z' || c >= 0x80
			if figures && codes {
				return
			}
		}
		j := strings.IndexByte(text[i+1:], ',')
		if j < 0 {
			return
		}
		i += 1 + j
	}
	return
}

// figureList reports whether run, figures parted by commas, is a list:
// the figures follow one another, and there are three or more, or the
// list goes on after, or a noun that counts in whole numbers stands
// before.
func figureList(run, before, after string) bool {
	parts := strings.Split(run, ",")
	last := -1
	for k, s := range parts {
		n, err := strconv.Atoi(s)
		if err != nil || k > 0 && n != last+1 {
			return false
		}
		last = n
	}
	if len(parts) >= 3 {
		return true
	}
	if m := listGoesOnRe().FindStringSubmatch(after); m != nil {
		if m[1] == "" {
			return true
		}
		n, _ := strconv.Atoi(m[1])
		return n == last+1
	}
	ws := strings.Fields(strings.TrimRight(before, " ("))
	return len(ws) > 0 && wholeNouns()[strings.ToLower(ws[len(ws)-1])]
}

// reportGluedComma says the first comma of run, at byte at of seg.
func reportGluedComma(p *Pass, seg *Seg, at int, run string) {
	i := strings.IndexByte(run, ',')
	p.Report(seg, at+i+1, diag.Msg("thiếu dấu cách sau dấu \",\" trong %q", "a space is missing after \",\" in %q", run),
		diag.Msg("thêm dấu cách sau mỗi dấu \",\" của danh sách", "add a space after each comma of the list"))
}
