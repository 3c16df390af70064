package cite

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// DeadlineKind says what a deadline asks.
type DeadlineKind int

const (
	By        DeadlineKind = iota + 1 // done by a day: "trước ngày 28/02/2023"
	InMonth                           // done within a month: "trong tháng 6/2023", "Tháng 02/2025"
	InQuarter                         // done within a quarter: "trong quý IV/2024"
	From                              // starting at a day or month: "bắt đầu từ tháng 5 năm 2024"
	Every                             // recurring: "định kỳ hằng tháng (trước ngày 20)"
)

// Deadline is a time limit found in text or given in a notice's source.
type Deadline struct {
	Kind     DeadlineKind
	Date     Date   // By and From: the day (Day may be 0 for a month); InMonth: year and month
	Quarter  int    // InQuarter: 1 to 4, with Date.Year
	Every    string // Every: "ngày", "tuần", "tháng", "quý" or "năm"
	EveryDay int    // Every: the day of the period it is due by, 0 if none
	Text     string // the words as written
	Off, End int    // byte offsets of Text in the text searched
}

// Span returns the first and last days the deadline covers, and false for a
// recurring deadline, which has none.
func (d Deadline) Span() (first, last Date, ok bool) {
	switch d.Kind {
	case By:
		return d.Date.Last(), d.Date.Last(), true
	case InMonth, From:
		return d.Date.First(), d.Date.Last(), true
	case InQuarter:
		first = Date{d.Date.Year, 3*d.Quarter - 2, 1}
		last = Date{d.Date.Year, 3 * d.Quarter, 0}.Last()
		return first, last, true
	}
	return Date{}, Date{}, false
}

// IsReal reports whether the dates in d exist on the calendar.
func (d Deadline) IsReal() bool {
	switch d.Kind {
	case InQuarter:
		return d.Quarter >= 1 && d.Quarter <= 4 && d.Date.Year > 0
	case Every:
		return d.EveryDay >= 0 && d.EveryDay <= 31
	}
	return d.Date.IsReal()
}

// Phrase returns the deadline in the canonical words the renderer uses.
func (d Deadline) Phrase() string {
	switch d.Kind {
	case By:
		return "trước ngày " + d.Date.Short()
	case InMonth:
		return "trong tháng " + d.Date.Short()
	case InQuarter:
		return "trong quý " + Roman(d.Quarter) + "/" + strconv.Itoa(d.Date.Year)
	case From:
		if d.Date.Day > 0 {
			return "bắt đầu từ ngày " + d.Date.Short()
		}
		return "bắt đầu từ tháng " + d.Date.Short()
	case Every:
		s := "định kỳ hằng " + d.Every
		if d.EveryDay > 0 {
			s += " (trước ngày " + strconv.Itoa(d.EveryDay) + ")"
		}
		return s
	}
	return ""
}

// Same reports whether d and e ask for the same thing, whatever their words.
func (d Deadline) Same(e Deadline) bool {
	return d.Kind == e.Kind && d.Date == e.Date && d.Quarter == e.Quarter &&
		d.Every == e.Every && d.EveryDay == e.EveryDay
}

const (
	sp        = `[\s\x{00A0}]+`
	optSp     = `[\s\x{00A0}]*`
	mark      = `[\s\x{00A0}*_]*` // white space and Markdown emphasis between words
	dateRe    = `(?:(\d{1,2})` + optSp + `/` + optSp + `(\d{1,2})` + optSp + `/` + optSp + `(\d{4})|(\d{1,2})` + sp + `tháng` + sp + `(\d{1,2})` + sp + `năm` + sp + `(\d{4}))`
	monthRe   = `(\d{1,2})(?:` + optSp + `/` + optSp + `|` + sp + `năm` + sp + `)(\d{4})`
	quarterRe = `(IV|I{1,3}|[1-4])(?:` + optSp + `/` + optSp + `|` + sp + `năm` + sp + `)(\d{4})`
	unitRe    = `(ngày|tuần|tháng|quý|năm)`
)

// deadlineAlternatives is the pattern of a deadline. Each alternative is a
// named group; the sub-patterns' numbered groups are read by position in
// readDeadline. Every alternative starts with one of deadlineTriggers.
const deadlineAlternatives = `(?P<by>(?:trước|chậm` + sp + `nhất(?:` + sp + `là)?|không` + sp + `quá|không` + sp + `muộn` + sp + `hơn|đến` + sp + `hết)` + mark + `ngày` + sp + dateRe + `)` +
	`|(?P<before_month>trước` + sp + `tháng` + sp + monthRe + `)` +
	`|(?P<from>(?:bắt` + sp + `đầu` + sp + `)?(?:kể` + sp + `)?từ` + sp + `(?:ngày` + sp + dateRe + `|tháng` + sp + monthRe + `))` +
	`|(?P<month>(?:(?:trong|vào|cuối|đầu)` + sp + `|(?:thời` + sp + `hạn(?:` + sp + `hoàn` + sp + `thành)?|thời` + sp + `gian` + sp + `hoàn` + sp + `thành|hoàn` + sp + `thành)` + optSp + `:?` + mark + `(?:(?:trong|vào)` + sp + `)?)tháng` + sp + monthRe + `)` +
	`|(?P<quarter>(?:trong|trước|vào|cuối)` + sp + `quý` + sp + quarterRe + `)` +
	`|(?P<every>định` + sp + `kỳ` + sp + `(?:hằng|hàng)` + sp + unitRe + `(?:` + optSp + `\(` + optSp + `trước` + sp + `ngày` + sp + `(\d{1,2})` + optSp + `\))?` +
	`|(?:hằng|hàng)` + sp + unitRe + optSp + `\(` + optSp + `trước` + sp + `ngày` + sp + `(\d{1,2})` + optSp + `\))`

// deadlineRe reads a deadline that starts where it is applied.
var deadlineRe = regexp.MustCompile(`(?i)^(?:` + deadlineAlternatives + `)`)

// deadlineTriggers are the words a deadline can start with: the reader
// tries the pattern only where one of them stands, which keeps it fast.
var deadlineTriggers = map[string]bool{
	"trước": true, "chậm": true, "không": true, "đến": true, "bắt": true, "kể": true, "từ": true,
	"trong": true, "vào": true, "cuối": true, "đầu": true, "thời": true, "hoàn": true,
	"định": true, "hằng": true, "hàng": true,
}

// deadlineWindow is the longest stretch a deadline can take, in bytes.
const deadlineWindow = 200

// FindDeadlines returns every deadline in s, in order.
func FindDeadlines(s string) []Deadline {
	var out []Deadline
	next := 0
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) || i < next || !wordStart(s, i) {
			i += w
			continue
		}
		j := i
		for j < len(s) {
			r2, w2 := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsLetter(r2) {
				break
			}
			j += w2
		}
		if deadlineTriggers[strings.ToLower(s[i:j])] {
			window := s[i:min(len(s), i+deadlineWindow)]
			if m := deadlineRe.FindStringSubmatchIndex(window); m != nil {
				for k := range m {
					if m[k] >= 0 {
						m[k] += i
					}
				}
				d := readDeadline(s, m)
				d.Text, d.Off, d.End = trimMarks(s, m[0], m[1])
				out = append(out, d)
				next = m[1]
			}
		}
		i = j
	}
	return out
}

// wordStart reports whether offset i of s begins a word.
func wordStart(s string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

func trimMarks(s string, off, end int) (string, int, int) {
	for end > off && strings.ContainsRune("*_ ", rune(s[end-1])) {
		end--
	}
	return s[off:end], off, end
}

var groupIndex = func() map[string]int {
	m := map[string]int{}
	for i, n := range deadlineRe.SubexpNames() {
		if n != "" {
			m[n] = i
		}
	}
	return m
}()

// readDeadline turns one match into a Deadline. Submatch k of the whole
// pattern has bounds m[2k], m[2k+1]; the numbered groups of each named
// alternative follow its own group.
func readDeadline(s string, m []int) Deadline {
	group := func(k int) string {
		if m[2*k] < 0 {
			return ""
		}
		return s[m[2*k]:m[2*k+1]]
	}
	num := func(k int) int { n, _ := strconv.Atoi(group(k)); return n }
	date := func(k int) Date { // k is the first of the six date groups
		if group(k) != "" {
			return Date{num(k + 2), num(k + 1), num(k)}
		}
		return Date{num(k + 5), num(k + 4), num(k + 3)}
	}
	matched := func(name string) (int, bool) {
		k := groupIndex[name]
		return k, m[2*k] >= 0
	}
	if k, ok := matched("by"); ok {
		return Deadline{Kind: By, Date: date(k + 1)}
	}
	if k, ok := matched("before_month"); ok {
		first := Date{num(k + 2), num(k + 1), 1}
		if !first.IsReal() {
			return Deadline{Kind: By, Date: Date{num(k + 2), num(k + 1), 0}}
		}
		return Deadline{Kind: By, Date: first.AddDays(-1)}
	}
	if k, ok := matched("from"); ok {
		if group(k+1) != "" || group(k+4) != "" {
			return Deadline{Kind: From, Date: date(k + 1)}
		}
		return Deadline{Kind: From, Date: Date{num(k + 8), num(k + 7), 0}}
	}
	if k, ok := matched("month"); ok {
		return Deadline{Kind: InMonth, Date: Date{num(k + 2), num(k + 1), 0}}
	}
	if k, ok := matched("quarter"); ok {
		return Deadline{Kind: InQuarter, Quarter: quarter(group(k + 1)), Date: Date{Year: num(k + 2)}}
	}
	k, _ := matched("every")
	if group(k+1) != "" {
		return Deadline{Kind: Every, Every: strings.ToLower(group(k + 1)), EveryDay: num(k + 2)}
	}
	return Deadline{Kind: Every, Every: strings.ToLower(group(k + 3)), EveryDay: num(k + 4)}
}

func quarter(s string) int {
	switch strings.ToUpper(s) {
	case "I", "1":
		return 1
	case "II", "2":
		return 2
	case "III", "3":
		return 3
	case "IV", "4":
		return 4
	}
	return 0
}

var (
	bareDateRe  = regexp.MustCompile(`(?i)^(?:ngày` + sp + `)?` + dateRe + `$`)
	bareMonthRe = regexp.MustCompile(`(?i)^tháng` + sp + monthRe + `$`)
)

// ParseDeadline reads a deadline given on its own, as in a notice source:
// an ISO date ("2023-02-28", a day to finish by) or month ("2023-06"), a bare
// date or month in Vietnamese ("28/02/2023", "tháng 02/2025"), or any phrase
// FindDeadlines knows ("trước ngày 28/02/2023", "định kỳ hằng tháng (trước
// ngày 20)"). The dates must be real.
func ParseDeadline(s string) (Deadline, error) {
	t := strings.TrimSpace(s)
	d, err := parseDeadlineForm(t)
	if err != nil {
		return d, err
	}
	if !d.IsReal() {
		return d, fmt.Errorf("%q: %w", t, ErrNotReal)
	}
	d.Text, d.Off, d.End = t, 0, len(t)
	return d, nil
}

func parseDeadlineForm(t string) (Deadline, error) {
	if len(t) >= 4 && allDigits(t[:4]) {
		date, err := ParseISO(t)
		if err != nil && date.Year > 0 && !date.IsReal() {
			return Deadline{}, fmt.Errorf("%q: %w", t, ErrNotReal)
		}
		if err != nil {
			return Deadline{}, err
		}
		if date.Day == 0 {
			return Deadline{Kind: InMonth, Date: date}, nil
		}
		return Deadline{Kind: By, Date: date}, nil
	}
	if m := bareDateRe.FindStringSubmatch(t); m != nil {
		return Deadline{Kind: By, Date: dateFromGroups(m[1:])}, nil
	}
	if m := bareMonthRe.FindStringSubmatch(t); m != nil {
		y, _ := strconv.Atoi(m[2])
		mo, _ := strconv.Atoi(m[1])
		return Deadline{Kind: InMonth, Date: Date{y, mo, 0}}, nil
	}
	found := FindDeadlines(t)
	if len(found) == 1 && found[0].Off == 0 && strings.TrimRight(t[found[0].End:], " .;*_") == "" {
		return found[0], nil
	}
	return Deadline{}, fmt.Errorf("%q is not a deadline this tool can read; write a date such as 2023-02-28, or words such as \"trước ngày 28/02/2023\", \"trong tháng 6/2023\", \"định kỳ hằng tháng (trước ngày 20)\"", t)
}

func dateFromGroups(g []string) Date {
	n := func(i int) int { v, _ := strconv.Atoi(g[i]); return v }
	if g[0] != "" {
		return Date{n(2), n(1), n(0)}
	}
	return Date{n(5), n(4), n(3)}
}
