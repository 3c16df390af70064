package cite

import (
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// DeadlineKind says what a deadline asks.
type DeadlineKind int

const (
	By        DeadlineKind = iota + 1 // done by a day: "trước ngày 28/02/2023"
	InMonth                           // done within a month: "trong tháng 6/2023", "Tháng 02/2025"
	InQuarter                         // done within a quarter: "trong quý IV/2024"
	From                              // starting at a day or month: "bắt đầu từ tháng 5 năm 2024"
	Every                             // recurring: "định kỳ hằng tháng (trước ngày 20)", "hằng tuần", "02 tuần/lần"
	Between                           // within a range: "từ ngày 01/7/2025 đến ngày 31/7/2025"
	Standing                          // a standing task, no date: "thường xuyên"
)

// Deadline is a time limit found in text or given in a notice's source.
type Deadline struct {
	Kind     DeadlineKind
	Date     Date   // By and From: the day (Day may be 0 for a month); InMonth: year and month; Between: the first day or month
	Until    Date   // Between: the last day (Day may be 0 for a month)
	Quarter  int    // InQuarter: 1 to 4, with Date.Year
	Every    string // Every: "ngày", "tuần", "tháng", "quý" or "năm"
	EveryDay int    // Every: the day of the period it is due by, 0 if none
	EveryMon int    // Every "năm": the month of EveryDay ("trước ngày 15/12 hằng năm"), 0 if none
	Interval int    // Every: the number of periods between two times ("02 tuần/lần"), 0 or 1 for each period
	Text     string // the words as written
	Off, End int    // byte offsets of Text in the text searched
	// Long marks a long-term task, one that runs over years: "đến năm
	// 2030" (By its last day), "giai đoạn 2026-2030" (Between).
	Long bool
	// Part is the part of its month or quarter an InMonth or InQuarter
	// deadline names (deadline_part.go): "đầu tháng 7/2026" is due by
	// the 10th, not the month's end. Same ignores it.
	Part Part
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
	case Between:
		return d.Date.First(), d.Until.Last(), true
	}
	return Date{}, Date{}, false
}

// IsReal reports whether the dates in d exist on the calendar.
func (d Deadline) IsReal() bool {
	switch d.Kind {
	case InQuarter:
		return d.Quarter >= 1 && d.Quarter <= 4 && d.Date.Year > 0
	case Every:
		if d.EveryMon != 0 {
			return d.EveryMon >= 1 && d.EveryMon <= 12 && d.EveryDay >= 1 && d.EveryDay <= DaysIn(2024, d.EveryMon)
		}
		return d.EveryDay >= 0 && d.EveryDay <= 31 && d.Interval >= 0
	case Standing:
		return true
	case Between:
		return d.Date.IsReal() && d.Until.IsReal() && d.Date.First().Compare(d.Until.Last()) <= 0
	}
	return d.Date.IsReal()
}

// Phrase returns the deadline in the canonical words the renderer uses.
func (d Deadline) Phrase() string {
	switch d.Kind {
	case By:
		return "trước ngày " + d.Date.Short()
	case InMonth:
		if d.Part != Whole {
			return d.Part.word() + " tháng " + d.Date.Short()
		}
		return "trong tháng " + d.Date.Short()
	case InQuarter:
		if d.Part != Whole {
			return d.Part.word() + " quý " + Roman(d.Quarter) + "/" + strconv.Itoa(d.Date.Year)
		}
		return "trong quý " + Roman(d.Quarter) + "/" + strconv.Itoa(d.Date.Year)
	case From:
		if d.Date.Day > 0 {
			return "bắt đầu từ ngày " + d.Date.Short()
		}
		return "bắt đầu từ tháng " + d.Date.Short()
	case Every:
		if d.Interval > 1 {
			return "định kỳ " + PadDay(d.Interval) + " " + d.Every + "/lần"
		}
		s := "định kỳ hằng " + d.Every
		if d.EveryMon > 0 {
			return s + " (trước ngày " + strconv.Itoa(d.EveryDay) + "/" + strconv.Itoa(d.EveryMon) + ")"
		}
		if d.EveryDay > 0 {
			s += " (trước ngày " + strconv.Itoa(d.EveryDay) + ")"
		}
		return s
	case Between:
		if d.Long && d.Date.Month == 1 && d.Until.Month == 12 && d.Date.Day == 0 && d.Until.Day == 0 {
			return "giai đoạn " + strconv.Itoa(d.Date.Year) + "-" + strconv.Itoa(d.Until.Year)
		}
		if d.Date.Day == 0 && d.Until.Day == 0 {
			return "từ tháng " + d.Date.Short() + " đến tháng " + d.Until.Short()
		}
		return "từ ngày " + d.Date.Short() + " đến ngày " + d.Until.Short()
	case Standing:
		if d.Text != "" {
			return strings.ToLower(d.Text)
		}
		return "thường xuyên"
	}
	return ""
}

// Same reports whether d and e ask for the same thing, whatever their words.
func (d Deadline) Same(e Deadline) bool {
	return d.Kind == e.Kind && d.Date == e.Date && d.Until == e.Until && d.Quarter == e.Quarter &&
		d.Every == e.Every && d.EveryDay == e.EveryDay && d.EveryMon == e.EveryMon && max(d.Interval, 1) == max(e.Interval, 1)
}

// d12 and d4 are \d{1,2} and \d{4} written out, as regexp/syntax's
// Simplify writes them: the same program (TestDeadlineReProgram), but
// many counted repeats make the parser of a long expression track its
// size in a map as it goes, which cost a fifth of compiling deadlineRe
// (about 1M instructions of every process that checks a notice).
const (
	d12       = `\d\d?`
	d4        = `\d\d\d\d`
	sp        = `[\s\x{00A0}]+`
	optSp     = `[\s\x{00A0}]*`
	mark      = `[\s\x{00A0}*_]*` // white space and Markdown emphasis between words
	dateRe    = `(?:(` + d12 + `)` + optSp + `/` + optSp + `(` + d12 + `)` + optSp + `/` + optSp + `(` + d4 + `)|(` + d12 + `)` + sp + `tháng` + sp + `(` + d12 + `)` + sp + `năm` + sp + `(` + d4 + `))`
	monthRe   = `(` + d12 + `)(?:` + optSp + `/` + optSp + `|` + sp + `năm` + sp + `)(` + d4 + `)`
	quarterRe = `(IV|I{1,3}|[1-4])(?:` + optSp + `/` + optSp + `|` + sp + `năm` + sp + `)(` + d4 + `)`
	unitRe    = `(ngày|tuần|tháng|quý|năm)`
	// hourRe is an hour set before the day of a deadline, read with it:
	// "trước 16 giờ 00 ngày 25 tháng 12 năm 2026", "trước 17h ngày ...".
	// "trước 17:00 ngày ..." too.
	hourRe = d12 + optSp + `(?:(?:giờ|h)(?:` + optSp + `\d\d)?(?:` + sp + `phút)?|:\d\d)` + optSp + `,?` + sp
	// weekdayAside is the day of the week a period's first day is given
	// with: "từ 08 giờ ngày 12/12/2026 (thứ Bảy) đến ...".
	weekdayAside = `\(` + optSp + `(?:[Tt]hứ|[Cc]hủ)` + sp + `[^()]{1,8}\)`
	// weekdayDay is the day of the week a deadline's day is named by,
	// and what joins it to the date: "thứ Hai, 30 tháng 11 năm 2026",
	// "thứ Sáu, ngày 11/12/2026", "thứ Sáu (11/12/2026)", "thứ Năm ngày
	// 10/12/2026", "Chủ nhật, ngày 13/12/2026".
	// rangeDay is what a period's day opens with: its hour, "ngày", its
	// weekday: "từ 08 giờ ngày 12/12/2026", "từ thứ Bảy, ngày 27 tháng 4
	// năm 2024 đến hết thứ Tư, ngày 01 tháng 5 năm 2024".
	rangeDay   = `(?:` + hourRe + `)?(?:ngày` + sp + `(?:` + weekdayDay + `)?|` + weekdayDay + `)`
	weekdayDay = `(?:thứ` + sp + `(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ` + sp + `nhật)` + optSp + `(?:,` + optSp + `(?:ngày` + sp + `)?|\(` + optSp + `(?:ngày` + sp + `)?|` + sp + `(?:ngày` + sp + `)?)`
	// dayNamed is what a deadline's day is named by, "ngày" or its
	// weekday or both: "ngày 15/12", "thứ Ba (15/12)", "Chủ nhật, 13/12".
	dayNamed = `(?:ngày` + sp + `(?:` + weekdayDay + `)?|` + weekdayDay + `)`
	// rangeJoin is what joins a period's first day to its last: "đến"
	// and the last day's hour, "ngày" or weekday, or a dash ("từ ngày
	// 19/12/2026 - 26/12/2026": range-sign asks for "đến").
	rangeJoin = `(?:` + sp + `(?:đến|tới)` + sp + `(?:hết` + sp + `)?(?:` + rangeDay + `)?|` + dashJoin + `)`
	// bareJoin is rangeJoin after a first day of a number alone: no hour.
	bareJoin = `(?:` + sp + `(?:đến|tới)` + sp + `(?:hết` + sp + `)?(?:ngày` + sp + `)?|` + dashJoin + `)`
	dashJoin = optSp + `[-–]` + optSp + `(?:ngày` + sp + `)?`
	// shortMonth is the month of a period's first day written without its
	// year: "19/12", "19 tháng 12".
	shortMonth = `(?:` + optSp + `/` + optSp + `|` + sp + `tháng` + sp + `)(` + d12 + `)`
	// slashDate is a whole date written with slashes, as dateRe's first
	// three groups.
	slashDate = `(` + d12 + `)` + optSp + `/` + optSp + `(` + d12 + `)` + optSp + `/` + optSp + `(` + d4 + `)`
)

// Words that deadlines share.
const (
	byWords   = `(?:trước|chậm` + sp + `nhất(?:` + sp + `là)?|không` + sp + `quá|không` + sp + `muộn` + sp + `hơn|đến` + sp + `hết|hạn` + sp + `(?:chót|cuối)(?:` + sp + `là)?)`
	termWords = `(?:` + termHead + `|hoàn` + sp + `thành)` + optSp + `:?` + mark
	termHead  = `(?:thời` + sp + `hạn(?:` + sp + `hoàn` + sp + `thành)?|thời` + sp + `gian` + sp + `hoàn` + sp + `thành|hạn` + sp + `hoàn` + sp + `thành)`
	endWords  = `(?:chậm` + sp + `nhất(?:` + sp + `là)?|đến` + sp + `hết|không` + sp + `quá|không` + sp + `muộn` + sp + `hơn)`
	hang      = `(?:hằng|hàng)`
	perTime   = `(?:` + optSp + `/` + optSp + `(?:0?1` + sp + `)?lần|` + sp + `(?:một|01|1)` + sp + `lần)`
)

// deadlineAlts are the alternatives of the deadline pattern, in the order
// they are tried: the first that matches where a deadline may start gives
// the match, as it would in one expression joining them with "|" (the
// reference of TestDeadlineAlternatives). Each is compiled on first use,
// and tried only where one of its first words stands: one expression of
// them all cost 4M instructions to compile in every process that checks
// a notice. The numbered groups of each are read by position in
// readDeadline.
var deadlineAlts = []deadlineAlt{
	{"by", byWords + mark + `(?:` + hourRe + `)?ngày` + sp + dateRe, byFirst, "ngày"},
	// A day named with its weekday, after its hour or not: "trước 16 giờ
	// 00 phút ngày thứ Hai, 30 tháng 11 năm 2026", "chậm nhất vào thứ
	// Sáu, ngày 11/12/2026", "hạn chót: 17h00 thứ Năm, ngày 10/12/2026".
	{"by_weekday", byWords + `(?:` + optSp + `:)?` + mark + `(?:vào` + sp + `)?(?:` + hourRe + `)?(?:ngày` + sp + `)?` + weekdayDay + dateRe + `(?:` + optSp + `\))?`, byFirst, "thứ|nhật"},
	// A whole date without "ngày" (date-style tells the slip): "trước
	// 11/12/2026", "hạn cuối: 17h00, 11/12/2026".
	{"by_bare", byWords + `(?:` + optSp + `:)?` + mark + `(?:vào` + sp + `)?(?:` + hourRe + `)?` + slashDate + `\b`, byFirst, "/"},
	{"by_term", termHead + optSp + `:?` + mark + `(?:ngày` + sp + `)?` + dateRe, termFirst, ""},
	{"before_month", `trước` + sp + `tháng` + sp + monthRe, []string{"trước"}, "tháng"},
	{"end_month", endWords + mark + `(?:(?:trong|vào)` + sp + `)?tháng` + sp + monthRe, endFirst, "tháng"},
	{"range", `(?:trong` + sp + `thời` + sp + `gian` + sp + `)?(?:kể` + sp + `)?từ` + sp + `(?:` + rangeDay + dateRe + `(?:` + optSp + `\))?(?:` + optSp + weekdayAside + `)?` + rangeJoin + dateRe + `(?:` + optSp + `\))?` +
		`|tháng` + sp + `(` + d12 + `)(?:` + optSp + `/` + optSp + `(` + d4 + `))?` + sp + `(?:đến|tới)` + sp + `(?:hết` + sp + `)?tháng` + sp + monthRe + `)`, []string{"trong", "kể", "từ"}, "từ"},
	// A period whose first day is written short, its month and year
	// those of the last day, or its year alone: "từ ngày 19 đến ngày 26
	// tháng 12 năm 2026", "từ ngày 19/12 đến ngày 26/12/2026", "từ 19 -
	// 26/12/2026" (range_short.go). A first day of a number alone is
	// joined to a last day without an hour: "từ 7 đến 11 giờ ngày ..."
	// is a span of hours.
	{"range_short", `(?:trong` + sp + `thời` + sp + `gian` + sp + `)?(?:kể` + sp + `)?từ` + sp + `(?:` + rangeDay + `(` + d12 + `)(?:` + shortMonth + `)?(?:` + optSp + `\))?(?:` + optSp + weekdayAside + `)?` + rangeJoin +
		`|(` + d12 + `)(?:` + shortMonth + `)?` + bareJoin + `)` + dateRe + `(?:` + optSp + `\))?`, []string{"trong", "kể", "từ"}, "từ"},
	{"from", `(?:bắt` + sp + `đầu` + sp + `)?(?:kể` + sp + `)?từ` + sp + `(?:ngày` + sp + dateRe + `|tháng` + sp + monthRe + `)`, []string{"bắt", "kể", "từ"}, "từ"},
	{"month", `(?:(?:trong|vào|cuối|đầu)` + sp + `|` + termWords + `(?:(?:trong|vào)` + sp + `)?)tháng` + sp + monthRe, []string{"trong", "vào", "cuối", "đầu", "thời", "hạn", "hoàn"}, "tháng"},
	{"quarter", `(?:(?:trong|trước|vào|cuối)` + sp + `|` + endWords + mark + `(?:(?:trong|vào)` + sp + `)?|` + termHead + optSp + `:?` + mark + `(?:(?:trong|vào)` + sp + `)?)quý` + sp + quarterRe,
		[]string{"trong", "trước", "vào", "cuối", "chậm", "đến", "không", "thời", "hạn"}, "quý"},
	{"every", `định` + sp + `kỳ` + sp + hang + sp + unitRe + `(?:` + optSp + `\(` + optSp + `trước` + sp + `ngày` + sp + `(` + d12 + `)` + optSp + `\))?`, []string{"định"}, "kỳ"},
	{"every_n", `(?:định` + sp + `kỳ` + sp + `)?(` + d12 + `)` + sp + unitRe + perTime, []string{"định", ""}, "lần"},
	{"every_k", `định` + sp + `kỳ` + sp + `(` + d12 + `)` + sp + unitRe, []string{"định"}, "kỳ"},
	{"every_day", hang + sp + unitRe + optSp + `\(` + optSp + `trước` + sp + `ngày` + sp + `(` + d12 + `)` + optSp + `\)`, hangFirst, "trước"},
	{"every_bare", hang + sp + unitRe, hangFirst, ""},
	{"every_by", byWords + `(?:` + sp + `vào)?` + mark + `ngày` + sp + `(` + d12 + `)` + sp + hang + sp + unitRe, byFirst, "ngày"},
	// A day without its year: "trước ngày 15/12", "chậm nhất ngày 15
	// tháng 12" (deadline_no_year.go).
	{"by_no_year", byWords + `(?:` + optSp + `:)?` + mark + `(?:vào` + sp + `)?(?:` + hourRe + `)?` + dayNamed + `(` + d12 + `)(?:` + optSp + `/` + optSp + `|` + sp + `tháng` + sp + `)(` + d12 + `)\b(?:` + optSp + `\))?`, byFirst, "ngày|thứ|nhật"},
}

// The first words of byWords, termHead, endWords and hang.
var (
	byFirst   = []string{"trước", "chậm", "không", "đến", "hạn"}
	termFirst = []string{"thời", "hạn"}
	endFirst  = []string{"chậm", "đến", "không"}
	hangFirst = []string{"hằng", "hàng"}
)

// A deadlineAlt is one alternative of the deadline pattern: its name
// (readDeadline's), its expression, the words it can start with, in
// small letters ("" for a number), and a word every match of it holds
// ("" for none listed; words joined by "|": one of them): an
// alternative is compiled and tried only where that word stands in the
// window, so that a process whose notices hold
// "trước" or "thời" but no deadline does not compile it
// (TestDeadlineNeeds).
type deadlineAlt struct {
	name  string
	expr  string
	first []string
	need  string
}

// deadlineRes are the expressions of deadlineAlts, each anchored where it
// is applied and compiled on first use; group 1 is the whole alternative.
var deadlineRes = func() []func() *regexp.Regexp {
	res := make([]func() *regexp.Regexp, len(deadlineAlts))
	for i, a := range deadlineAlts {
		res[i] = lazyre.New(`(?i)^(` + a.expr + `)`)
	}
	return res
}()

// matchDeadline matches the deadline pattern at the start of window,
// where word stands (in small letters; "" for a number): the alternatives
// that can start with word are tried in turn. It returns the name of the
// one that matched and its submatches.
func matchDeadline(window, word string) (string, []int) {
	for i, a := range deadlineAlts {
		if !slices.Contains(a.first, word) || !foldContainsAny(window, a.need) {
			continue
		}
		if m := deadlineRes[i]().FindStringSubmatchIndex(window); m != nil {
			return a.name, m
		}
	}
	return "", nil
}

// foldContainsAny reports whether one of the words joined by "|" in lits
// stands somewhere in s (foldContains); true for "".
func foldContainsAny(s, lits string) bool {
	if lits == "" {
		return true
	}
	for {
		lit, rest, more := strings.Cut(lits, "|")
		if foldContains(s, lit) {
			return true
		}
		if !more {
			return false
		}
		lits = rest
	}
}

// foldContains reports whether lit stands somewhere in s as a (?i)
// expression matches it (foldLiteral); true for "".
func foldContains(s, lit string) bool {
	if lit == "" {
		return true
	}
	var first [256]bool // the first bytes of the runes lit's first rune folds to
	var buf [utf8.UTFMax]byte
	f, _ := utf8.DecodeRuneInString(lit)
	for r := f; ; {
		first[utf8.AppendRune(buf[:0], r)[0]] = true
		if r = unicode.SimpleFold(r); r == f {
			break
		}
	}
	for i := 0; i < len(s); i++ {
		if first[s[i]] && foldLiteral(s, i, lit) >= 0 {
			return true
		}
	}
	return false
}

// deadlineTriggers are the words a deadline can start with: the reader
// tries the pattern only where one of them stands, which keeps it fast.
var deadlineTriggers = map[string]bool{
	"trước": true, "chậm": true, "không": true, "đến": true, "bắt": true, "kể": true, "từ": true,
	"trong": true, "vào": true, "cuối": true, "đầu": true, "thời": true, "hoàn": true, "hạn": true,
	"định": true, "hằng": true, "hàng": true,
}

// deadlineWindow is the longest stretch a deadline can take, in bytes.
const deadlineWindow = 200

// A deadline names a day, a month, a quarter or a number of periods in
// digits within digitWindow bytes of its first word, but for the
// recurring ones that start with recurringWords ("định kỳ hằng tháng"):
// where neither stands, the pattern is not tried.
const digitWindow = 100

var recurringWords = map[string]bool{"định": true, "hằng": true, "hàng": true}

// FindDeadlines returns every deadline in s, in order; a day without its
// year is not read (FindDeadlinesDated).
func FindDeadlines(s string) []Deadline { return findDeadlines(s, Date{}) }

func findDeadlines(s string, issued Date) []Deadline {
	var out []Deadline
	next := 0
	numbers := strings.Contains(s, "lần") // "02 tuần/lần" starts with a number
	digit := nextDigit(s, 0)              // the first digit from i on
	for i := 0; i < len(s); {
		if i+digitWindow <= digit {
			// No digit within reach: only a recurring word can start a
			// deadline here (and a number, when the digit is reached).
			i = max(i, min(digit-digitWindow+1, nextRecurring(s, i)))
			if i >= len(s) {
				break
			}
		}
		r, w := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(s[i:])
		}
		isDigit := r >= '0' && r <= '9'
		if !letterRune(r) && !(isDigit && numbers) || i < next || !wordStart(s, i) {
			i += w
			if i > digit {
				digit = nextDigit(s, i)
			}
			continue
		}
		j := wordEnd(s, i, isDigit)
		word := ""
		if !isDigit && mayTrigger(s[i]) {
			word = lowerWord(s[i:j])
		}
		if isDigit || deadlineTriggers[word] && (recurringWords[word] || i+digitWindow > digit) {
			out, next = deadlineAt(s, i, j, word, isDigit, issued, out, next)
		}
		i = j
		if i > digit {
			digit = nextDigit(s, i)
		}
	}
	return out
}

// deadlineAt reads the deadline that starts at the word s[i:j] (word in
// lower case; digits when it is a number), if one does, appended to out;
// next is where the next deadline may start. issued is the date of the
// notice s is read from, which gives a day without its year its year.
func deadlineAt(s string, i, j int, word string, isDigit bool, issued Date, out []Deadline, next int) ([]Deadline, int) {
	if !mayStartDeadline(s, i, j, word, isDigit) {
		return out, next
	}
	window := s[i:min(len(s), i+deadlineWindow)]
	if name, m := matchDeadline(window, word); m != nil {
		for k := range m {
			if m[k] >= 0 {
				m[k] += i
			}
		}
		if d, ok := readDeadline(s, name, m, issued); ok {
			d.Text, d.Off, d.End = trimMarks(s, m[0], m[1])
			out = append(out, d)
			next = m[1]
		}
	}
	return out, next
}

// DeadlineWord reports whether a word of letters (valid UTF-8) may start
// a deadline, in any case: FindDeadlinesIn is given only such words.
func DeadlineWord(w string) bool {
	return w != "" && mayTrigger(w[0]) && deadlineTriggers[lowerWord(w)]
}

// FindDeadlinesIn is FindDeadlines(s) for a caller that has split s into
// its words already: words holds the bounds, in order, of every word of s
// that FindDeadlines would read as one (a run of letters, unicode.IsLetter,
// with neither a letter nor a digit before it) and DeadlineWord holds of;
// s is valid UTF-8 and holds no "lần", after which numbers start
// deadlines too (FindDeadlines reads such a text).
func FindDeadlinesIn(s string, words [][2]int) []Deadline {
	return FindDeadlinesInDated(s, words, Date{})
}

// FindDeadlinesInDated is FindDeadlinesDated(s, issued) for a caller that
// has split s into its words, as FindDeadlinesIn.
func FindDeadlinesInDated(s string, words [][2]int, issued Date) []Deadline {
	var out []Deadline
	next, digit := 0, -1
	for _, w := range words {
		i, j := w[0], w[1]
		if i < next {
			continue
		}
		if digit < i {
			digit = nextDigit(s, i)
		}
		word := lowerWord(s[i:j])
		if recurringWords[word] || i+digitWindow > digit {
			out, next = deadlineAt(s, i, j, word, false, issued, out, next)
		}
	}
	return out
}

// nextDigit is the offset of the first ASCII digit of s from i on; when
// there is none, an offset beyond len(s)+digitWindow, so that no word of
// s has a digit within reach.
func nextDigit(s string, i int) int {
	for ; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			return i
		}
	}
	return len(s) + digitWindow
}

// nextRecurring is the offset of the first byte from i on that can start
// one of recurringWords in any case (h, H, and the first byte of đ and Đ),
// len(s) when none.
func nextRecurring(s string, i int) int {
	for ; i < len(s); i++ {
		if c := s[i]; c|0x20 == 'h' || c == 0xC4 {
			return i
		}
	}
	return len(s)
}

// letterRune is isLetter, an ASCII rune tested in place.
func letterRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r|0x20 && r|0x20 <= 'z'
	}
	return isLetter(r)
}

// wordEnd is the end of the run of ASCII digits (digit) or of letters
// at s[i:], ASCII bytes read without decoding.
func wordEnd(s string, i int, digit bool) int {
	j := i
	for j < len(s) {
		if c := s[j]; c < utf8.RuneSelf {
			if digit && (c < '0' || c > '9') || !digit && !('a' <= c|0x20 && c|0x20 <= 'z') {
				break
			}
			j++
			continue
		}
		if digit {
			break
		}
		r, w := utf8.DecodeRuneInString(s[j:])
		if !isLetter(r) {
			break
		}
		j += w
	}
	return j
}

// mayTrigger reports whether a word that starts with byte c may be one of
// deadlineTriggers in some case: an ASCII letter that starts one in either
// case, or any other letter (Đ, and those whose lower case is ASCII, as
// the Kelvin sign's is k). A word that may not is not folded.
func mayTrigger(c byte) bool {
	return c >= utf8.RuneSelf || strings.IndexByte("tckbvh", c|0x20) >= 0
}

// wordStart reports whether offset i of s begins a word.
func wordStart(s string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// clauseStart reports whether offset i of s begins a clause: nothing but
// white space and punctuation stands between it and the start of s or the
// end of the clause before.
func clauseStart(s string, i int) bool {
	t := strings.TrimRight(s[:i], " \t\u00a0*_")
	if t == "" {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(t)
	return strings.ContainsRune(".;:,()-+–", r)
}

func trimMarks(s string, off, end int) (string, int, int) {
	for end > off && strings.ContainsRune("*_ ", rune(s[end-1])) {
		end--
	}
	return s[off:end], off, end
}

// readDeadline turns one match of the alternative name into a Deadline,
// and false for a match that is not one after all ("hằng năm" in the
// middle of a clause is a manner of speaking: "khen thưởng hằng năm").
// Submatch k has bounds m[2k], m[2k+1]; group 1 is the alternative, its
// numbered groups follow. issued is the notice's date (noYear).
func readDeadline(s, name string, m []int, issued Date) (Deadline, bool) {
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
	month := func(k int) Date { return Date{num(k + 1), num(k), 0} } // k is the month of a monthRe
	unit := func(k int) string { return strings.ToLower(group(k)) }
	const k = 1
	switch name {
	case "by", "by_weekday", "by_term":
		return Deadline{Kind: By, Date: date(k + 1)}, true
	case "by_bare":
		return Deadline{Kind: By, Date: Date{num(k + 3), num(k + 2), num(k + 1)}}, true
	case "before_month":
		first := Date{num(k + 2), num(k + 1), 1}
		if !first.IsReal() {
			return Deadline{Kind: By, Date: Date{num(k + 2), num(k + 1), 0}}, true
		}
		return Deadline{Kind: By, Date: first.AddDays(-1)}, true
	case "end_month", "month":
		return Deadline{Kind: InMonth, Date: month(k + 1), Part: partAt(s, m[0])}, true
	case "range":
		if group(k+1) != "" || group(k+4) != "" {
			return Deadline{Kind: Between, Date: date(k + 1), Until: date(k + 7)}, !LunarAfter(s[m[1]:])
		}
		until := month(k + 15)
		first := Date{num(k + 14), num(k + 13), 0}
		if first.Year == 0 {
			first.Year = until.Year
		}
		return Deadline{Kind: Between, Date: first, Until: until}, true
	case "range_short":
		return rangeShort(s, m, date(k+5), num(k+1)+num(k+3), num(k+2)+num(k+4))
	case "from":
		if group(k+1) != "" || group(k+4) != "" {
			return Deadline{Kind: From, Date: date(k + 1)}, true
		}
		return Deadline{Kind: From, Date: month(k + 7)}, true
	case "quarter":
		return Deadline{Kind: InQuarter, Quarter: quarter(group(k + 1)), Date: Date{Year: num(k + 2)}, Part: partAt(s, m[0])}, true
	case "every", "every_day":
		return Deadline{Kind: Every, Every: unit(k + 1), EveryDay: num(k + 2)}, true
	case "every_n", "every_k":
		n := num(k + 1)
		if n < 1 {
			return Deadline{}, false
		}
		return Deadline{Kind: Every, Every: unit(k + 2), Interval: n}, true
	case "by_no_year":
		return noYear(s, m[0], m[1], num(k+1), num(k+2), issued)
	case "every_by":
		return Deadline{Kind: Every, Every: unit(k + 2), EveryDay: num(k + 1)}, true
	case "every_bare":
		u := unit(k + 1)
		if (u == "ngày" || u == "năm") && !clauseStart(s, m[0]) {
			return Deadline{}, false
		}
		return Deadline{Kind: Every, Every: u}, true
	}
	return Deadline{}, false
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
	bareDateRe    = lazyre.New(`(?i)^(?:ngày` + sp + `)?` + dateRe + `$`)
	bareMonthRe   = lazyre.New(`(?i)^tháng` + sp + monthRe + `$`)
	bareQuarterRe = lazyre.New(`(?i)^quý` + sp + quarterRe + `$`)
	// bareYearRe is a whole year given as a source's deadline, "trong năm
	// 2025": the months January to December, written as typed.
	bareYearRe = lazyre.New(`(?i)^(?:trong` + sp + `)?năm` + sp + `(` + d4 + `)$`)
)

// ParseDeadline reads a deadline given on its own, as in a notice source:
// an ISO date ("2023-02-28", a day to finish by) or month ("2023-06"), a bare
// date or month in Vietnamese ("28/02/2023", "tháng 02/2025"), or any phrase
// FindDeadlines knows ("trước ngày 28/02/2023", "định kỳ hằng tháng (trước
// ngày 20)"). The dates must be real.
//
// A date typed with hyphens or dots between day, month and year
// ("15-4-2026", "trước ngày 15.4.2026") is read as written with slashes, and
// its Text is written so: the notice writes the decree's "15/4/2026".
func ParseDeadline(s string) (Deadline, error) {
	t := strings.TrimSpace(s)
	d, err := parseDeadlineForm(t)
	if err != nil && !errors.Is(err, ErrNotReal) {
		if sl := slashDates(t); sl != t {
			if e, err2 := parseDeadlineForm(sl); err2 == nil || errors.Is(err2, ErrNotReal) {
				d, err, t = e, err2, sl
			}
		}
	}
	if err != nil && !errors.Is(err, ErrNotReal) {
		for _, c := range []string{t, slashDates(t)} {
			if e, text, ok, err2 := parseClerkForm(c); ok {
				d, err, t = e, err2, text
				break
			}
		}
	}
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
	if m := bareDateRe().FindStringSubmatch(t); m != nil {
		return Deadline{Kind: By, Date: dateFromGroups(m[1:])}, nil
	}
	if m := bareMonthRe().FindStringSubmatch(t); m != nil {
		y, _ := strconv.Atoi(m[2])
		mo, _ := strconv.Atoi(m[1])
		return Deadline{Kind: InMonth, Date: Date{y, mo, 0}}, nil
	}
	if m := bareQuarterRe().FindStringSubmatch(t); m != nil {
		y, _ := strconv.Atoi(m[2])
		return Deadline{Kind: InQuarter, Quarter: quarter(m[1]), Date: Date{Year: y}}, nil
	}
	if m := bareYearRe().FindStringSubmatch(t); m != nil {
		y, _ := strconv.Atoi(m[1])
		return Deadline{Kind: Between, Date: Date{Year: y, Month: 1}, Until: Date{Year: y, Month: 12}}, nil
	}
	// A word of "by" before a date without "ngày" ("trước 15/7/2026") is
	// read by parseClerkForm, which writes "ngày" in.
	found := FindDeadlines(t)
	if len(found) == 1 && found[0].Off == 0 && strings.TrimRight(t[found[0].End:], " .;*_") == "" && !clerkByRe().MatchString(t) {
		return found[0], nil
	}
	return Deadline{}, fmt.Errorf("%q is not a deadline this tool can read; write a date such as 2023-02-28, or words such as \"trước ngày 28/02/2023\", \"trong tháng 6/2023\", \"định kỳ hằng tháng (trước ngày 20)\"", t)
}

// dashDateRe is a day, month and year joined by hyphens or dots, "15-4-2026".
var dashDateRe = lazyre.New(`\b\d\d?[-.]\d\d?[-.]\d\d\d\d\b`)

// slashDates writes each date typed with hyphens or dots with slashes.
func slashDates(s string) string {
	if !strings.ContainsAny(s, "-.") {
		return s
	}
	return dashDateRe().ReplaceAllStringFunc(s, func(m string) string {
		return strings.NewReplacer("-", "/", ".", "/").Replace(m)
	})
}

func dateFromGroups(g []string) Date {
	n := func(i int) int { v, _ := strconv.Atoi(g[i]); return v }
	if g[0] != "" {
		return Date{n(2), n(1), n(0)}
	}
	return Date{n(5), n(4), n(3)}
}
