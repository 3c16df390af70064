package tasks

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
)

// WriteICS writes the tasks that have a day as an iCalendar file (RFC
// 5545) for the office calendar: one VTODO per task. A task due by a day
// has DUE (a date: "trước ngày 20/10/2024" is DUE 20241020); one due
// within a month, a quarter or a range has DTSTART on its first day and
// DUE on its last; one that starts on a day has DTSTART; a recurring one
// has DTSTART on its first time and an RRULE. Tasks with no deadline are
// left out. Each UID comes from the notice that first set the task and
// the task, so importing the file again updates what the last import
// made; DTSTAMP is the day of the register (--today or
// SOURCE_DATE_EPOCH), never the clock, so the same input gives the same
// bytes. Lines end with CRLF and are folded at 75 octets, never inside a
// character.
func WriteICS(w io.Writer, list []Task, o PrintOptions) error {
	bw := bufio.NewWriter(w)
	f := &icsWriter{w: bw}
	lang := strings.ToUpper(o.Lang.String())
	f.line("BEGIN:VCALENDAR")
	f.line("VERSION:2.0")
	f.line("PRODID:-//thongbao//thongbao tasks//" + lang)
	f.line("CALSCALE:GREGORIAN")
	f.text("X-WR-CALNAME", diag.Msg("Theo dõi thực hiện kết luận", "Following up conclusions").In(o.Lang))
	stamp := icsDate(o.Today) + "T000000Z"
	for _, t := range list {
		if t.Due.Kind == DueNone {
			continue
		}
		f.line("BEGIN:VTODO")
		f.line("UID:" + t.UID)
		f.line("DTSTAMP:" + stamp)
		f.text("SUMMARY", summaryOf(t, o.Lang))
		f.text("DESCRIPTION", descriptionOf(t, o.Lang))
		if t.Owner != "" {
			f.text("CATEGORIES", t.Owner)
		}
		switch t.Due.Kind {
		case DueDate:
			if !t.Due.Start.IsZero() && t.Due.Start.Compare(t.Due.Date) < 0 {
				f.line("DTSTART;VALUE=DATE:" + icsDate(t.Due.Start))
			}
			f.line("DUE;VALUE=DATE:" + icsDate(t.Due.Date))
		case DueStart:
			f.line("DTSTART;VALUE=DATE:" + icsDate(t.Due.Start))
		case DueRecurring:
			f.line("DTSTART;VALUE=DATE:" + icsDate(t.Due.Start))
			f.line("RRULE:" + t.Due.Rule.String())
		}
		f.line("STATUS:NEEDS-ACTION")
		f.line("END:VTODO")
	}
	f.line("END:VCALENDAR")
	if f.err != nil {
		return f.err
	}
	return bw.Flush()
}

func summaryOf(t Task, lang diag.Lang) string {
	s := ownerName(t, lang) + ": " + t.Short
	if r := t.Role.Label(lang); r != "" {
		s += " (" + r + ")"
	}
	return s
}

func descriptionOf(t Task, lang diag.Lang) string {
	lines := []string{t.Text}
	if t.Due.Text != "" {
		lines = append(lines, diag.Msg("Thời hạn: %s", "Deadline: %s", t.Due.Text).In(lang))
	}
	lines = append(lines, diag.Msg("Thông báo %s: %s", "Notice %s: %s", t.Notice.Ref(lang), t.Notice.Subject).In(lang), where(t, lang))
	if h := historyText(t, lang); h != "" {
		lines = append(lines, diag.Msg("Lịch sử: %s", "History: %s", h).In(lang))
	}
	return strings.Join(lines, "\n")
}

func icsDate(d cite.Date) string { return fmt.Sprintf("%04d%02d%02d", d.Year, d.Month, d.Day) }

// icsWriter writes content lines: folded, CRLF-ended.
type icsWriter struct {
	w   *bufio.Writer
	err error
}

// text writes a property of type TEXT, escaped.
func (f *icsWriter) text(name, value string) { f.line(name + ":" + escapeText(value)) }

// line writes one content line, folded at 75 octets: a longer line is
// cut before the character that would pass the limit, and goes on in a
// line that starts with a space.
func (f *icsWriter) line(s string) {
	if f.err != nil {
		return
	}
	limit := 75
	for len(s) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		f.write(s[:cut] + "\r\n ")
		s = s[cut:]
		limit = 74 // the leading space counts
	}
	f.write(s + "\r\n")
}

func (f *icsWriter) write(s string) {
	if f.err == nil {
		_, f.err = f.w.WriteString(s)
	}
}

// escapeText escapes a TEXT value (RFC 5545 §3.3.11): backslash,
// semicolon, comma and newline.
var textEscaper = strings.NewReplacer(`\`, `\\`, ";", `\;`, ",", `\,`, "\r\n", `\n`, "\n", `\n`, "\r", `\n`)

func escapeText(s string) string { return textEscaper.Replace(s) }
