package check_test

import (
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/check"
	"github.com/thongbao/thongbao/notice/plain"
)

// TestFixSaysWhatToDo: lookalike's fix asked "có phải là "UBND"?", a
// question where a fix says what to write.
func TestFixSaysWhatToDo(t *testing.T) {
	src := "Giao ƯBND huyện chủ trì thực hiện; UBND huyện báo cáo kết quả.\n"
	f, err := plain.Read("a.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, d := range check.Text(f, nil, check.Options{}) {
		if d.Rule != "lookalike" {
			continue
		}
		found = true
		if strings.HasSuffix(d.Fix.VI, "?") || !strings.Contains(d.Fix.VI, `viết "UBND"`) || strings.HasSuffix(d.Fix.EN, "?") {
			t.Errorf("lookalike fix %q / %q: want what to write, not a question", d.Fix.VI, d.Fix.EN)
		}
	}
	if !found {
		t.Errorf("%q: no lookalike finding", src)
	}
}
