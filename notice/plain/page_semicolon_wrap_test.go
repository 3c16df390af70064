package plain

import (
	"testing"
	"unicode/utf8"
)

// TestSemicolonWrap: a line of a page's text that stops at the edge
// after a semicolon goes on with the line under it when a list's run of
// short items or a ground's acts go on there; a paragraph that ends with
// a semicolon over another stays apart.
func TestSemicolonWrap(t *testing.T) {
	run := "tỉnh; các Sở, ban, ngành của tỉnh;"
	ground := "và biện pháp thi hành Luật Ban hành văn bản quy phạm pháp luật;"
	clause := "tỉnh; các sở, ngành phối hợp chặt chẽ với Ủy ban nhân dân các huyện triển khai;"
	para := lineAt{first: "Sở Nông nghiệp và Môi trường đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam", text: "Sở Nông nghiệp và Môi trường đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam " + run}
	grounds := lineAt{first: "Căn cứ Nghị định số 34/2016/NĐ-CP ngày 14 tháng 5 năm 2016 của Chính phủ"}
	cases := []struct {
		p, t  string
		width int
		at    lineAt
		want  bool
	}{
		{run, "Bộ Chỉ huy quân sự tỉnh; Công an tỉnh; Đài Khí tượng Thủy văn", utf8.RuneCountInString(run) + 3, para, true},
		// short of the edge: the paragraph ends there
		{run, "Bộ Chỉ huy quân sự tỉnh; Công an tỉnh; Đài Khí tượng Thủy văn", utf8.RuneCountInString(run) + 16, para, false},
		// a dash's item ends with a semicolon
		{run, "Bộ Chỉ huy quân sự tỉnh; Công an tỉnh; Đài Khí tượng Thủy văn", utf8.RuneCountInString(run) + 3, lineAt{item: true, first: "- Các Sở", text: "- Các Sở " + run}, false},
		// the last item is a clause: a paragraph of its own may follow
		{clause, "Sở Tài chính bố trí kinh phí", utf8.RuneCountInString(clause) + 3, lineAt{first: "Đề nghị", text: "Đề nghị " + clause}, false},
		// the line under holds a clause
		{run, "Sở Tài chính chủ trì, phối hợp với các sở, ngành liên quan rà soát, tổng hợp;", utf8.RuneCountInString(run) + 3, para, false},
		{ground, "Nghị định số 154/2020/NĐ-CP ngày 31 tháng 12 năm 2020", utf8.RuneCountInString(ground) + 3, grounds, true},
		// the next ground opens with its own "Căn cứ"; another line of the grounds
		{ground, "Căn cứ Nghị định số 96/2022/NĐ-CP ngày 29 tháng 11 năm 2022", utf8.RuneCountInString(ground) + 3, grounds, false},
		{ground, "Theo đề nghị của Vụ trưởng Vụ Pháp chế.", utf8.RuneCountInString(ground) + 3, grounds, false},
	}
	for _, c := range cases {
		if got := semicolonWrap(c.p, c.t, c.width, c.at); got != c.want {
			t.Errorf("semicolonWrap(%q, %q, %d): %v, want %v", c.p, c.t, c.width, got, c.want)
		}
	}
}
