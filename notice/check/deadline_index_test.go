package check

import (
	"reflect"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/internal/testlines"
)

// deadlineCases are texts where the words of the index and those
// FindDeadlines reads could part: a word after a digit, a word of
// letters beyond Latin, invalid UTF-8, "lần", deadlines in a row.
var deadlineCases = []string{
	"", "trước", "5trước ngày 12/3/2025", "٣trước ngày 12/3/2025", "Trước ngày 12/3/2025", "TRƯỚC NGÀY 12/3/2025",
	"xtrước ngày 12/3/2025", "αtrước ngày 12/3/2025", "trướcα ngày 12/3/2025", "\xfftrước ngày 12/3/2025",
	"02 tuần/lần", "định kỳ hằng tháng", "Hằng năm", "chậm nhất ngày 5/6/2025, trước ngày 7/8/2025",
	"trước ngày 5/6/2025 trước ngày 7/8/2025", "hoàn thành trước ngày 30/6/2025.", "Đến hết ngày 1/1/2026",
}

// TestDeadlinesInAsFindDeadlines holds View.deadlinesIn to
// cite.FindDeadlines on every line of testdata, the lines of each file
// run together, and the cases.
func TestDeadlinesInAsFindDeadlines(t *testing.T) {
	lines := testlines.Read(t, "../../testdata", deadlineCases)
	texts := append([]string(nil), lines...)
	for i := 0; i+8 <= len(lines); i += 8 {
		texts = append(texts, strings.Join(lines[i:i+8], " "))
	}
	v := &View{}
	found := 0
	for _, s := range texts {
		want, got := cite.FindDeadlines(s), v.deadlinesIn(s)
		found += len(want)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("deadlinesIn(%q) = %+v, want %+v", s, got, want)
		}
	}
	if found < 500 {
		t.Errorf("%d deadlines found, want 500 at least: the lines were not read", found)
	}
}
