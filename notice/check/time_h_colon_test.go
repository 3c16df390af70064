package check

import "testing"

// TestHourWithColonAndH: "10:00h" and "7:15h" are read whole, the hour
// before the colon and its minutes after it ("10 giờ 00"), where the
// minutes alone were taken for the hour ("00h": "viết 00 giờ").
func TestHourWithColonAndH(t *testing.T) {
	for _, c := range []struct{ text, span, lawful string }{
		{"Họp lúc 10:00h ngày mai", "10:00h", "10 giờ 00"},
		{"đón khách lúc 7:15h.", "7:15h", "7 giờ 15"},
		{"bắt đầu:14h00.", "14h00", "14 giờ 00"},
		{"Thời gian: 8h30", "8h30", "8 giờ 30"},
		{"từ 00:30h", "00:30h", "00 giờ 30"},
		{"từ 07:30h", "07:30h", "07 giờ 30"},
	} {
		i := len(c.text) - 1
		for c.text[i] != 'h' || !isDigit(c.text[i-1]) {
			i--
		}
		h, ok := hourAt(c.text, i)
		if !ok || c.text[h.from:h.to] != c.span || h.lawful != c.lawful {
			t.Errorf("%q: got %q %q %v, want %q %q", c.text, c.text[h.from:h.to], h.lawful, ok, c.span, c.lawful)
		}
	}
	for _, s := range []string{"lúc 10:00:15h", "lúc 25:00h", "lúc 10:0h"} {
		i := len(s) - 1
		if h, ok := hourAt(s, i); ok {
			t.Errorf("%q: read as %q", s, s[h.from:h.to])
		}
	}
}
