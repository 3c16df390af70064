package tasks

import (
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/reading"
)

// labelledText gives its tasks' deadlines after a label, in the forms a
// source takes: a standing task, a period of years, a week of a month.
const labelledText = `THÔNG BÁO

Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp về chuyển đổi số

Ngày 05 tháng 6 năm 2026, Chủ tịch Ủy ban nhân dân tỉnh chủ trì cuộc họp về chuyển đổi số.

1. Sở Tài chính: Theo dõi giá cả thị trường. Thời hạn: thường xuyên.

2. Sở Nội vụ: Rà soát biên chế. Thời hạn hoàn thành: giai đoạn 2026-2030.

3. Sở Y tế: Rà soát cơ sở khám bệnh. Thời hạn: tuần đầu tháng 7/2026.

4. Sở Xây dựng: Rà soát quy hoạch. Thời hạn: đến năm 2030.
`

// TestLabelledDeadlines reads what a text's "Thời hạn:" gives as a
// source's deadline is read: the standing task keeps its note ("thường
// xuyên") as a TOML task does, a period of years is a long-term task due
// at the end of its last year, the first week of July is due on the 7th.
func TestLabelledDeadlines(t *testing.T) {
	s, err := reading.Read("kl.txt", []byte(labelledText))
	if err != nil {
		t.Fatal(err)
	}
	_, list := Extract(s)
	want := map[string]struct{ due, note string }{
		"Sở Tài chính": {"—", " (thường xuyên)"},
		"Sở Nội vụ":    {"31/12/2030", " (nhiệm vụ dài hạn: giai đoạn 2026-2030)"},
		"Sở Y tế":      {"07/7/2026", ""},
		"Sở Xây dựng":  {"31/12/2030", " (nhiệm vụ dài hạn: đến năm 2030)"},
	}
	for _, x := range list {
		w, ok := want[x.Owner]
		if !ok {
			t.Errorf("unexpected task of %q: %q", x.Owner, x.Short)
			continue
		}
		delete(want, x.Owner)
		if got := dueCell(x, diag.VI); got != w.due {
			t.Errorf("%s: due %q, want %q", x.Owner, got, w.due)
		}
		if got := notes(x, diag.VI); got != w.note {
			t.Errorf("%s: notes %q, want %q", x.Owner, got, w.note)
		}
	}
	for owner := range want {
		t.Errorf("no task of %s", owner)
	}
	for _, x := range list {
		if x.Owner == "Sở Nội vụ" && x.Short != "Rà soát biên chế" {
			t.Errorf("the short words of a task keep its deadline's label: %q", x.Short)
		}
	}
	var md strings.Builder
	if err := WriteMarkdown(&md, list, PrintOptions{Lang: diag.VI}); err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"Theo dõi giá cả thị trường (thường xuyên)", "Rà soát biên chế (nhiệm vụ dài hạn: giai đoạn 2026-2030)"} {
		if !strings.Contains(md.String(), w) {
			t.Errorf("the Markdown report lacks %q:\n%s", w, md.String())
		}
	}
	if d, ok := labelled("Báo cáo. Thời hạn: trước ngày 15.7.2026; gửi Sở Tài chính."); !ok || d.Date.Day != 15 {
		t.Errorf("a date with dots after the label: %+v, %v", d, ok)
	}
}
