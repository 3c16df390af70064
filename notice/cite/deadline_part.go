package cite

import (
	"strconv"
	"strings"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// Part is the part of a month or a quarter a deadline names, as clerks
// say it: "đầu tháng 7/2026" is the first ten days of July (thượng
// tuần), "giữa tháng" the next ten (trung tuần), "cuối tháng" the rest
// (hạ tuần); "đầu quý IV" is its first month, "giữa quý" the second,
// "cuối quý" the last.
type Part int

const (
	Whole Part = iota // the whole month or quarter: "trong tháng 7/2026"
	Early             // "đầu tháng", "đầu quý"
	Mid               // "giữa tháng", "giữa quý"
	Late              // "cuối tháng", "cuối quý"
)

// word is the part as a clerk writes it before "tháng" or "quý".
func (p Part) word() string {
	return [...]string{"trong", "đầu", "giữa", "cuối"}[p]
}

// partWord reads the word before "tháng" or "quý" as a part.
func partWord(w string) Part {
	switch strings.ToLower(w) {
	case "đầu":
		return Early
	case "giữa":
		return Mid
	case "cuối":
		return Late
	}
	return Whole
}

// partAt is the part the word at s[off:] names ("đầu" of "đầu tháng
// 7/2026"), Whole for any other.
func partAt(s string, off int) Part {
	end := off
	for end < len(s) && s[end] != ' ' && s[end] != '\t' && s[end] != '\n' && !strings.HasPrefix(s[end:], "\u00a0") {
		end++
	}
	return partWord(lowerWord(s[off:end]))
}

// Due returns the days a deadline leaves to do its task: Span's, but for
// the part of a month or a quarter it names, where the task is due by the
// end of that part ("đầu tháng 7/2026": 1/7 to 10/7). The checks of a
// notice compare Span, the whole month, and so never call a deadline
// past or too early on a reading of "đầu"; the register of tasks, which
// reminds the officer, takes the earlier day.
func (d Deadline) Due() (first, last Date, ok bool) {
	first, last, ok = d.Span()
	if !ok || d.Part == Whole {
		return first, last, ok
	}
	switch d.Kind {
	case InMonth:
		y, m := d.Date.Year, d.Date.Month
		switch d.Part {
		case Early:
			return Date{y, m, 1}, Date{y, m, 10}, true
		case Mid:
			return Date{y, m, 11}, Date{y, m, 20}, true
		}
		return Date{y, m, 21}, last, true
	case InQuarter:
		m := 3*d.Quarter - 3 + int(d.Part)
		mon := Date{d.Date.Year, m, 0}
		return mon.First(), mon.Last(), true
	}
	return first, last, ok
}

// clerkPartRe is a part of a month or a quarter that the deadlines of a
// text do not take, typed in a source's deadline: "giữa tháng 7/2026",
// "đầu quý IV/2026", "giữa quý III năm 2026", "thượng tuần tháng
// 7/2026" (the ten-day parts by their old names).
var clerkPartRe = lazyre.New(`(?i)^(?:(?:vào|trong)` + sp + `)?(đầu|giữa|cuối|thượng` + sp + `tuần|trung` + sp + `tuần|hạ` + sp + `tuần)` + sp + `(?:(?:của` + sp + `)?tháng` + sp + monthRe + `|quý` + sp + quarterRe + `)$`)

// parseClerkPart reads clerkPartRe; ok is false when t is not one.
func parseClerkPart(t string) (d Deadline, ok bool) {
	m := clerkPartRe().FindStringSubmatch(t)
	if m == nil {
		return Deadline{}, false
	}
	w := strings.Join(strings.Fields(strings.ToLower(m[1])), " ")
	part := map[string]Part{"thượng tuần": Early, "trung tuần": Mid, "hạ tuần": Late}[w]
	if part == Whole {
		part = partWord(w)
	}
	if m[2] != "" {
		return Deadline{Kind: InMonth, Date: Date{num(m[3]), num(m[2]), 0}, Part: part}, true
	}
	if strings.HasSuffix(w, "tuần") {
		return Deadline{}, false // "thượng tuần" is of a month
	}
	return Deadline{Kind: InQuarter, Quarter: quarter(m[4]), Date: Date{Year: num(m[5])}, Part: part}, true
}

func num(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
