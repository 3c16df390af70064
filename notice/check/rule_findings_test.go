package check_test

import (
	"testing"

	"github.com/thongbao/thongbao/notice/check"
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/reading"
)

// lineFindings checks a text of one line under a tên loại, as a clerk's
// draft saved as text, and returns the findings of one rule.
func lineFindings(t *testing.T, line, rule string) []diag.Finding {
	t.Helper()
	r, err := reading.Read("n.txt", []byte("THÔNG BÁO\n\n"+line+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	var out []diag.Finding
	for _, f := range check.Reading(r, nil, check.Options{}) {
		if f.Rule == rule {
			out = append(out, f)
		}
	}
	return out
}
