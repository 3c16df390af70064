package check

import (
	"strconv"
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
)

func init() {
	register(&Rule{ID: "anniversary-years", Severity: diag.Warning, Ref: diag.Practice, Run: anniversaryYears,
		Title: diag.Msg("số năm kỷ niệm (\"82 năm Ngày thành lập ...\") khớp với hai năm ghi trong ngoặc sau nó (\"(22/12/1944 - 22/12/2026)\")",
			"the years of an anniversary (\"82 năm Ngày thành lập ...\") agree with the two years in brackets after it (\"(22/12/1944 - 22/12/2026)\")"),
		Help: diag.Msg("tính lại số năm, hoặc sửa năm ghi sai trong ngoặc", "count the years again, or mend the year in brackets that is wrong")})
}

// anniversaryYears reports "N năm ... (Y1 - Y2)" where N is neither Y2 −
// Y1 (an anniversary: "82 năm Ngày thành lập Quân đội nhân dân Việt Nam
// (22/12/1944 - 22/12/2026)") nor the years of the span counted whole (a
// period: "Chiến lược 10 năm (2021 - 2030)").
func anniversaryYears(p *Pass) {
	for _, seg := range p.View.textSegs() {
		if seg.Role == RoleArchive || strings.IndexByte(seg.Text, '(') < 0 {
			continue
		}
		s := seg.Text
		for at := 0; ; {
			i := strings.Index(s[at:], " năm ")
			if i < 0 {
				break
			}
			i += at
			at = i + 1
			a, ok := readAnniversary(s, i)
			if !ok || a.n == a.y2-a.y1 || a.n == a.y2-a.y1+1 && !a.sameDay {
				continue
			}
			p.Report(seg, a.at, diag.Msg("\"%d năm\" không khớp với %d - %d (%d năm)", "\"%d năm\" does not agree with %d - %d (%d years)", a.n, a.y1, a.y2, a.y2-a.y1),
				diag.Msg("viết \"%d năm\", hoặc sửa năm ghi sai trong ngoặc", "write \"%d năm\", or mend the year in brackets that is wrong", a.y2-a.y1))
		}
	}
}

// anniversary is "N năm ... (Y1 - Y2)" as read.
type anniversary struct {
	at        int // where N starts
	n, y1, y2 int
	// sameDay: both years end one day and month ("03/02/1930 -
	// 03/02/2026"), an anniversary's span, whose years are counted
	// whole only as Y2 − Y1, never as a period's Y2 − Y1 + 1.
	sameDay bool
}

// readAnniversary reads the count before " năm " at s[i] and the two
// years of the first bracket after it in the same sentence, a bracket
// that holds only them (a day and month before each or none).
func readAnniversary(s string, i int) (anniversary, bool) {
	var a anniversary
	k := i
	for k > 0 && isDigitByte(s[k-1]) {
		k--
	}
	if k == i || i-k > 3 || k > 0 && s[k-1] != ' ' && s[k-1] != '(' {
		return a, false
	}
	head := strings.TrimRight(s[:k], " ")
	if strings.HasSuffix(head, "tháng") || i+len(" năm ") < len(s) && isDigitByte(s[i+len(" năm ")]) {
		return a, false // "ngày 06 tháng 10 năm 2023": a date, no count of years
	}
	for _, w := range approxWords { // percent_ratio.go: "hơn 20 năm", "gần 80 năm"
		if strings.HasSuffix(head, w) && shareWordStart(head, len(head)-len(w)) {
			return a, false
		}
	}
	a.at, a.n = k, atoiOr(s[k:i], -1)
	rest := s[i+len(" năm "):]
	open := strings.IndexByte(rest, '(')
	if open < 0 || open > 200 || strings.ContainsAny(rest[:open], ";:") || strings.Contains(rest[:open], ". ") || !ownBracket(rest[:open]) {
		return a, false
	}
	closing := strings.IndexByte(rest[open:], ')')
	if closing < 0 {
		return a, false
	}
	span := rest[open+1 : open+closing]
	y1, y2, ok := yearSpan(span)
	if !ok || y2 <= y1 || a.n <= 0 {
		return a, false
	}
	a.y1, a.y2, a.sameDay = y1, y2, sameDaySpan(span)
	return a, true
}

// ownBracket reports whether a bracket after the words between can be
// the count's own: no other count of years stands between ("82 năm Ngày
// thành lập ..., 37 năm Ngày hội ... (22/12/1989 - ...)"), and no word
// joins another thing the bracket may be of ("... gắn với tổng kết phong
// trào thi đua (2021 - 2025)", "... và sơ kết Kế hoạch ... (2021 - 2025)").
func ownBracket(between string) bool {
	f := " " + cite.Fold(between) + " "
	for _, w := range []string{" và ", " với ", " cùng ", " đồng thời "} {
		if strings.Contains(f, w) {
			return false
		}
	}
	for i := strings.Index(f, " năm "); i >= 0; {
		if i > 0 && isDigitByte(f[i-1]) {
			return false
		}
		j := strings.Index(f[i+1:], " năm ")
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return true
}

// yearSpan reads "1944 - 2026", "22/12/1944 - 22/12/2026", "1930–2025":
// two years, each alone or ending a day and month, parted by a dash.
func yearSpan(t string) (int, int, bool) {
	for _, dash := range []string{"-", "–", "—"} {
		l, r, ok := strings.Cut(t, dash)
		if !ok {
			continue
		}
		y1, ok1 := spanYear(strings.TrimSpace(l))
		y2, ok2 := spanYear(strings.TrimSpace(r))
		return y1, y2, ok1 && ok2
	}
	return 0, 0, false
}

// sameDaySpan reports whether both ends of a span read by yearSpan carry
// one day and month: "03/02/1930 - 03/02/2026", "3/2/1930 – 03/02/2026".
func sameDaySpan(t string) bool {
	for _, dash := range []string{"-", "–", "—"} {
		l, r, ok := strings.Cut(t, dash)
		if !ok {
			continue
		}
		dl, ml, okl := spanDay(strings.TrimSpace(l))
		dr, mr, okr := spanDay(strings.TrimSpace(r))
		return okl && okr && dl == dr && ml == mr
	}
	return false
}

// spanDay reads the day and month of "dd/mm/yyyy".
func spanDay(t string) (int, int, bool) {
	i := strings.LastIndexByte(t, '/')
	if i < 0 {
		return 0, 0, false
	}
	d, m, ok := strings.Cut(t[:i], "/")
	return atoiOr(d, 0), atoiOr(m, 0), ok && atoiOr(d, 0) > 0 && atoiOr(m, 0) > 0
}

// spanYear reads a year of four figures, alone or after "dd/mm/".
func spanYear(t string) (int, bool) {
	if i := strings.LastIndexByte(t, '/'); i >= 0 {
		d, m, ok := strings.Cut(t[:i], "/")
		if !ok || atoiOr(d, 0) < 1 || atoiOr(d, 0) > 31 || atoiOr(m, 0) < 1 || atoiOr(m, 0) > 12 {
			return 0, false
		}
		t = t[i+1:]
	}
	if len(t) != 4 {
		return 0, false
	}
	y := atoiOr(t, 0)
	return y, y >= 1000
}

// atoiOr is t as a number of figures only, or def.
func atoiOr(t string, def int) int {
	if t == "" || strings.Trim(t, "0123456789") != "" {
		return def
	}
	n, err := strconv.Atoi(t)
	if err != nil {
		return def
	}
	return n
}
