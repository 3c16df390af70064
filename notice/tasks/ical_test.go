package tasks

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/cite"
)

// allSeeds is the register of every seed notice, as TOML and as text.
func allSeeds(t testing.TB) *Register {
	var entries []Entry
	for _, s := range []string{"000", "001", "002", "003", "004"} {
		for _, ext := range []string{".toml", ".txt"} {
			tasks := readSeed(t, s+ext)
			if len(tasks) > 0 {
				entries = append(entries, Entry{Notice: tasks[0].Notice, Tasks: tasks})
			}
		}
	}
	return Build(entries)
}

func icsOf(t *testing.T, list []Task, today string) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := WriteICS(&b, list, PrintOptions{Today: date(today), DueWithin: 14}); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestICS validates the calendar of every seed's tasks as RFC 5545 asks:
// CRLF line ends, lines folded at 75 octets without cutting a character,
// components nested and closed, the properties a VTODO must have once,
// dates that exist, DUE after DTSTART, RRULEs of the grammar, TEXT
// escaped; and UIDs that are unique and the same from run to run.
func TestICS(t *testing.T) {
	r := allSeeds(t)
	list := r.Select(Query{Today: date("2024-10-25"), DueWithin: 14})
	out := icsOf(t, list, "2024-10-25")
	todos := validateICS(t, out)
	dated := 0
	for _, x := range list {
		if x.Due.Kind != DueNone {
			dated++
		}
	}
	if len(todos) != dated {
		t.Errorf("%d VTODOs, want one per task with a day: %d", len(todos), dated)
	}
	uids := map[string]bool{}
	for _, todo := range todos {
		uid := todo["UID"][0]
		if uids[uid] {
			t.Errorf("UID %s twice", uid)
		}
		uids[uid] = true
		if got := todo["DTSTAMP"][0]; got != "20241025T000000Z" {
			t.Errorf("DTSTAMP %s, want the register's day", got)
		}
	}
	// The same input gives the same bytes: UIDs are stable across runs,
	// whatever order the files were read in.
	again := Build(reversed(r)).Select(Query{Today: date("2024-10-25"), DueWithin: 14})
	if !bytes.Equal(icsOf(t, again, "2024-10-25"), out) {
		t.Error("a second run gave another calendar")
	}
}

func reversed(r *Register) []Entry {
	by := map[*Notice][]Task{}
	for _, x := range r.Tasks {
		by[x.Notice] = append(by[x.Notice], x)
	}
	var out []Entry
	for i := len(r.Notices) - 1; i >= 0; i-- {
		out = append(out, Entry{Notice: r.Notices[i], Tasks: by[r.Notices[i]]})
	}
	return out
}

var (
	contentLine = regexp.MustCompile(`^([A-Z][A-Z0-9-]*)((?:;[A-Z0-9-]+=[^;:]*)*):(.*)$`)
	icsDateRe   = regexp.MustCompile(`^\d{8}$`)
	rrulePart   = map[string]*regexp.Regexp{
		"FREQ":       regexp.MustCompile(`^(?:SECONDLY|MINUTELY|HOURLY|DAILY|WEEKLY|MONTHLY|YEARLY)$`),
		"INTERVAL":   regexp.MustCompile(`^[1-9]\d*$`),
		"BYMONTHDAY": regexp.MustCompile(`^[+-]?(?:[1-9]|[12]\d|3[01])$`),
		"BYMONTH":    regexp.MustCompile(`^(?:[1-9]|1[0-2])$`),
	}
)

// validateICS checks a calendar and returns its VTODOs, each as its
// properties' values (unescaped for TEXT) by name.
func validateICS(t *testing.T, b []byte) []map[string][]string {
	t.Helper()
	if !bytes.HasSuffix(b, []byte("\r\n")) || bytes.Contains(bytes.ReplaceAll(b, []byte("\r\n"), nil), []byte("\n")) ||
		bytes.Contains(bytes.ReplaceAll(b, []byte("\r\n"), nil), []byte("\r")) {
		t.Fatal("lines must end with CRLF, and only they")
	}
	physical := strings.Split(strings.TrimSuffix(string(b), "\r\n"), "\r\n")
	var lines []string
	for i, p := range physical {
		if len(p) > 75 {
			t.Errorf("line %d has %d octets: %q", i+1, len(p), p)
		}
		if !utf8.ValidString(p) {
			t.Errorf("line %d cuts a character: %q", i+1, p)
		}
		if strings.HasPrefix(p, " ") {
			if len(lines) == 0 {
				t.Fatalf("line %d continues nothing", i+1)
			}
			lines[len(lines)-1] += p[1:]
			continue
		}
		lines = append(lines, p)
	}
	var stack []string
	var todos []map[string][]string
	var todo map[string][]string
	seen := map[string]bool{}
	for _, l := range lines {
		m := contentLine.FindStringSubmatch(l)
		if m == nil {
			t.Errorf("not a content line: %q", l)
			continue
		}
		name, params, value := m[1], m[2], m[3]
		switch name {
		case "BEGIN":
			stack = append(stack, value)
			if value == "VTODO" {
				todo = map[string][]string{}
			}
			continue
		case "END":
			if len(stack) == 0 || stack[len(stack)-1] != value {
				t.Fatalf("END:%s closes %v", value, stack)
			}
			stack = stack[:len(stack)-1]
			if value == "VTODO" {
				checkTodo(t, todo)
				todos = append(todos, todo)
				todo = nil
			}
			continue
		}
		if len(stack) == 1 {
			seen[name] = true
		}
		switch name {
		case "SUMMARY", "DESCRIPTION", "CATEGORIES", "X-WR-CALNAME":
			value = unescapeText(t, value)
		case "DUE", "DTSTART":
			if params != ";VALUE=DATE" || !icsDateRe.MatchString(value) || !realDay(value) {
				t.Errorf("%s%s:%s is not a date that exists", name, params, value)
			}
		case "RRULE":
			checkRRule(t, value)
		}
		if todo != nil {
			todo[name] = append(todo[name], value)
		}
	}
	if len(stack) != 0 {
		t.Errorf("left open: %v", stack)
	}
	for _, p := range []string{"VERSION", "PRODID"} {
		if !seen[p] {
			t.Errorf("the calendar has no %s", p)
		}
	}
	return todos
}

func checkTodo(t *testing.T, todo map[string][]string) {
	for _, p := range []string{"UID", "DTSTAMP", "SUMMARY"} {
		if len(todo[p]) != 1 {
			t.Errorf("VTODO %v has %d %s", todo["UID"], len(todo[p]), p)
		}
	}
	for _, p := range []string{"DUE", "DTSTART", "RRULE", "DESCRIPTION"} {
		if len(todo[p]) > 1 {
			t.Errorf("VTODO %v has %d %s", todo["UID"], len(todo[p]), p)
		}
	}
	if len(todo["DUE"]) == 0 && len(todo["DTSTART"]) == 0 {
		t.Errorf("VTODO %v has no day", todo["UID"])
	}
	if len(todo["DUE"]) == 1 && len(todo["DTSTART"]) == 1 && todo["DUE"][0] <= todo["DTSTART"][0] {
		t.Errorf("VTODO %v: DUE %s is not after DTSTART %s", todo["UID"], todo["DUE"][0], todo["DTSTART"][0])
	}
	if len(todo["RRULE"]) == 1 && len(todo["DTSTART"]) == 0 {
		t.Errorf("VTODO %v recurs from no DTSTART", todo["UID"])
	}
}

func realDay(s string) bool {
	y, _ := strconv.Atoi(s[:4])
	m, _ := strconv.Atoi(s[4:6])
	d, _ := strconv.Atoi(s[6:])
	return cite.Date{Year: y, Month: m, Day: d}.IsReal()
}

func checkRRule(t *testing.T, v string) {
	parts := strings.Split(v, ";")
	if !strings.HasPrefix(parts[0], "FREQ=") {
		t.Errorf("RRULE %q does not start with FREQ", v)
	}
	seen := map[string]bool{}
	for _, p := range parts {
		k, val, ok := strings.Cut(p, "=")
		re := rrulePart[k]
		if !ok || re == nil || !re.MatchString(val) || seen[k] {
			t.Errorf("RRULE %q: bad part %q", v, p)
		}
		seen[k] = true
	}
}

// unescapeText reads a TEXT value back, failing on a ";" or "," left
// unescaped and on an escape RFC 5545 does not know.
func unescapeText(t *testing.T, v string) string {
	var b strings.Builder
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case c == '\\' && i+1 < len(v):
			i++
			switch v[i] {
			case 'n', 'N':
				b.WriteByte('\n')
			case '\\', ';', ',':
				b.WriteByte(v[i])
			default:
				t.Errorf("unknown escape \\%c in %q", v[i], v)
			}
		case c == ';' || c == ',' || c == '\\':
			t.Errorf("%c unescaped in %q", c, v)
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// TestICSText: long Vietnamese text folds between characters and reads
// back whole; commas, semicolons, backslashes and line breaks escape.
func TestICSText(t *testing.T) {
	n := &Notice{Path: "a.toml", Number: "12/TB-UBND", Date: date("2024-10-14"), Subject: "Kết luận; về việc, \\ thử"}
	long := strings.Repeat("Rà soát, kiện toàn Ban Chỉ đạo Chuyển đổi số; ", 8)
	task := Task{Owner: "Sở Tài chính, Sở Nội vụ", Short: "Rà soát; kiện toàn", Text: long + "\nxong", Notice: n,
		Due: Due{Kind: DueDate, Text: "trước ngày 20/10/2024", Date: date("2024-10-20")}, UID: "x@thongbao"}
	todos := validateICS(t, icsOf(t, []Task{task}, "2024-10-14"))
	if len(todos) != 1 {
		t.Fatalf("%d VTODOs", len(todos))
	}
	if d := todos[0]["DESCRIPTION"][0]; !strings.HasPrefix(d, long+"\nxong\n") {
		t.Errorf("DESCRIPTION reads back as %q", d)
	}
	if c := todos[0]["CATEGORIES"][0]; c != "Sở Tài chính, Sở Nội vụ" {
		t.Errorf("CATEGORIES reads back as %q", c)
	}
	if s := todos[0]["SUMMARY"][0]; s != "Sở Tài chính, Sở Nội vụ: Rà soát; kiện toàn" {
		t.Errorf("SUMMARY reads back as %q", s)
	}
}
