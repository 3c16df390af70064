package check

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
)

func init() {
	register(&Rule{ID: "amount-grouping", Severity: diag.Info, Ref: diag.Practice, Run: amountGrouping,
		Title: diag.Msg("số tiền viết có dấu chấm phân cách hàng nghìn, như các số tiền khác trong văn bản", "a sum of money groups its thousands with dots, as the notice's other sums do"),
		Help:  diag.Msg("thêm dấu chấm phân cách hàng nghìn: \"5.000 đồng\"", "group the thousands with dots: \"5.000 đồng\"")})
}

// amountGrouping finds a sum of money of four digits or more written
// without the dots of its thousands ("5000-8000 đồng/tín chỉ") in a notice
// that groups another figure so ("50.000 đồng"): one notice, one way of
// writing its figures, the Vietnamese one. A notice that groups none is
// told only of a sum of five figures or more (longestFigure); codes and
// numbers run into letters ("QĐ-1234đ") are left alone.
func amountGrouping(p *Pass) {
	texts := p.View.Texts()
	commaGroupedAmounts(p, texts) // amount_grouping_comma.go
	shortGroupSums(p, texts)      // amount_short_group.go: "100.00đ"
	spaceGroupedSums(p, texts)    // amount_space_group.go: "100 000 đồng"
	for i := range p.View.MoneyCells {
		c := &p.View.MoneyCells[i] // table_money_cells.go: "1,800,000" under "Mức (đồng/người)"
		p.Report(&c.seg, 0, c.msg, c.fix)
	}
	grouped := anyGrouped(texts)
	for _, seg := range p.View.textSegs() {
		if seg.Role == RoleRecipient || seg.Role == RoleArchive {
			continue
		}
		if !grouped && !fiveFigureSum(seg.Text) {
			continue
		}
		at, written := ungroupedAmount(seg.Text)
		switch {
		case at < 0:
		case grouped:
			p.Report(seg, at, diag.Msg("%q: số tiền không có dấu chấm phân cách hàng nghìn, trong khi văn bản viết các số khác có dấu chấm", "%q: a sum without the dots of its thousands, where the notice groups its other figures", written),
				diag.Msg("viết %q", "write %q", groupThousands(written)))
		case longestFigure(written) >= 5:
			p.Report(seg, at, diag.Msg("%q: số tiền không có dấu chấm phân cách hàng nghìn", "%q: a sum without the dots of its thousands", written),
				diag.Msg("viết %q", "write %q", groupThousands(written)))
		}
	}
}

// fiveFigureSum reports whether s may hold a sum of five figures or more
// before its unit written out ("500000 đồng", "150000 VNĐ"): a look back
// from each unit, so that a notice grouping no figure is read through
// only where a sum stands. A figure glued to "đ" ("25000000đ") is left
// there: "đ" opens a word in every line.
func fiveFigureSum(s string) bool {
	for _, u := range [...]string{"đồng", "VNĐ", "VND"} {
		for at := 0; ; {
			i := indexLit(s[at:], u)
			if i < 0 {
				break
			}
			i += at
			at = i + len(u)
			j := i
			if j > 0 && s[j-1] == ' ' {
				j--
			}
			n := 0
			for j > 0 && isDigitByte(s[j-1]) {
				j--
				n++
			}
			if n >= 5 {
				return true
			}
		}
	}
	return false
}

// longestFigure is the count of digits of the longest figure of s: a
// notice that groups no figure is still told of a sum of five figures or
// more ("500000 đồng", "25000000 đồng"), where no reader counts the
// zeros; four ("2026 đồng thời", a year the filters may miss) are left.
func longestFigure(s string) int {
	n, best := 0, 0
	for i := 0; i < len(s); i++ {
		if isDigitByte(s[i]) {
			n++
			best = max(best, n)
			continue
		}
		n = 0
	}
	return best
}

// anyGrouped reports whether a text writes a figure with its thousands
// grouped by dots ("50.000", "1.200.000").
func anyGrouped(texts []Seg) bool {
	for _, seg := range texts {
		s := seg.Text
		for i := strings.IndexByte(s, '.'); i >= 0; i = nextByte(s, '.', i) {
			if i > 0 && isDigitByte(s[i-1]) && threeDigits(s, i+1) {
				return true
			}
		}
	}
	return false
}

// threeDigits reports whether s holds exactly three digits from byte i,
// no fourth after them.
func threeDigits(s string, i int) bool {
	if i+3 > len(s) || !isDigitByte(s[i]) || !isDigitByte(s[i+1]) || !isDigitByte(s[i+2]) {
		return false
	}
	return i+3 == len(s) || !isDigitByte(s[i+3])
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// ungroupedAmount finds the first sum of money in s of four digits or
// more with no dot or comma inside ("8000 đồng", "5000-8000 đồng",
// "12000đ"), and returns where it starts and the sum as written with its
// unit; -1 when there is none.
func ungroupedAmount(s string) (int, string) {
	for i := 0; i < len(s); {
		if !isDigitByte(s[i]) {
			i++
			continue
		}
		start := i
		for i < len(s) && (isDigitByte(s[i]) || s[i] == '-' && i+1 < len(s) && isDigitByte(s[i+1])) {
			i++
		}
		run := s[start:i]
		if !hasLongFigure(run) || !freeBefore(s, start) {
			continue
		}
		rest := strings.TrimPrefix(s[i:], " ")
		unit := moneyUnit(rest)
		if unit == "" || yearBefore(s, start) || unit == "đồng" && !moneyAfter(rest[len(unit):]) {
			continue
		}
		return start, s[start : len(s)-len(rest)+len(unit)]
	}
	return -1, ""
}

// hasLongFigure reports whether one of the figures of a run ("5000",
// "5000-8000") has four digits or more.
func hasLongFigure(run string) bool {
	for _, f := range strings.Split(run, "-") {
		if len(f) >= 4 {
			return true
		}
	}
	return false
}

// freeBefore reports whether the figure at byte i of s stands on its own:
// no letter, digit mark or slash right before it.
func freeBefore(s string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return !isLetter(r) && r != '/' && r != '.' && r != ',' && r != '-'
}

// moneyUnit is the unit of money rest begins with ("đồng", "đ", "VNĐ"),
// a whole word; "" when none.
func moneyUnit(rest string) string {
	for _, u := range []string{"đồng", "VNĐ", "VND", "đ"} {
		if !strings.HasPrefix(rest, u) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(rest[len(u):])
		if len(rest) == len(u) || !isLetter(r) {
			return u
		}
	}
	return ""
}

// groupThousands writes each figure of s of four digits or more with
// dots between its thousands: "5000-8000 đồng" → "5.000-8.000 đồng".
func groupThousands(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		if !isDigitByte(s[i]) {
			b.WriteByte(s[i])
			i++
			continue
		}
		j := i
		for j < len(s) && isDigitByte(s[j]) {
			j++
		}
		f := s[i:j]
		for k := range f {
			if k > 0 && (len(f)-k)%3 == 0 {
				b.WriteByte('.')
			}
			b.WriteByte(f[k])
		}
		i = j
	}
	return b.String()
}

// yearBefore reports whether the figure at byte i of s follows "năm",
// "khóa" or "số": a year or a number, not a sum ("năm 2015 đồng thời").
func yearBefore(s string, i int) bool {
	w := strings.Fields(s[:i])
	if len(w) == 0 {
		return false
	}
	switch strings.ToLower(w[len(w)-1]) {
	case "năm", "khóa", "khoá", "số":
		return true
	}
	return false
}

// moneyAfter reports whether what follows "đồng" leaves it the unit of
// money: an end, a mark, a "/" ("đồng/tín chỉ"), or a word that does not
// make another word with it ("đồng thời", "đồng bộ", "đồng ý").
func moneyAfter(rest string) bool {
	w := strings.Fields(rest)
	if len(w) == 0 || !strings.HasPrefix(rest, " ") {
		return true
	}
	next := strings.TrimRight(w[0], ".,;:)")
	return !dongWords()[strings.ToLower(next)]
}

// dongWords make a word with "đồng" that is no sum of money.
var dongWords = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"thời": true, "bộ": true, "ý": true, "loạt": true, "chí": true, "hành": true, "nghiệp": true, "tâm": true, "lòng": true, "đều": true, "bào": true, "phục": true, "tình": true, "cảm": true, "minh": true, "thuận": true, "hương": true, "hồ": true, "nhất": true, "dạng": true, "khởi": true, "cỏ": true, "ruộng": true, "bằng": true, "lúa": true}
})
