package check_test

import (
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/check"
	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/reading"
)

// TestEnglishCountOfOne: a count of one reads "1 change", not "1
// changes", in English.
func TestEnglishCountOfOne(t *testing.T) {
	r, err := reading.Read("n.docx", (wordNotice{changes: true}).doc().Bytes())
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range check.Reading(r, nil, check.Options{Today: cite.Date{Year: 2023, Month: 2, Day: 23}}) {
		got = append(got, f.Message.In(diag.EN))
	}
	all := strings.Join(got, "\n")
	if !strings.Contains(all, "the file holds 1 change not yet accepted") {
		t.Errorf("no \"1 change\" among:\n%s", all)
	}
}
