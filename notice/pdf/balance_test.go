package pdf

import (
	"strings"
	"testing"

	"github.com/thongbao/thongbao/fonts"
)

func titleText(t testing.TB) text {
	return text{set: defaultSet(t), size: SizeTitle, base: fonts.Bold}
}

// protected shows the words of s with "_" for the spaces no line may break.
func protected(t testing.TB, s string) string {
	ws := titleText(t).words(plainRuns(s))
	protect(ws)
	var b strings.Builder
	for i, w := range ws {
		b.WriteString(w.text())
		if i+1 < len(ws) {
			if w.glue {
				b.WriteByte('_')
			} else {
				b.WriteByte(' ')
			}
		}
	}
	return b.String()
}

// Names, titles with their bodies, places with their unit word, words of
// several syllables, numbers and dates stay whole.
func TestProtectedPhrases(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Kết luận của đồng chí Nguyễn Văn A, Phó Chủ tịch UBND tỉnh Bình Thuận tại cuộc họp ở Phan Thiết",
			"Kết_luận của đồng_chí_Nguyễn_Văn_A, Phó_Chủ_tịch_UBND_tỉnh_Bình_Thuận tại cuộc_họp ở Phan_Thiết"},
		{"Kết luận của Chủ tịch UBND tỉnh Nguyễn Hoàng Giang, Trưởng Ban Chỉ đạo Chuyển đổi số tỉnh tại Phiên họp lần thứ ba năm 2024",
			"Kết_luận của Chủ_tịch_UBND_tỉnh Nguyễn_Hoàng_Giang, Trưởng_Ban_Chỉ_đạo Chuyển_đổi_số tỉnh tại Phiên_họp lần_thứ_ba năm_2024"},
		{"Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Ngãi", "Sở_Văn_hóa, Thể_thao và Du_lịch tỉnh_Quảng_Ngãi"},
		{"- Phòng Lao động - Thương binh và Xã hội thị xã;", "-_Phòng_Lao_động_- Thương_binh và Xã_hội thị_xã;"},
		{"đồng chí Bùi Văn Lý tại Hội nghị giao ban trên địa bàn thị xã Đức Phổ",
			"đồng_chí_Bùi_Văn_Lý tại Hội_nghị giao ban trên địa bàn thị_xã_Đức_Phổ"},
		{"Giám đốc Sở Tài chính, Giám đốc Sở Xây dựng", "Giám_đốc_Sở_Tài_chính, Giám_đốc_Sở_Xây_dựng"},
		{"ngày 09/01/2023 của UBND huyện (Phan Thiết)", "ngày_09/01/2023 của UBND_huyện (Phan_Thiết)"},
		// A title stays with a body written out as with its abbreviation:
		// the Lào Cai notice's trích yếu broke "Phó Bí thư / Tỉnh ủy".
		{"Kết luận của đồng chí Nguyễn Tuấn Anh - Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp",
			"Kết_luận của đồng_chí_Nguyễn_Tuấn_Anh_- Phó_Bí_thư_Tỉnh_ủy, Chủ_tịch_Ủy_ban_nhân_dân_tỉnh tại cuộc_họp"},
		{"Bí thư Huyện ủy, Chủ tịch Hội đồng nhân dân huyện Bảo Thắng", "Bí_thư_Huyện_ủy, Chủ_tịch_Hội_đồng_nhân_dân_huyện_Bảo_Thắng"},
		// The first deputy's "Thường trực" stays between the title and its body.
		{"Phó Bí thư Thường trực Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh", "Phó_Bí_thư_Thường_trực_Tỉnh_ủy, Phó_Chủ_tịch_Thường_trực_UBND_tỉnh"},
		{"Thường trực Ủy ban nhân dân huyện", "Thường_trực_Ủy_ban_nhân_dân_huyện"},
		{"Ban Chỉ đạo thường trực tại buổi họp", "Ban_Chỉ_đạo thường_trực tại buổi họp"},
	} {
		if got := protected(t, c.in); got != c.want {
			t.Errorf("%q\n got  %s\n want %s", c.in, got, c.want)
		}
	}
}

// subjects are the seeds' trích yếu and hard cases.
var subjects = []string{
	"Kết luận của đồng chí Bùi Văn Lý, Chủ tịch UBND thị xã tại cuộc họp đánh giá kết quả thực hiện công tác chuyển đổi số năm 2023; triển khai nhiệm vụ, giải pháp trọng tâm trong năm 2024 trên địa bàn thị xã Đức Phổ",
	"Kết luận của Chủ tịch UBND huyện Phạm Thị Hương, Trưởng Ban Chỉ đạo Chuyển đổi số huyện Lý Sơn tại cuộc họp triển khai nhiệm vụ Ban Chỉ đạo năm 2023",
	"Kết luận của đồng chí Nguyễn Xuân Hải, Phó Chủ tịch UBND huyện tại Hội nghị giao ban các xã, thị trấn thực hiện Chuyển đổi số trong năm 2022",
	"Kết luận của đồng chí Phó Chủ tịch UBND xã tại Hội nghị đánh giá kết quả chuyển đổi số năm 2023 và phương hướng, nhiệm vụ 6 tháng cuối năm 2024",
	"Kết luận của Chủ tịch UBND tỉnh Nguyễn Hoàng Giang, Trưởng Ban Chỉ đạo Chuyển đổi số tỉnh tại Phiên họp lần thứ ba năm 2024",
	"Kết luận của đồng chí Trần Văn Bình, Phó Chủ tịch UBND tỉnh tại buổi làm việc với UBND thành phố Phan Thiết về công tác giải phóng mặt bằng",
	"Kết luận của Giám đốc Sở tại cuộc họp về dự án",
	"Kết luận của đồng chí Nguyễn Tuấn Anh - Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp về tình hình triển khai các cụm công nghiệp trên địa bàn tỉnh",
	"Kết luận của đồng chí Nguyễn Văn Hùng, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch Hội đồng nhân dân tỉnh tại buổi làm việc với Ban Thường vụ Huyện ủy Bảo Thắng",
	"Về việc",
}

// mustStay are phrases the breaks of subjects may never split.
var mustStay = []string{"Phó Chủ tịch UBND tỉnh", "Phó Chủ tịch UBND huyện", "Phó Chủ tịch UBND xã", "Phan Thiết",
	"Chủ tịch UBND thị xã", "thị xã Đức Phổ", "Phạm Thị Hương,", "Nguyễn Hoàng Giang,", "huyện Lý Sơn", "Bùi Văn Lý,",
	"Trần Văn Bình,", "năm 2023", "năm 2024", "6 tháng", "lần thứ ba", "cuộc họp", "Hội nghị", "Giám đốc Sở", "Chuyển đổi số",
	"Phó Bí thư Tỉnh ủy,", "Chủ tịch Ủy ban nhân dân tỉnh", "Phó Bí thư Thường trực Tỉnh ủy,"}

// At every width, the balanced breaks take as few lines as the protected
// phrases allow, keep those phrases whole where they fit on a line, leave
// no word alone on the last line, and cost no more than the greedy breaks.
func TestBalanceAtEveryWidth(t *testing.T) {
	tt := titleText(t)
	for _, s := range subjects {
		for width := 60.0; width <= 170; width += 0.5 {
			ws := tt.words(plainRuns(s))
			protect(ws)
			got := balance(ws, width, tt)
			greedy := breakLines(ws, width, width, tt)
			var texts []string
			for _, ln := range got {
				if ln.width > width+1e-6 {
					t.Errorf("%.1f mm: line %q is %.2f mm", width, lineText(ln), ln.width)
				}
				texts = append(texts, lineText(ln))
			}
			joined := strings.Join(texts, " | ")
			if strings.Join(texts, " ") != strings.Join(strings.Fields(s), " ") {
				t.Fatalf("%.1f mm: the lines %q do not give back the text", width, joined)
			}
			widest := 0.0
			for i := 0; i < len(ws); i = groupEnd(ws, i) {
				widest = max(widest, groupWidth(ws[i:groupEnd(ws, i)]))
			}
			if len(got) > len(greedy) || widest <= width && len(got) != len(greedy) {
				t.Errorf("%.1f mm: %d lines, but %d are enough: %q", width, len(got), len(greedy), joined)
			}
			for _, p := range mustStay {
				if widest <= width && strings.Contains(s, p) && !strings.Contains(joined, p) {
					t.Errorf("%.1f mm: %q is split: %q", width, p, joined)
				}
			}
			if last := got[len(got)-1]; len(got) > 1 && len(last.words) == 1 {
				t.Errorf("%.1f mm: a word alone on the last line: %q", width, joined)
			}
			if c, g := planCost(got, width), planCost(greedy, width); widest <= width && c > g+1e-9 {
				t.Errorf("%.1f mm: balanced breaks cost %.4f, greedy %.4f: %q", width, c, g, joined)
			}
		}
	}
}

func lineText(ln line) string {
	var parts []string
	for _, w := range ln.words {
		parts = append(parts, w.text())
	}
	return strings.Join(parts, " ")
}

// planCost is what balance minimises, for lines however broken.
func planCost(lines []line, width float64) float64 {
	var all []word
	var ends []int
	for _, ln := range lines {
		all = append(all, ln.words...)
		ends = append(ends, len(all))
	}
	c, start, brk := 0.0, 0, breakCosts(all)
	for k, ln := range lines {
		c += lineCost(brk, start, ends[k], ln.width, width)
		start = ends[k]
	}
	return c
}

// The seeds' trích yếu, measured on the page: balanced lines, broken where
// a person breaks them.
func TestSubjectLines(t *testing.T) {
	want := map[string][]string{
		"001": {"Kết luận của Chủ tịch UBND huyện Phạm Thị Hương,", "Trưởng Ban Chỉ đạo Chuyển đổi số huyện Lý Sơn",
			"tại cuộc họp triển khai nhiệm vụ Ban Chỉ đạo năm 2023"},
		"002": {"Kết luận của đồng chí Nguyễn Xuân Hải,", "Phó Chủ tịch UBND huyện tại Hội nghị giao ban",
			"các xã, thị trấn thực hiện Chuyển đổi số trong năm 2022"},
		"003": {"Kết luận của đồng chí Phó Chủ tịch UBND xã", "tại Hội nghị đánh giá kết quả chuyển đổi số năm 2023",
			"và phương hướng, nhiệm vụ 6 tháng cuối năm 2024"},
		"004": {"Kết luận của Chủ tịch UBND tỉnh Nguyễn Hoàng Giang,", "Trưởng Ban Chỉ đạo Chuyển đổi số tỉnh",
			"tại Phiên họp lần thứ ba năm 2024"},
	}
	for _, p := range seedPaths(t) {
		_, l := layFile(t, p, Options{})
		lines := linesOf(l, RoleSubject)
		var got []string
		longest, shortest := 0.0, TextW
		for _, ln := range lines {
			got = append(got, ln.text())
			longest, shortest = max(longest, ln.right-ln.left), min(shortest, ln.right-ln.left)
		}
		if w, ok := want[strings.TrimSuffix(p[len(p)-8:], ".toml")]; ok && strings.Join(got, "\n") != strings.Join(w, "\n") {
			t.Errorf("%s: trích yếu set as\n%s\nwant\n%s", p, strings.Join(got, "\n"), strings.Join(w, "\n"))
		}
		if len(lines) > 1 && shortest < longest/2 {
			t.Errorf("%s: trích yếu lines from %.1f to %.1f mm: not balanced", p, shortest, longest)
		}
		// The rule under it clears the descenders ("g", "ỵ", the dot of
		// "ạ") by two millimetres at least: a rule, not an underline.
		last := lines[len(lines)-1]
		face := defaultSet(t).Face(fonts.Bold)
		depth := face.Descent / face.UnitsPerEm * SizeTitle * mmPerPt
		cleared := false
		for _, r := range l.Find(RoleRule) {
			if r.Page == last.page && r.Y > last.y && r.Y < last.y+8 {
				cleared = r.Y-RuleWidth/2-(last.y+depth) >= 2
			}
		}
		if !cleared {
			t.Errorf("%s: no rule two millimetres clear of the descenders under the trích yếu", p)
		}
	}
}

// A trích yếu written one string per line keeps the clerk's lines; a line
// wider than the text still wraps, never runs off the page.
func TestSubjectAsWritten(t *testing.T) {
	lines := func(subject string) []string {
		src := strings.Replace(baseSrc, `subject = "Kết luận của đồng chí Bùi Văn Lý, Chủ tịch UBND thị xã"`, "subject = "+subject, 1)
		var out []string
		for _, ln := range linesOf(laySource(t, src), RoleSubject) {
			out = append(out, ln.text())
			if ln.left < TextLeft-tol || ln.right > TextRight+tol {
				t.Errorf("trích yếu line %q runs out of the text", ln.text())
			}
		}
		return out
	}
	got := lines(`["Kết luận của đồng chí Bùi Văn Lý,", "Chủ tịch UBND thị xã"]`)
	if strings.Join(got, "|") != "Kết luận của đồng chí Bùi Văn Lý,|Chủ tịch UBND thị xã" {
		t.Errorf("lines as written: %q", got)
	}
	if got := lines(`"Kết luận của đồng chí Bùi Văn Lý, Chủ tịch UBND thị xã"`); len(got) != 1 {
		t.Errorf("one string that fits is one line: %q", got)
	}
	long := strings.Repeat("tại cuộc họp về chuyển đổi số ", 6)
	if got := lines(`["Kết luận của đồng chí Bùi Văn Lý,", "` + long + `"]`); len(got) < 3 || got[0] != "Kết luận của đồng chí Bùi Văn Lý," {
		t.Errorf("a line wider than the text wraps: %q", got)
	}
}
