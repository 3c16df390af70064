package tasks

import (
	"bytes"
	"encoding/csv"
	"testing"

	"github.com/thongbao/thongbao/notice/diag"
)

// TestCSV reads the CSV back as a spreadsheet does: the byte order mark
// that makes Excel read UTF-8, one header row, every field as written
// (Vietnamese, commas, quotes, line breaks), CRLF line ends.
func TestCSV(t *testing.T) {
	list := allSeeds(t).Select(Query{Today: date("2024-10-25"), DueWithin: 14})
	odd := Task{Owner: `Sở "Tài chính", Nội vụ`, Short: "-1 ý kiến", Text: "dòng một\ndòng hai; ba", Notice: list[0].Notice, Pos: list[0].Pos}
	list = append(list, odd)
	for _, lang := range []diag.Lang{diag.VI, diag.EN} {
		var b bytes.Buffer
		if err := WriteCSV(&b, list, PrintOptions{Lang: lang, Today: date("2024-10-25"), DueWithin: 14}); err != nil {
			t.Fatal(err)
		}
		raw := b.Bytes()
		if !bytes.HasPrefix(raw, []byte("\xEF\xBB\xBF")) {
			t.Fatal("no byte order mark")
		}
		if bytes.Contains(bytes.ReplaceAll(raw, []byte("\r\n"), nil), []byte("\n")) {
			t.Error("lines must end with CRLF")
		}
		rows, err := csv.NewReader(bytes.NewReader(raw[3:])).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) != len(list)+1 {
			t.Fatalf("%d rows, want a header and %d", len(rows), len(list))
		}
		if lang == diag.VI && (rows[0][0] != "Đơn vị" || rows[0][8] != "Trạng thái") || lang == diag.EN && rows[0][0] != "Owner" {
			t.Errorf("header %q", rows[0])
		}
		for i, x := range list {
			row := rows[i+1]
			if len(row) != len(csvHeader) {
				t.Fatalf("row %d has %d fields", i+1, len(row))
			}
			if row[0] != x.Owner || row[3] != x.Text || row[15] != x.UID {
				t.Errorf("row %d reads back as %q / %q", i+1, row[0], row[3])
			}
			if x.Due.Kind == DueDate && row[5] != x.Due.Date.ISO() {
				t.Errorf("row %d: due %q, want %s", i+1, row[5], x.Due.Date.ISO())
			}
		}
		last := rows[len(rows)-1]
		if last[2] != "'-1 ý kiến" {
			t.Errorf("a field that starts like a formula reads %q", last[2])
		}
	}
}
