package check

import (
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/plain"
)

// TestFindingsLimit: a file with thousands of findings lists MaxFindings
// of them and sums up the rest in one finding, as severe as the worst left
// out (here the missing "./." at the end, an error among the warnings), so
// that the exit code does not change.
func TestFindingsLimit(t *testing.T) {
	src := "THÔNG BÁO\n\n" + strings.Repeat("Việc này,, việc kia.\n\n", 1500)
	f, err := plain.Read("x.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	list := Text(f, nil, Options{})
	if len(list) != MaxFindings+1 {
		t.Fatalf("%d findings, want %d", len(list), MaxFindings+1)
	}
	last := list[len(list)-1]
	if last.Rule != "too-many-findings" || last.Pos.Line < 1 || last.Severity != diag.Error || !strings.Contains(last.Message.EN, "more findings are not listed") {
		t.Errorf("last finding = %+v", last)
	}
}
