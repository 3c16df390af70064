package cite

import (
	"strings"
	"testing"
)

func TestFindDeadlines(t *testing.T) {
	tests := []struct {
		text   string
		want   string // Phrase of the single deadline found, "" for none
		quoted string // the words matched
	}{
		{"ban hành **trước ngày 28/02/2023** để triển khai", "trước ngày 28/02/2023", "trước ngày 28/02/2023"},
		{"hoàn thành Hội thi **trong tháng 6/2023**.", "trong tháng 6/2023", "trong tháng 6/2023"},
		{"Thời hạn hoàn thành: **Tháng 02/2025**.", "trong tháng 02/2025", "Thời hạn hoàn thành: **Tháng 02/2025"},
		{"mô hình **bắt đầu từ tháng 5 năm 2024**.", "bắt đầu từ tháng 5/2024", "bắt đầu từ tháng 5 năm 2024"},
		{"định kỳ hàng tháng (trước ngày 20) báo cáo", "định kỳ hằng tháng (trước ngày 20)", "định kỳ hàng tháng (trước ngày 20)"},
		{"chậm nhất là ngày 05 tháng 01 năm 2020", "trước ngày 05/01/2020", "chậm nhất là ngày 05 tháng 01 năm 2020"},
		{"hoàn thành trong quý IV/2024", "trong quý IV/2024", "trong quý IV/2024"},
		{"trước tháng 3/2024", "trước ngày 29/02/2024", "trước tháng 3/2024"},
		{"từ ngày 01/7/2025", "bắt đầu từ ngày 01/7/2025", "từ ngày 01/7/2025"},
		// Forms the register of tasks resolves: quarters, latest days and
		// months, terms, ranges, recurring tasks.
		{"Thời hạn hoàn thành: Quý III/2025.", "trong quý III/2025", "Thời hạn hoàn thành: Quý III/2025"},
		{"hoàn thành trong quý II năm 2024", "trong quý II/2024", "trong quý II năm 2024"},
		{"chậm nhất trong tháng 6/2023 phải xong", "trong tháng 6/2023", "chậm nhất trong tháng 6/2023"},
		{"đến hết tháng 9/2025", "trong tháng 9/2025", "đến hết tháng 9/2025"},
		{"Thời hạn: 30/6/2024.", "trước ngày 30/6/2024", "Thời hạn: 30/6/2024"},
		{"Thời gian hoàn thành: ngày 15 tháng 8 năm 2024", "trước ngày 15/8/2024", "Thời gian hoàn thành: ngày 15 tháng 8 năm 2024"},
		{"kiểm tra từ ngày 01/7/2025 đến hết ngày 31/7/2025 tại", "từ ngày 01/7/2025 đến ngày 31/7/2025", "từ ngày 01/7/2025 đến hết ngày 31/7/2025"},
		{"trong thời gian từ tháng 3 đến tháng 5/2024", "từ tháng 3/2024 đến tháng 5/2024", "trong thời gian từ tháng 3 đến tháng 5/2024"},
		{"tuyên truyền hàng tuần trên đài", "định kỳ hằng tuần", "hàng tuần"},
		{"báo cáo định kỳ về chuyển đổi số hằng quý, năm", "định kỳ hằng quý", "hằng quý"},
		{"Hằng năm tham mưu UBND huyện", "định kỳ hằng năm", "Hằng năm"},
		{"- Hằng năm tham mưu", "định kỳ hằng năm", "Hằng năm"},
		{"báo cáo tiến độ 02 tuần/lần", "định kỳ 02 tuần/lần", "02 tuần/lần"},
		{"định kỳ 6 tháng một lần", "định kỳ 06 tháng/lần", "định kỳ 6 tháng một lần"},
		{"định kỳ 3 tháng báo cáo", "định kỳ 03 tháng/lần", "định kỳ 3 tháng"},
		// A day of each period, as offices write it (package notice reads
		// it in a task's deadline).
		{"báo cáo chậm nhất vào ngày 25 hằng tháng", "định kỳ hằng tháng (trước ngày 25)", "chậm nhất vào ngày 25 hằng tháng"},
		{"gửi trước ngày 20 hàng quý", "định kỳ hằng quý (trước ngày 20)", "trước ngày 20 hàng quý"},
		// A day named with its weekday, an hour before it (d87).
		{"nộp trước 16 giờ 00 phút ngày thứ Hai, 30 tháng 11 năm 2026 tại Sở", "trước ngày 30/11/2026", "trước 16 giờ 00 phút ngày thứ Hai, 30 tháng 11 năm 2026"},
		{"gửi chậm nhất vào thứ Sáu, ngày 11/12/2026.", "trước ngày 11/12/2026", "chậm nhất vào thứ Sáu, ngày 11/12/2026"},
		{"gửi trước thứ Sáu (11/12/2026).", "trước ngày 11/12/2026", "trước thứ Sáu (11/12/2026)"},
		{"hạn chót: 17h00 thứ Năm, ngày 10/12/2026.", "trước ngày 10/12/2026", "hạn chót: 17h00 thứ Năm, ngày 10/12/2026"},
		{"trước thứ 5 ngày 10/12/2026", "trước ngày 10/12/2026", "trước thứ 5 ngày 10/12/2026"},
		{"trước 17:00 ngày 10/12/2026", "trước ngày 10/12/2026", "trước 17:00 ngày 10/12/2026"},
		{"trước 17h ngày 10/12/2026", "trước ngày 10/12/2026", "trước 17h ngày 10/12/2026"},
		{"trước 17 giờ, ngày 10/12/2026", "trước ngày 10/12/2026", "trước 17 giờ, ngày 10/12/2026"},
		{"trước ngày 10/12/2026, 17h00", "trước ngày 10/12/2026", "trước ngày 10/12/2026"},
		{"từ 08:00 ngày 07/12/2026 đến 17:00 ngày 11/12/2026", "từ ngày 07/12/2026 đến ngày 11/12/2026", "từ 08:00 ngày 07/12/2026 đến 17:00 ngày 11/12/2026"},
		{"nghỉ từ thứ Bảy, ngày 27 tháng 4 năm 2024 đến hết thứ Tư, ngày 01 tháng 5 năm 2024.", "từ ngày 27/4/2024 đến ngày 01/5/2024", "từ thứ Bảy, ngày 27 tháng 4 năm 2024 đến hết thứ Tư, ngày 01 tháng 5 năm 2024"},
		{"từ thứ Hai (07/12/2026) đến thứ Sáu (11/12/2026)", "từ ngày 07/12/2026 đến ngày 11/12/2026", "từ thứ Hai (07/12/2026) đến thứ Sáu (11/12/2026)"},
		{"trước thứ Sáu tuần sau", "", ""},
		// A period whose first day is written short: the month and year
		// of the last day (f95).
		{"ra quân từ ngày 19 đến ngày 26 tháng 12 năm 2026.", "từ ngày 19/12/2026 đến ngày 26/12/2026", "từ ngày 19 đến ngày 26 tháng 12 năm 2026"},
		{"nhận hồ sơ từ ngày 19/12 đến hết ngày 26/12/2026.", "từ ngày 19/12/2026 đến ngày 26/12/2026", "từ ngày 19/12 đến hết ngày 26/12/2026"},
		{"phúc khảo từ 19 - 26/12/2026.", "từ ngày 19/12/2026 đến ngày 26/12/2026", "từ 19 - 26/12/2026"},
		{"Từ ngày 20 – 23 tháng 11 năm 2024, đoàn làm việc", "từ ngày 20/11/2024 đến ngày 23/11/2024", "Từ ngày 20 – 23 tháng 11 năm 2024"},
		{"từ ngày 07 tháng 12 đến ngày 11 tháng 12 năm 2026", "từ ngày 07/12/2026 đến ngày 11/12/2026", "từ ngày 07 tháng 12 đến ngày 11 tháng 12 năm 2026"},
		{"từ 13 đến ngày 15/02/2017", "từ ngày 13/02/2017 đến ngày 15/02/2017", "từ 13 đến ngày 15/02/2017"},
		{"từ 08 giờ ngày 19 đến 17 giờ ngày 26 tháng 12 năm 2026", "từ ngày 19/12/2026 đến ngày 26/12/2026", "từ 08 giờ ngày 19 đến 17 giờ ngày 26 tháng 12 năm 2026"},
		{"nghỉ từ ngày 28/12 đến ngày 05/01/2027", "từ ngày 28/12/2026 đến ngày 05/01/2027", "từ ngày 28/12 đến ngày 05/01/2027"},
		{"từ ngày 19/12/2026 - 26/12/2026", "từ ngày 19/12/2026 đến ngày 26/12/2026", "từ ngày 19/12/2026 - 26/12/2026"},
		// Backwards as written, for deadline-date to tell.
		{"từ ngày 26 đến ngày 19 tháng 12 năm 2026", "từ ngày 26/12/2026 đến ngày 19/12/2026", "từ ngày 26 đến ngày 19 tháng 12 năm 2026"},
		// A span of hours on one day, of months, of ages, a feast's days
		// in the lunar calendar: no period of days.
		{"tập trung từ 7 đến 11 giờ ngày 10/12/2026", "", ""},
		{"từ 01-3/2020", "", ""},
		{"trẻ từ 24 tháng đến 5 tuổi", "", ""},
		{"lễ hội từ ngày 10 - 12/3/2027 (âm lịch)", "", ""},
		// Not deadlines: a citation date, a yearly habit, a bare month.
		{"Quyết định số 26/QĐ-UBND ngày 09/01/2023", "", ""},
		{"bình xét danh hiệu thi đua, khen thưởng hằng năm", "", ""},
		{"phân bổ kế hoạch vốn đầu tư công hàng năm để thực hiện", "", ""},
		{"xử lý 3 lần vi phạm", "", ""},
		{"Định kỳ tổng hợp, xây dựng báo cáo", "", ""},
		{"báo cáo tháng 02/2025 của Sở", "", ""},
		{"trong năm 2023 và các năm tiếp theo", "", ""},
		{"xyztrước ngày 28/02/2023", "", ""},
	}
	for _, tt := range tests {
		got := FindDeadlines(tt.text)
		if tt.want == "" {
			if len(got) != 0 {
				t.Errorf("FindDeadlines(%q) = %+v, want none", tt.text, got)
			}
			continue
		}
		if len(got) != 1 {
			t.Errorf("FindDeadlines(%q) found %d, want 1: %+v", tt.text, len(got), got)
			continue
		}
		if p := got[0].Phrase(); p != tt.want {
			t.Errorf("FindDeadlines(%q).Phrase() = %q, want %q", tt.text, p, tt.want)
		}
		if got[0].Text != tt.quoted || tt.text[got[0].Off:got[0].End] != tt.quoted {
			t.Errorf("FindDeadlines(%q) quoted %q [%d:%d], want %q", tt.text, got[0].Text, got[0].Off, got[0].End, tt.quoted)
		}
	}
}

func TestParseDeadline(t *testing.T) {
	good := map[string]string{
		"2023-02-28":            "trước ngày 28/02/2023",
		"2023-06":               "trong tháng 6/2023",
		"28/02/2023":            "trước ngày 28/02/2023",
		"tháng 02/2025":         "trong tháng 02/2025",
		"Tháng 02/2025":         "trong tháng 02/2025",
		"trước ngày 20/10/2024": "trước ngày 20/10/2024",
		"định kỳ hằng tháng (trước ngày 20)":   "định kỳ hằng tháng (trước ngày 20)",
		"bắt đầu từ tháng 5 năm 2024":          "bắt đầu từ tháng 5/2024",
		"Quý III/2025":                         "trong quý III/2025",
		"quý II năm 2024":                      "trong quý II/2024",
		"hằng tuần":                            "định kỳ hằng tuần",
		"02 tuần/lần":                          "định kỳ 02 tuần/lần",
		"từ ngày 01/7/2025 đến ngày 31/7/2025": "từ ngày 01/7/2025 đến ngày 31/7/2025",
		"trong năm 2026":                       "từ tháng 01/2026 đến tháng 12/2026", // a whole year, written as typed (Words)
		"Năm 2026":                             "từ tháng 01/2026 đến tháng 12/2026",
		"15-4-2026":                            "trước ngày 15/4/2026",
		"trước ngày 15.4.2026":                 "trước ngày 15/4/2026",
	}
	for in, want := range good {
		d, err := ParseDeadline(in)
		if err != nil {
			t.Errorf("ParseDeadline(%q): %v", in, err)
			continue
		}
		if d.Phrase() != want {
			t.Errorf("ParseDeadline(%q).Phrase() = %q, want %q", in, d.Phrase(), want)
		}
	}
	for _, in := range []string{"", "sớm", "2023-02-30", "trước ngày 30/02/2023", "2023-13", "28/02/2023 và 01/03/2023", "trong tháng 13/2023", "Quý V/2025", "từ ngày 31/7/2025 đến ngày 01/7/2025", "từ ngày 01/7/2025 đến ngày 31/02/2025", "0 tuần/lần"} {
		if d, err := ParseDeadline(in); err == nil {
			t.Errorf("ParseDeadline(%q) = %+v, want an error", in, d)
		}
	}
}

func TestDeadlineSpan(t *testing.T) {
	d, _ := ParseDeadline("trong quý I/2024")
	first, last, ok := d.Span()
	if !ok || first != (Date{2024, 1, 1}) || last != (Date{2024, 3, 31}) {
		t.Errorf("quý I/2024 spans %v..%v (%v)", first, last, ok)
	}
	d, _ = ParseDeadline("từ tháng 3 đến tháng 5/2024")
	if first, last, ok := d.Span(); !ok || first != (Date{2024, 3, 1}) || last != (Date{2024, 5, 31}) {
		t.Errorf("từ tháng 3 đến tháng 5/2024 spans %v..%v (%v)", first, last, ok)
	}
	d, _ = ParseDeadline("định kỳ hằng quý")
	if _, _, ok := d.Span(); ok {
		t.Errorf("a recurring deadline has no span")
	}
}

// TestMayTrigger holds mayTrigger to deadlineTriggers: each trigger, in
// lower case or capitalised, starts with a byte it lets through.
func TestMayTrigger(t *testing.T) {
	for w := range deadlineTriggers {
		for _, v := range []string{w, strings.ToUpper(w[:1]) + w[1:], strings.ToUpper(w)} {
			if !mayTrigger(v[0]) {
				t.Errorf("mayTrigger(%q) = false, a word of deadlineTriggers", v[0])
			}
		}
	}
	for r := rune(0); r < 0x80; r++ {
		if l := lowerWord(string(r)); len(l) == 1 && !mayTrigger(byte(r)) {
			for w := range deadlineTriggers {
				if w[0] == l[0] {
					t.Errorf("mayTrigger(%q) = false, the first letter of %q", r, w)
				}
			}
		}
	}
}

// TestFindDeadlinesDated reads a day without its year in the year of the
// notice, or the next when it falls more than a month before the notice's
// date (d87).
func TestFindDeadlinesDated(t *testing.T) {
	issued := Date{2026, 12, 6}
	tests := []struct {
		text   string
		issued Date
		want   string // Phrase of the single deadline found, "" for none
		quoted string
	}{
		{"gửi hồ sơ trước ngày 15/12.", issued, "trước ngày 15/12/2026", "trước ngày 15/12"},
		{"gửi hồ sơ trước ngày 15 tháng 12 để tổng hợp.", issued, "trước ngày 15/12/2026", "trước ngày 15 tháng 12"},
		{"báo cáo chậm nhất ngày 30/11.", issued, "trước ngày 30/11/2026", "chậm nhất ngày 30/11"},
		{"hạn chót: 17 giờ ngày thứ Năm, 10/12.", issued, "trước ngày 10/12/2026", "hạn chót: 17 giờ ngày thứ Năm, 10/12"},
		{"nộp trước ngày 10/01.", Date{2026, 12, 20}, "trước ngày 10/01/2027", "trước ngày 10/01"},
		{"nộp trước ngày 10/01.", Date{2026, 12, 0}, "trước ngày 10/01/2027", "trước ngày 10/01"},
		{"nộp trước ngày 30/6.", Date{2024, 9, 20}, "trước ngày 30/6/2025", "trước ngày 30/6"},
		{"nộp trước ngày 10/11.", issued, "trước ngày 10/11/2026", "trước ngày 10/11"},
		{"nộp trước ngày 31/11.", issued, "trước ngày 31/11/2026", "trước ngày 31/11"},
		{"gửi trước ngày 15/12/2026.", issued, "trước ngày 15/12/2026", "trước ngày 15/12/2026"},
		// Not one deadline: a day of each year, no notice's date, a day
		// with more digits, a narrative day.
		{"báo cáo trước ngày 15/12 hằng năm.", issued, "", ""},
		{"Hằng năm, trước ngày 15/12, các đơn vị báo cáo.", issued, "định kỳ hằng năm", "Hằng năm"},
		{"gửi hồ sơ trước ngày 15/12.", Date{}, "", ""},
		{"gửi trước ngày 15/123.", issued, "", ""},
		{"ngày 15/12 vừa qua, Sở đã họp.", issued, "", ""},
	}
	for _, tt := range tests {
		got := FindDeadlinesDated(tt.text, tt.issued)
		if tt.want == "" {
			if len(got) != 0 {
				t.Errorf("FindDeadlinesDated(%q) = %+v, want none", tt.text, got)
			}
			continue
		}
		if len(got) != 1 || got[0].Phrase() != tt.want || got[0].Text != tt.quoted {
			t.Errorf("FindDeadlinesDated(%q, %v) = %+v, want %q quoting %q", tt.text, tt.issued, got, tt.want, tt.quoted)
		}
	}
	if got := FindDeadlines("gửi hồ sơ trước ngày 15/12."); len(got) != 0 {
		t.Errorf("FindDeadlines read a day without its year: %+v", got)
	}
}
