package importer_test

import (
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/importer"
	"github.com/thongbao/thongbao/notice/reading"
)

// TestImportDateNote: a text with no issuing date gets the month of its
// latest date, said so; one with no date at all is told the month written
// means nothing, where it was called "the month of the latest date in the
// text" ("2000-01"); a latest date before 2000 is one all the same.
func TestImportDateNote(t *testing.T) {
	tests := []struct {
		text, date, note string
	}{
		{"THÔNG BÁO\nKết luận của Chủ tịch\n", `date = "2000-01"`, "a month of no meaning (the text has no date)"},
		{"THÔNG BÁO\nKết luận ngày 05/3/1999 và ngày 7/1/1998\n", `date = "1999-03"`, "the month of the latest date in the text"},
		{"THÔNG BÁO\nKết luận ngày 05/3/2024 và ngày 7/1/2025\n", `date = "2025-01"`, "the month of the latest date in the text"},
	}
	for _, tt := range tests {
		r, err := reading.Read("x.txt", []byte(tt.text))
		if err != nil {
			t.Fatal(err)
		}
		res, err := importer.Import(r)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(res.Source), "\n"+tt.date+"\n") {
			t.Errorf("%q: the source has no %s", tt.text, tt.date)
		}
		var notes []string
		for _, u := range res.Unmapped {
			notes = append(notes, u.String(diag.EN))
		}
		if all := strings.Join(notes, "\n"); !strings.Contains(all, "no issuing date was found; "+tt.note) {
			t.Errorf("%q: the notes do not say %q:\n%s", tt.text, tt.note, all)
		}
	}
}
