package check

import (
	"strings"
	"testing"
)

// TestHoldsMeaningAsCounted holds holdsMeaning, which stops once the
// words left cannot make three quarters, to its count over every word as
// it stood at main f79f0831 (holdsMeaningCounted): every form of every
// Nơi nhận line, attendee and assignee of testdata (whole, cut at its
// commas, without its role and its place) against the words of every
// Nơi nhận line and attendee of the same notice.
func TestHoldsMeaningAsCounted(t *testing.T) {
	pairs, held := 0, 0
	for _, v := range testdataViews(t) {
		lines := append(append([]string(nil), v.normalRecipients()...), v.normalAttendees()...)
		var names []string
		for _, a := range v.Assignees {
			names = append(names, strings.Split(a.Text, ",")...)
		}
		names = append(append(names, recipientTexts(v)...), attendeesOf(v)...)
		for _, name := range names {
			b := normal(name)
			r := withoutRole(b)
			pl, _ := withoutPlace(r)
			for _, s := range []string{b, r, pl} {
				f := readForm(s)
				for _, l := range lines {
					rw := strings.Fields(l)
					got, want := f.holdsMeaning(rw), holdsMeaningCounted(&f, rw)
					if got != want {
						t.Fatalf("%s: %q in %q: %v, counted %v", v.Path, s, l, got, want)
					}
					pairs++
					if want {
						held++
					}
				}
			}
		}
	}
	t.Logf("%d pairs, %d held", pairs, held)
	if pairs < 100000 || held < 1000 {
		t.Errorf("%d pairs, %d held: the comparison shows too little", pairs, held)
	}
}

// holdsMeaningCounted is holdsMeaning as it stood at main f79f0831.
func holdsMeaningCounted(f *bodyForm, have []string) bool {
	n := len(f.meaning)
	if n < 2 {
		return false
	}
	hit := 0
	for _, w := range f.meaning {
		if holdsWordOf(have, w) {
			hit++
		} else if strings.HasSuffix(w, " ủy") {
			return false
		}
	}
	return float64(hit)/float64(n) >= 0.75
}
