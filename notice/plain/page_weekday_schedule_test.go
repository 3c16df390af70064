package plain

import "testing"

// TestWeekdayScheduleDays: a weekday's date alone on its line under a
// sentence of the notice is a schedule's day (a lịch trực's "Thứ Hai,
// 16/02/2026"), the notice's; over the notice's text, or with a time of
// the clock, it is a paper's stamp, the page's.
func TestWeekdayScheduleDays(t *testing.T) {
	kinds := paraKinds(t, "THÔNG BÁO\n\nLịch trực Tết\n\nỦy ban nhân dân xã thông báo lịch trực như sau:\n\nThứ Hai, 16/02/2026\n\n- Ông Nguyễn Văn An, Chủ tịch.\n\nThứ Ba, 17/02/2026\n\n- Ông Trần Văn Bình, Phó Chủ tịch./.\n")
	for _, d := range []string{"Thứ Hai, 16/02/2026", "Thứ Ba, 17/02/2026"} {
		if kinds[d] == Page {
			t.Errorf("%q read as the page's, want the notice's", d)
		}
	}
	kinds = paraKinds(t, "Hội đồng bồi thường dự án Khu đô thị thông báo:\n\nThứ Hai, 27/08/2018, 23:10 [GMT+7]\n\nHội đồng bồi thường dự án Khu đô thị thông báo niêm yết công khai./.\n")
	if k := kinds["Thứ Hai, 27/08/2018, 23:10 [GMT+7]"]; k != Page {
		t.Errorf("a paper's stamp with its time under its headline read as %v, want the page's", k)
	}
}
