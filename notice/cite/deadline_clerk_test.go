package cite

import (
	"errors"
	"testing"
)

// TestParseDeadlineClerkForms reads a task's deadline as clerks type it
// in a source, the way they mean it: a day, the end of a period, or no
// date at all for a standing task.
func TestParseDeadlineClerkForms(t *testing.T) {
	tests := []struct {
		in    string
		kind  DeadlineKind
		first Date // the first day of the span; zero for none
		last  Date // the last day of the span; zero for none
		words string
	}{
		{"thường xuyên", Standing, Date{}, Date{}, "thường xuyên"},
		{"Thực hiện thường xuyên", Standing, Date{}, Date{}, "thường xuyên"},
		{"thường xuyên, liên tục", Standing, Date{}, Date{}, "thường xuyên, liên tục"},
		{"6 tháng cuối năm 2026", Between, Date{2026, 7, 1}, Date{2026, 12, 31}, "6 tháng cuối năm 2026"},
		{"trong 6 tháng đầu năm 2026", Between, Date{2026, 1, 1}, Date{2026, 6, 30}, "trong 6 tháng đầu năm 2026"},
		{"trước 15/7/2026", By, Date{2026, 7, 15}, Date{2026, 7, 15}, "trước ngày 15/7/2026"},
		{"chậm nhất 15/7/2026", By, Date{2026, 7, 15}, Date{2026, 7, 15}, "chậm nhất ngày 15/7/2026"},
		{"trước 15.7.2026", By, Date{2026, 7, 15}, Date{2026, 7, 15}, "trước ngày 15/7/2026"},
		{"2026-7-15", By, Date{2026, 7, 15}, Date{2026, 7, 15}, "trước ngày 15/7/2026"},
		{"2026/07/15", By, Date{2026, 7, 15}, Date{2026, 7, 15}, "trước ngày 15/7/2026"},
		{"2026-7", InMonth, Date{2026, 7, 1}, Date{2026, 7, 31}, "trong tháng 7/2026"},
		{"hoàn thành trước 30/6/2026", By, Date{2026, 6, 30}, Date{2026, 6, 30}, "trước ngày 30/6/2026"},
		{"Thời hạn: trước ngày 15/7/2026.", By, Date{2026, 7, 15}, Date{2026, 7, 15}, "trước ngày 15/7/2026"},
		{"chậm nhất đến ngày 01 tháng 7 năm 2028", By, Date{2028, 7, 1}, Date{2028, 7, 1}, "chậm nhất đến ngày 01 tháng 7 năm 2028"},
		{"chậm nhất không quá ngày 30/6/2020", By, Date{2020, 6, 30}, Date{2020, 6, 30}, "chậm nhất không quá ngày 30/6/2020"},
		{"trước 17h ngày 30 tháng 11 năm 2022", By, Date{2022, 11, 30}, Date{2022, 11, 30}, "trước 17h ngày 30 tháng 11 năm 2022"},
		{"trước 17 giờ ngày 14/9/2017", By, Date{2017, 9, 14}, Date{2017, 9, 14}, "trước 17 giờ ngày 14/9/2017"},
		{"trước ngày20/02/2014", By, Date{2014, 2, 20}, Date{2014, 2, 20}, "trước ngày 20/02/2014"},
		{"đến ngày 31/12/2026", By, Date{2026, 12, 31}, Date{2026, 12, 31}, "đến ngày 31/12/2026"},
		{"đến hết năm 2026", By, Date{2026, 12, 31}, Date{2026, 12, 31}, "đến hết năm 2026"},
		{"cuối năm 2026", By, Date{2026, 12, 31}, Date{2026, 12, 31}, "cuối năm 2026"},
		{"từ nay đến ngày 31/12/2026", By, Date{2026, 12, 31}, Date{2026, 12, 31}, "từ nay đến ngày 31/12/2026"},
		{"2026", Between, Date{2026, 1, 1}, Date{2026, 12, 31}, "năm 2026"},
		// Tasks with no date: on demand, as lawful as a standing one.
		{"đột xuất", Standing, Date{}, Date{}, "đột xuất"},
		{"Khi có yêu cầu", Standing, Date{}, Date{}, "Khi có yêu cầu"},
		{"theo yêu cầu", Standing, Date{}, Date{}, "theo yêu cầu"},
		// Forms read before, unchanged.
		{"chậm nhất ngày 15/7/2026", By, Date{2026, 7, 15}, Date{2026, 7, 15}, "chậm nhất ngày 15/7/2026"},
		{"trong tháng 12/2026", InMonth, Date{2026, 12, 1}, Date{2026, 12, 31}, "trong tháng 12/2026"},
		{"trước ngày 15 tháng 7 năm 2026", By, Date{2026, 7, 15}, Date{2026, 7, 15}, "trước ngày 15 tháng 7 năm 2026"},
		{"quý IV/2026", InQuarter, Date{2026, 10, 1}, Date{2026, 12, 31}, "quý IV/2026"},
	}
	for _, tt := range tests {
		d, err := ParseDeadline(tt.in)
		if err != nil {
			t.Errorf("ParseDeadline(%q): %v", tt.in, err)
			continue
		}
		first, last, _ := d.Span()
		if d.Kind != tt.kind || first != tt.first || last != tt.last || d.Words() != tt.words {
			t.Errorf("ParseDeadline(%q) = kind %d, %v to %v, %q; want kind %d, %v to %v, %q",
				tt.in, d.Kind, first, last, d.Words(), tt.kind, tt.first, tt.last, tt.words)
		}
	}
}

// TestParseDeadlineNoYear refuses a day, month or quarter without its year
// by saying so, not as words it cannot read.
func TestParseDeadlineNoYear(t *testing.T) {
	for _, in := range []string{"hoàn thành trước 30/6", "trước ngày 30 tháng 6", "tháng 12", "trong tháng 12", "quý IV", "15/7"} {
		if _, err := ParseDeadline(in); !errors.Is(err, ErrNoYear) {
			t.Errorf("ParseDeadline(%q) = %v, want ErrNoYear", in, err)
		}
	}
	for _, in := range []string{"tuần tới", "sớm", "13 tháng cuối năm 2026"} {
		if _, err := ParseDeadline(in); err == nil || errors.Is(err, ErrNoYear) {
			t.Errorf("ParseDeadline(%q) = %v, want a refusal of the words", in, err)
		}
	}
}

// TestParseDeadlineYearly reads a day of each year, "trước ngày 15/12 hằng
// năm", as a yearly deadline on that day, where it was refused (or, with
// "hằng năm" first, told it had no year).
func TestParseDeadlineYearly(t *testing.T) {
	for _, in := range []string{"trước ngày 15/12 hằng năm", "trước 15/12 hằng năm", "chậm nhất ngày 15 tháng 12 hàng năm", "hằng năm, trước ngày 15/12", "Định kỳ hằng năm trước ngày 15/12"} {
		d, err := ParseDeadline(in)
		if err != nil {
			t.Errorf("ParseDeadline(%q): %v", in, err)
			continue
		}
		if d.Kind != Every || d.Every != "năm" || d.EveryDay != 15 || d.EveryMon != 12 || d.Phrase() != "định kỳ hằng năm (trước ngày 15/12)" {
			t.Errorf("ParseDeadline(%q) = %+v, %q", in, d, d.Phrase())
		}
	}
	if _, err := ParseDeadline("trước ngày 31/2 hằng năm"); !errors.Is(err, ErrNotReal) {
		t.Errorf("31/2 of each year: %v, want ErrNotReal", err)
	}
}

// TestParseDeadlinePeriods reads the spans clerks give a task besides a
// day, a month or a quarter, each due by its last day: a week of a month
// (the first seven days, ..., the last seven), a run of quarters, a period
// of years, which is a long-term task.
func TestParseDeadlinePeriods(t *testing.T) {
	tests := []struct {
		in          string
		first, last Date
		long        bool
	}{
		{"tuần đầu tháng 7/2026", Date{2026, 7, 1}, Date{2026, 7, 7}, false},
		{"trong tuần đầu tiên của tháng 7 năm 2026", Date{2026, 7, 1}, Date{2026, 7, 7}, false},
		{"tuần thứ hai tháng 7/2026", Date{2026, 7, 8}, Date{2026, 7, 14}, false},
		{"tuần cuối tháng 2/2026", Date{2026, 2, 22}, Date{2026, 2, 28}, false},
		{"quý III và quý IV/2026", Date{2026, 7, 1}, Date{2026, 12, 31}, false},
		{"quý III, IV năm 2026", Date{2026, 7, 1}, Date{2026, 12, 31}, false},
		{"từ quý II đến quý III/2026", Date{2026, 4, 1}, Date{2026, 9, 30}, false},
		{"đến năm 2030", Date{2030, 12, 31}, Date{2030, 12, 31}, true},
		{"từ nay đến năm 2030", Date{2030, 12, 31}, Date{2030, 12, 31}, true},
		{"giai đoạn 2026-2030", Date{2026, 1, 1}, Date{2030, 12, 31}, true},
		{"trong giai đoạn 2026 – 2030", Date{2026, 1, 1}, Date{2030, 12, 31}, true},
		{"năm 2026-2027", Date{2026, 1, 1}, Date{2027, 12, 31}, true},
	}
	for _, tt := range tests {
		d, err := ParseDeadline(tt.in)
		if err != nil {
			t.Errorf("ParseDeadline(%q): %v", tt.in, err)
			continue
		}
		first, last, _ := d.Span()
		if first != tt.first || last != tt.last || d.Long != tt.long || d.Words() != tt.in {
			t.Errorf("ParseDeadline(%q) = %v to %v, long %v, %q; want %v to %v, long %v", tt.in, first, last, d.Long, d.Words(), tt.first, tt.last, tt.long)
		}
	}
	if d, err := ParseDeadline("2026-2030"); err != nil || !d.Long || d.Words() != "giai đoạn 2026-2030" {
		t.Errorf("ParseDeadline(\"2026-2030\") = %+v, %v; want the period giai đoạn 2026-2030", d, err)
	}
	for _, in := range []string{"tuần đầu tháng 13/2026", "quý IV và quý II/2026", "giai đoạn 2030-2026"} {
		if _, err := ParseDeadline(in); !errors.Is(err, ErrNotReal) {
			t.Errorf("ParseDeadline(%q) = %v, want ErrNotReal", in, err)
		}
	}
}
