package cite

import "testing"

// TestDeadlinePartDue: a part of a month or a quarter is due by the end
// of that part, while Span, which the checks compare, stays the whole.
func TestDeadlinePartDue(t *testing.T) {
	for _, c := range []struct {
		in          string
		first, last Date
		phrase      string
	}{
		{"đầu tháng 7/2026", Date{2026, 7, 1}, Date{2026, 7, 10}, "đầu tháng 7/2026"},
		{"giữa tháng 7/2026", Date{2026, 7, 11}, Date{2026, 7, 20}, "giữa tháng 7/2026"},
		{"cuối tháng 02/2026", Date{2026, 2, 21}, Date{2026, 2, 28}, "cuối tháng 02/2026"},
		{"trung tuần tháng 8 năm 2026", Date{2026, 8, 11}, Date{2026, 8, 20}, "giữa tháng 8/2026"},
		{"trong tháng 7/2026", Date{2026, 7, 1}, Date{2026, 7, 31}, "trong tháng 7/2026"},
		{"cuối quý III/2026", Date{2026, 9, 1}, Date{2026, 9, 30}, "cuối quý III/2026"},
		{"đầu quý IV/2026", Date{2026, 10, 1}, Date{2026, 10, 31}, "đầu quý IV/2026"},
		{"giữa quý I năm 2027", Date{2027, 2, 1}, Date{2027, 2, 28}, "giữa quý I/2027"},
		{"trong quý III/2026", Date{2026, 7, 1}, Date{2026, 9, 30}, "trong quý III/2026"},
		{"trước Tết Nguyên đán 2027", Date{2027, 2, 5}, Date{2027, 2, 5}, "trước ngày 05/02/2027"},
		{"trước Tết Nguyên đán Canh Tuất 2030", Date{2030, 2, 1}, Date{2030, 2, 1}, "trước ngày 01/02/2030"},
	} {
		d, err := ParseDeadline(c.in)
		if err != nil {
			t.Errorf("ParseDeadline(%q): %v", c.in, err)
			continue
		}
		first, last, ok := d.Due()
		if !ok || first != c.first || last != c.last {
			t.Errorf("%q: due %v to %v, want %v to %v", c.in, first, last, c.first, c.last)
		}
		if _, whole, _ := d.Span(); d.Kind == InMonth && whole != (Date{c.last.Year, c.last.Month, 0}).Last() {
			t.Errorf("%q: Span ends %v, want the month's end", c.in, whole)
		}
		if p := d.Phrase(); p != c.phrase {
			t.Errorf("%q: Phrase %q, want %q", c.in, p, c.phrase)
		}
	}
	for _, in := range []string{"trước Tết Nguyên đán", "giữa tháng 13/2026", "trước Tết Nguyên đán 1999"} {
		if _, err := ParseDeadline(in); err == nil {
			t.Errorf("ParseDeadline(%q) read it; want an error", in)
		}
	}
}
