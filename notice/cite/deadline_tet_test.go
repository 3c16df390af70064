package cite

import (
	"testing"
	"time"
)

// TestTetDaysAreLunarNewYears: each Tết of the table falls on a real day
// between 21 January and 20 February (the new moon after the winter
// solstice's second), and one lunar year after the last: 354 or 355 days,
// or 383 to 385 with a leap month. A year typed wrong breaks one of them.
// The table was checked against Hồ Ngọc Đức's computation at UTC+7
// (2030: 2 February in Vietnam, 3 February in China).
func TestTetDaysAreLunarNewYears(t *testing.T) {
	var prev time.Time
	for y := 2020; y <= 2040; y++ {
		d, ok := tetDays[y]
		if !ok || d.Year != y || !d.IsReal() {
			t.Errorf("%d: Tết %v", y, d)
			continue
		}
		at := time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
		if at.Before(time.Date(y, 1, 21, 0, 0, 0, 0, time.UTC)) || at.After(time.Date(y, 2, 20, 0, 0, 0, 0, time.UTC)) {
			t.Errorf("%d: Tết %v is outside 21/01 to 20/02", y, d)
		}
		if !prev.IsZero() {
			switch n := int(at.Sub(prev).Hours() / 24); n {
			case 354, 355, 383, 384, 385:
			default:
				t.Errorf("%d: %d days after the last Tết", y, n)
			}
		}
		prev = at
	}
	for y, want := range map[int]Date{2024: {2024, 2, 10}, 2025: {2025, 1, 29}, 2026: {2026, 2, 17}, 2027: {2027, 2, 6}, 2030: {2030, 2, 2}} {
		if tetDays[y] != want {
			t.Errorf("Tết %d: %v, want %v", y, tetDays[y], want)
		}
	}
}
