package compose

import (
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/body"
)

// TestLabelsAsWritten: a part or item with a label keeps it; the parts
// after it count on from it; a part may number the levels under it in
// styles of its own.
func TestLabelsAsWritten(t *testing.T) {
	src := base + `
[tasks]
title = "Nhiệm vụ"
[[tasks.groups]]
assignee = "Sở Công Thương"
numbering = ["-"]
items = ["Một.", "Hai."]
[[tasks.groups]]
assignee = "Sở Tài chính"
items = ["Ba.", { label = "e)", text = "Bốn." }, "Năm.", { label = "-", text = "Sáu." }, "Bảy."]
[[tasks.groups]]
label = "7."
assignee = "Sở Xây dựng"
text = "Tám."
[[tasks.groups]]
assignee = "Sở Nội vụ"
text = "Chín."
[[tasks.groups.groups]]
label = "đ)"
text = "Mười."
[[tasks.groups.groups]]
text = "Mười một."
`
	src = strings.Replace(src, "date = \"2023-02\"\n", "date = \"2023-02\"\nnumbering = [\"I\", \"1\", \"a\", \"-\"]\n", 1)
	got := texts(composeSrc(t, src).Body)
	want := []string{
		"I. [NHIỆM VỤ]",
		"1. [Sở Công Thương]", "- Một.", "- Hai.",
		"2. [Sở Tài chính]", "a) Ba.", "e) Bốn.", "g) Năm.", "- Sáu.", "h) Bảy.",
		"7. [Sở Xây dựng:] Tám.",
		"8. [Sở Nội vụ:] Chín.",
		"đ) Mười.",
		"e) Mười một.",
	}
	got = got[2 : len(got)-1]
	sameLines(t, got, want)
}

// TestOpeningAsWritten: the opening under the clerk's control.
func TestOpeningAsWritten(t *testing.T) {
	tests := []struct {
		name, meeting, chair string
		want                 []string
	}{
		{"verb, attendance, dash", `verb = "đã chủ trì"
attendance = "Dự họp có"
attendees = ["lãnh đạo các phòng"]
reports = [{ by = "Phòng Văn hóa và Thông tin" }]
conclusion = "kết luận"`, `separator = "-"`, []string{
			"Ngày 22/02/2023, đồng chí Phạm Thị Hương - Chủ tịch UBND huyện đã chủ trì cuộc họp triển khai nhiệm vụ. Dự họp có lãnh đạo các phòng.",
			"Sau khi nghe Phòng Văn hóa và Thông tin báo cáo, ý kiến phát biểu của các đại biểu dự họp, đồng chí Phạm Thị Hương - Chủ tịch UBND huyện kết luận:",
		}},
		{"host without the chair, one paragraph", `when = "Ngày 22 tháng 02 năm 2023"
host = "UBND huyện"
verb = ""
attendance = "cùng dự họp có"
attendees = ["các Phó Chủ tịch"]
one_paragraph = true
reports = [{ by = "Phòng Tài chính", content = "về dự toán" }, { by = "Phòng Nội vụ" }]`, `short = "đồng chí Chủ tịch UBND huyện"`, []string{
			"Ngày 22 tháng 02 năm 2023, UBND huyện tổ chức cuộc họp triển khai nhiệm vụ; cùng dự họp có các Phó Chủ tịch. Sau khi nghe Phòng Tài chính báo cáo về dự toán; Phòng Nội vụ báo cáo, ý kiến phát biểu của các đại biểu dự họp, đồng chí Chủ tịch UBND huyện kết luận như sau:",
		}},
		{"an inspection", `verb = "kiểm tra"
name = "buổi kiểm tra tại Công ty A"
attendees = ["đại diện Công ty A"]`, ``, []string{
			"Ngày 22/02/2023, đồng chí Phạm Thị Hương, Chủ tịch UBND huyện kiểm tra buổi kiểm tra tại Công ty A. Tham dự buổi kiểm tra có: đại diện Công ty A.",
			"Sau khi nghe ý kiến phát biểu của các đại biểu dự họp, đồng chí Phạm Thị Hương, Chủ tịch UBND huyện kết luận như sau:",
		}},
		{"as written", `opening = ["Thực hiện Kế hoạch số 5/KH-UBND, Đoàn kiểm tra đã làm việc.", "Đoàn ghi nhận như sau:"]
heard = ""`, ``, []string{
			"Thực hiện Kế hoạch số 5/KH-UBND, Đoàn kiểm tra đã làm việc.",
			"Đoàn ghi nhận như sau:",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := strings.Replace(base, "name = \"cuộc họp triển khai nhiệm vụ\"\n", "name = \"cuộc họp triển khai nhiệm vụ\"\n"+tt.meeting+"\n", 1)
			if strings.Contains(tt.meeting, "name = ") {
				src = strings.Replace(src, "name = \"cuộc họp triển khai nhiệm vụ\"\n", "", 1)
			}
			src = strings.Replace(src, "title = \"Chủ tịch UBND huyện\"\n", "title = \"Chủ tịch UBND huyện\"\n"+tt.chair+"\n", 1)
			d := composeSrc(t, src)
			var got []string
			for _, b := range d.Body[:len(d.Body)-1] {
				got = append(got, body.Plain(b.Runs))
			}
			sameLines(t, got, tt.want)
		})
	}
}

// TestDeadlinesAsWritten: a deadline is written as the clerk wrote it, and
// never added when the text of the part, its paragraphs included, says it.
func TestDeadlinesAsWritten(t *testing.T) {
	src := base + `
[[sections]]
title = "Nhiệm vụ"
items = [
  { text = "Báo cáo tiến độ", deadline = "hằng tuần" },
  { text = "Báo cáo quý", deadline = "Quý III/2025" },
  { text = "Tổng hợp số liệu", deadline = "chậm nhất vào ngày 25 hằng tháng" },
  { text = "Kiểm tra thực địa", deadline = "từ ngày 01/7/2025 đến ngày 31/7/2025" },
  { text = "Rà soát", deadline = "02 tuần/lần" },
  { text = "Ban hành kế hoạch", deadline = 2025-06-30 },
  { text = "Hoàn thành kế hoạch", deadline = "2025-06" },
  { text = "Báo cáo định kỳ hằng quý về kết quả.", deadline = "định kỳ hằng quý" },
  { text = "Theo dõi, đôn đốc", deadline = "thường xuyên" },
  { text = "Theo dõi thường xuyên, báo cáo khi có phát sinh.", deadline = "thường xuyên" },
  { text = "Tổng kết", deadline = "6 tháng cuối năm 2025" },
  { text = "Báo cáo kết quả trước ngày 15/12 hằng năm.", deadline = "trước ngày 15/12 hằng năm" },
  { text = "Kiểm tra", deadline = "khi có yêu cầu" },
]
[[sections]]
title = "Sở Tài chính"
deadline = 2025-07-30
paragraphs = ["Tham mưu bố trí kinh phí, hoàn thành trước ngày 30/7/2025."]
[[sections]]
title = "Sở Nội vụ"
text = "Rà soát biên chế."
deadline = "Quý IV/2025"
after = ["Việc rà soát hoàn thành trong quý IV/2025."]
[[sections]]
title = "Sở Xây dựng"
deadline = "Quý IV/2025"
paragraphs = ["Rà soát quy hoạch."]
`
	got := texts(composeSrc(t, src).Body)
	want := []string{
		"I. [NHIỆM VỤ]",
		"1. Báo cáo tiến độ. Thời hạn hoàn thành: hằng tuần.",
		"2. Báo cáo quý. Thời hạn hoàn thành: Quý III/2025.",
		"3. Tổng hợp số liệu. Thời hạn hoàn thành: chậm nhất vào ngày 25 hằng tháng.",
		"4. Kiểm tra thực địa. Thời hạn hoàn thành: từ ngày 01/7/2025 đến ngày 31/7/2025.",
		"5. Rà soát. Thời hạn hoàn thành: 02 tuần/lần.",
		"6. Ban hành kế hoạch. Thời hạn hoàn thành: trước ngày 30/6/2025.",
		"7. Hoàn thành kế hoạch. Thời hạn hoàn thành: trong tháng 6/2025.",
		"8. Báo cáo định kỳ hằng quý về kết quả.",
		"9. Theo dõi, đôn đốc. Thời hạn hoàn thành: thường xuyên.",
		"10. Theo dõi thường xuyên, báo cáo khi có phát sinh.",
		"11. Tổng kết. Thời hạn hoàn thành: 6 tháng cuối năm 2025.",
		"12. Báo cáo kết quả trước ngày 15/12 hằng năm.",
		"13. Kiểm tra. Thời hạn hoàn thành: khi có yêu cầu.",
		"II. [SỞ TÀI CHÍNH]",
		"Tham mưu bố trí kinh phí, hoàn thành trước ngày 30/7/2025.",
		"III. [SỞ NỘI VỤ:] Rà soát biên chế.",
		"Việc rà soát hoàn thành trong quý IV/2025.",
		"IV. [SỞ XÂY DỰNG]",
		"Rà soát quy hoạch.",
		"Thời hạn hoàn thành: Quý IV/2025.",
	}
	got = got[2 : len(got)-1]
	sameLines(t, got, want)
}

// TestDeadlineWrittenAsDate: a deadline typed as a document writes a date,
// "15/4/2026", is that date: the notice says it as it says a TOML date
// (and as the register of tasks does), not as bare words.
func TestDeadlineWrittenAsDate(t *testing.T) {
	got := deadlinesWritten(t, `2026-04-15`, `"15/4/2026"`, `"ngày 15/04/2026"`, `"15 tháng 4 năm 2026"`,
		`"trong tháng 4/2026"`, `"trước ngày 15/04/2026"`)
	want := []string{
		"I. [NHIỆM VỤ]",
		"1. Ban hành kế hoạch. Thời hạn hoàn thành: trước ngày 15/4/2026.",
		"2. Ban hành kế hoạch. Thời hạn hoàn thành: trước ngày 15/4/2026.",
		"3. Ban hành kế hoạch. Thời hạn hoàn thành: trước ngày 15/4/2026.",
		"4. Ban hành kế hoạch. Thời hạn hoàn thành: trước ngày 15/4/2026.",
		"5. Ban hành kế hoạch. Thời hạn hoàn thành: trong tháng 4/2026.",
		"6. Ban hành kế hoạch. Thời hạn hoàn thành: trước ngày 15/04/2026.",
	}
	sameLines(t, got, want)
}

// deadlinesWritten composes one section of tasks "Ban hành kế hoạch",
// one a deadline (each a TOML value as the source writes it), and gives
// the section's lines as the notice writes them.
func deadlinesWritten(t *testing.T, deadlines ...string) []string {
	t.Helper()
	var b strings.Builder
	b.WriteString(base + "\n[[sections]]\ntitle = \"Nhiệm vụ\"\nitems = [\n")
	for _, d := range deadlines {
		b.WriteString("  { text = \"Ban hành kế hoạch\", deadline = " + d + " },\n")
	}
	b.WriteString("]\n")
	got := texts(composeSrc(t, b.String()).Body)
	return got[2 : len(got)-1]
}

// TestDeadlineHyphenDate: a deadline typed with hyphens or dots between day,
// month and year ("15-4-2026", "15.4.2026") is the same date as "15/4/2026",
// not refused; in words it is written with slashes, as the decree's dates are.
func TestDeadlineHyphenDate(t *testing.T) {
	got := deadlinesWritten(t, `"15-4-2026"`, `"15.04.2026"`, `"ngày 15-4-2026"`, `"trước ngày 15-4-2026"`,
		`"từ ngày 01.7.2026 đến ngày 31.7.2026"`, `"trong năm 2026"`)
	want := []string{
		"I. [NHIỆM VỤ]",
		"1. Ban hành kế hoạch. Thời hạn hoàn thành: trước ngày 15/4/2026.",
		"2. Ban hành kế hoạch. Thời hạn hoàn thành: trước ngày 15/4/2026.",
		"3. Ban hành kế hoạch. Thời hạn hoàn thành: trước ngày 15/4/2026.",
		"4. Ban hành kế hoạch. Thời hạn hoàn thành: trước ngày 15/4/2026.",
		"5. Ban hành kế hoạch. Thời hạn hoàn thành: từ ngày 01/7/2026 đến ngày 31/7/2026.",
		"6. Ban hành kế hoạch. Thời hạn hoàn thành: trong năm 2026.", // a whole year is read, where it was refused
	}
	sameLines(t, got, want)
}

// TestCorrections: what the document writes otherwise than the source is
// listed; what the source format leaves to the renderer is not.
func TestCorrections(t *testing.T) {
	d := composeSrc(t, base)
	if len(d.Corrections) != 1 || d.Corrections[0].Was != "tl. chủ tịch" || d.Corrections[0].Now != "TL. CHỦ TỊCH" {
		t.Errorf("base: %+v", d.Corrections)
	}
	src := strings.Replace(base, `authority = ["tl. chủ tịch"]`, `authority = ["TL.CHỦ TỊCH"]`, 1)
	src = strings.Replace(src, `recipients = ["Thường trực Huyện ủy;"]`, `recipients = ["Thường trực Huyện ủy;", "Các phòng", "Các xã,"]`, 1)
	src = strings.Replace(src, `archive = "VT."`, `archive = "VT;"`, 1)
	var got []string
	for _, c := range composeSrc(t, src).Corrections {
		got = append(got, c.What+": "+c.Was+" -> "+c.Now)
	}
	want := []string{
		"signer.authority: TL.CHỦ TỊCH -> TL. CHỦ TỊCH",
		"closing.archive: VT; -> Lưu: VT.",
		"closing.recipients: Các xã, -> Các xã;",
	}
	sameLines(t, got, want)
}

// sameLines fails the test when got and want differ, showing both.
func sameLines(t *testing.T, got, want []string) {
	t.Helper()
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
}
