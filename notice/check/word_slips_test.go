package check_test

import (
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/docx/docxtest"
)

// TestWordUnmergedField (x91): a mail-merge field the merge has not
// filled still shows its name in chevrons ("«HoTen»"): a template's
// blank sent for signing, said once by unaccepted-changes with the way to
// finish it; the same field filled by the merge is lawful.
func TestWordUnmergedField(t *testing.T) {
	body := func(result string) func(int, string) string {
		return func(i int, s string) string {
			if i == 0 {
				head, tail, _ := strings.Cut(s, "Phạm Thị Hương")
				return docxtest.P(bodyPPr, docxtest.R(tnr+sz(28), head), docxtest.Field(tnr+sz(28), "MERGEFIELD HoTen", result), docxtest.R(tnr+sz(28), tail))
			}
			return docxtest.P(bodyPPr, docxtest.R(tnr+sz(28), s))
		}
	}
	for _, tc := range []struct {
		name, result, want string
	}{
		{"unmerged", "«HoTen»", "unaccepted-changes: tệp còn 1 trường trộn thư chưa điền (đầu tiên: «HoTen»)"},
		{"merged", "Phạm Thị Hương", ""},
	} {
		got := strings.Join(wordNotice{body: body(tc.result)}.findings(t), "\n")
		if got != tc.want {
			t.Errorf("%s: findings\n%s\nwant\n%s", tc.name, got, tc.want)
		}
	}
}
