package tasks

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
)

// csvHeader names the columns of the CSV.
var csvHeader = []diag.Text{
	diag.Msg("Đơn vị", "Owner"), diag.Msg("Vai trò", "Role"), diag.Msg("Nhiệm vụ", "Task"),
	diag.Msg("Nội dung", "Text"), diag.Msg("Thời hạn", "Deadline"), diag.Msg("Hạn", "Due"),
	diag.Msg("Bắt đầu", "Start"), diag.Msg("Lặp lại", "Repeats"), diag.Msg("Trạng thái", "Status"),
	diag.Msg("Số văn bản", "Notice number"), diag.Msg("Ngày văn bản", "Notice date"),
	diag.Msg("Trích yếu", "Subject"), diag.Msg("Tệp", "File"), diag.Msg("Dòng", "Line"),
	diag.Msg("Lịch sử", "History"), diag.Msg("Mã", "UID"),
}

// WriteCSV writes the tasks as CSV that a spreadsheet opens with the
// Vietnamese right: UTF-8 with a byte order mark, one header row, fields
// quoted as RFC 4180 asks, lines ended with CRLF, days as YYYY-MM-DD
// (which Excel reads as dates whatever its locale). A field that a
// spreadsheet would take for a formula (starting with =, +, - or @) is
// led by an apostrophe.
func WriteCSV(w io.Writer, list []Task, o PrintOptions) error {
	if _, err := io.WriteString(w, "\uFEFF"); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	head := make([]string, len(csvHeader))
	for i, h := range csvHeader {
		head[i] = h.In(o.Lang)
	}
	if err := cw.Write(head); err != nil {
		return err
	}
	for _, t := range list {
		row := []string{
			t.Owner, t.Role.Label(o.Lang), t.Short, t.Text, t.Due.Text, iso(dueDay(t)), iso(t.Due.Start),
			t.Due.Rule.String(), t.Status.Label(o.Lang), t.Notice.Number, iso(t.Notice.Date), t.Notice.Subject,
			diag.PathIn(t.Pos.Path, o.Lang), strconv.Itoa(t.Pos.Line), historyText(t, o.Lang), t.UID,
		}
		for i := range row {
			row[i] = noFormula(row[i])
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// dueDay is the day a task is due: its deadline, or a recurring task's
// next time.
func dueDay(t Task) cite.Date {
	if t.Due.Kind == DueRecurring {
		return t.Next
	}
	return t.Due.Date
}

func iso(d cite.Date) string {
	if d.IsZero() {
		return ""
	}
	return d.ISO()
}

// noFormula leads a field that a spreadsheet would read as a formula with
// an apostrophe.
func noFormula(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
