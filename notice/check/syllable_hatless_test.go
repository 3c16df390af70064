package check

import "testing"

// TestHatlessRhyme: "ie"/"ye" with a toned hatless "e" before a final
// sound is said, in small letters and in capitals; words with the hat,
// words typed with no marks, a name's mixed case and other rhymes are
// left.
func TestHatlessRhyme(t *testing.T) {
	for w, want := range map[string]string{
		"quyèn": "quyền", "QUYÈN": "QUYỀN", "tièn": "tiền", "viéc": "viếc", "yén": "yến", "tièu": "tiều",
		"quyền": "", "Nguyen": "", "tien": "", "Tièn": "", "mè": "", "tiè": "", "Pierre": "", "yèng": "yềng",
	} {
		got, ok := hatlessRhyme(w)
		if ok != (want != "") || got != want {
			t.Errorf("hatlessRhyme(%q) = %q, %v; want %q", w, got, ok, want)
		}
		if want == "" {
			continue
		}
		if _, bad := notSyllable(w); !bad {
			t.Errorf("notSyllable(%q): let through", w)
		}
	}
}
