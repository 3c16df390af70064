package plain

import (
	"strings"
	"testing"
)

// TestDashJoinRendered: pdftotext (no -layout) drops a dash that ends a
// line and runs the next line on after it. seed004.txt (testdata/seeds/
// 004.toml rendered) gives "... cho phát triển kinh tế" / "- xã hội nhanh
// ..." as one line "... kinh tế xã hội nhanh ..."; seed001.txt
// (001.toml) gives Nơi nhận's "- Ủy ban MTTQVN và các đoàn thể chính trị
// -" / "xã hội huyện;" as one. Each reads with its dash.
func TestDashJoinRendered(t *testing.T) {
	f := readPageText(t, "seed004.txt")
	found := false
	for _, p := range f.Paras {
		found = found || p.Kind == Body && strings.Contains(p.Text, "dữ liệu số - Động lực quan trọng cho phát triển kinh tế - xã hội nhanh và bền vững")
		if strings.Contains(p.Text, "kinh tế xã hội") {
			t.Errorf("seed004.txt:%d: a dash lost in %q", p.Line, p.Text)
		}
	}
	if !found {
		t.Errorf("seed004.txt: no body paragraph reads \"kinh tế - xã hội nhanh\"")
	}
	g := readPageText(t, "seed001.txt")
	wantParas(t, g, map[string]Kind{
		"- Ủy ban MTTQVN và các đoàn thể chính trị - xã hội huyện;":         Recipient,
		"6. Đề nghị Ủy ban MTTQVN và các đoàn thể chính trị - xã hội huyện": Body,
	})
}

// TestDashJoinAt: the dash is given back only where a line runs far over
// its width, at the one space where the line with its dash would have
// stopped and whose words read as a dash's halves.
func TestDashJoinAt(t *testing.T) {
	first := "ngành kinh tế, quản trị số, dữ liệu số - Động lực quan trọng cho phát triển kinh tế" // 84 letters
	cases := []struct {
		s     string
		width int
		want  string
	}{
		{first + " xã hội nhanh và bền vững”, trong thời gian đến cần tiếp tục", 88, first + " - xã hội nhanh và bền vững”, trong thời gian đến cần tiếp tục"},
		{"Chính phủ trực tuyến và dựa trên dữ liệu giai đoạn 2024 2025, định hướng đến năm 2030 có liên quan", 58, "Chính phủ trực tuyến và dựa trên dữ liệu giai đoạn 2024 - 2025, định hướng đến năm 2030 có liên quan"},
		{"- Ủy ban MTTQVN và các đoàn thể chính trị xã hội huyện;", 41, "- Ủy ban MTTQVN và các đoàn thể chính trị - xã hội huyện;"},
		// a line of the width: its words are the text's own, a typo the rules say
		{first + " xã hội", 88, ""},
		// over the width, but the halves stand far from where the line stopped
		{"phát triển kinh tế xã hội nhanh và bền vững, trong thời gian đến cần tiếp tục tập trung triển khai nhiệm vụ số hóa các ngành kinh tế", 88, ""},
		// two spaces where the line may have stopped read as halves: no telling which
		{"các nhiệm vụ phát triển trong thời gian đến cần tiếp tục ưu tiên kinh tế xã hội năm 2021 2025 và bền vững trong thời gian đến cần tiếp tục tập trung", 88, ""},
		// the rest is more than one line of the width: no page broke this paragraph (a site's text), its words stand as typed
		{first + " xã hội nhanh và bền vững, trong thời gian đến cần tiếp tục tập trung triển khai nhiệm vụ số hóa các ngành", 88, ""},
		// no halves at the edge: no dash is made up
		{first + " nhanh và bền vững”, trong thời gian đến cần tiếp tục", 88, ""},
	}
	for _, c := range cases {
		at, ok := dashJoinAt(c.s, c.width)
		got := ""
		if ok {
			got = withDash(c.s, at)
		}
		if got != c.want {
			t.Errorf("dashJoinAt(%q, %d): %q, want %q", c.s, c.width, got, c.want)
		}
	}
}
