package docx

import (
	"strings"
	"testing"
)

var puaCases = []string{
	"", "a", "Tiếng Việt", "\uf020", "x\uf0b7y", "\uf0ff", "\uf100", "\uefff", "\ufeff", "\xef\x80", "\xef\x80A",
	"\xef\xef\x80\x80", "ﬀ\uf06c", "\xef", strings.Repeat("ư", 30) + "\uf0a7",
}

// TestHasPUA holds hasPUA to a search character by character.
func TestHasPUA(t *testing.T) {
	for _, s := range puaCases {
		samePUA(t, s)
	}
}

func samePUA(t *testing.T, s string) {
	want := strings.ContainsFunc(s, func(r rune) bool { return r >= 0xF000 && r <= 0xF0FF })
	if got := hasPUA(s); got != want {
		t.Fatalf("hasPUA(%q) = %v, want %v", s, got, want)
	}
}

// FuzzHasPUA holds hasPUA to a search character by character on any
// bytes.
func FuzzHasPUA(f *testing.F) {
	for _, s := range puaCases {
		f.Add(s)
	}
	f.Fuzz(samePUA)
}
