package check

import "testing"

func TestBareShape(t *testing.T) {
	for w, want := range map[string]bool{
		"lich": true, "Lich": true, "quyet": true, "thuoc": true, "hoach": true, "uu": true, "luu": true,
		"thi": false, "tai": false, "oxit": false, "silic": false, "market": false, "about": false,
		"chip": false, "chat": false, "hoc": true, // bareLoans: words the notices borrow
	} {
		if got := bareShape(w); got != want {
			t.Errorf("bareShape(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestToneOnLastVowel(t *testing.T) {
	for _, c := range [][3]string{
		{"lich", "\u0323", "lịch"},
		{"hoach", "\u0323", "hoạch"},
		{"thuoc", "\u0301", "thuóc"},
	} {
		if got := toneOnLastVowel(c[0], c[1]); got != c[2] {
			t.Errorf("toneOnLastVowel(%q) = %q, want %q", c[0], got, c[2])
		}
	}
}
