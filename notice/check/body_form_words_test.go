package check

import (
	"math/rand"
	"reflect"
	"strings"
	"testing"
)

// TestBodyFormsAsSplit holds a body's forms as coveredBy now reads them
// (withoutPlace in one pass over the spaces, the three forms' words from
// one split, bodyFormWords) to the code of c4423df7 (withoutPlaceLast,
// each form split by strings.Fields and read by readForm), on every Nơi
// nhận line, attendee and assignee (cut at its commas) of testdata and
// on made names (level words repeated, at the start, before "ủy", inside
// "thị xã", roles, committees, spaces of several kinds).
func TestBodyFormsAsSplit(t *testing.T) {
	var names []string
	for _, v := range testdataViews(t) {
		for _, a := range v.Assignees {
			names = append(names, strings.Split(a.Text, ",")...)
		}
		names = append(append(names, recipientTexts(v)...), attendeesOf(v)...)
	}
	names = append(names, madeBodyNames()...)
	cut, placed := 0, 0
	for _, name := range names {
		for _, b := range []string{normal(name), name, " " + name + " "} {
			r := withoutRole(b)
			pl, level := withoutPlace(r)
			wpl, wlevel := withoutPlaceLast(r)
			if pl != wpl || level != wlevel {
				t.Fatalf("withoutPlace(%q) = %q, %q; LastIndex gives %q, %q", r, pl, level, wpl, wlevel)
			}
			words := bodyFormWords(b, r, pl)
			for k, f := range [3]string{b, r, pl} {
				if got, want := readFormOf(f, words[k]), readForm(f); !reflect.DeepEqual(got, want) {
					t.Fatalf("form %d of %q: %+v, split alone %+v", k, b, got, want)
				}
			}
			if r != b {
				cut++
			}
			if level != "" {
				placed++
			}
		}
	}
	t.Logf("%d names, %d cut at a role, %d at a level", len(names), cut, placed)
	if cut < 100 || placed < 1000 {
		t.Errorf("%d cut at a role, %d at a level: the comparison shows too little", cut, placed)
	}
}

// madeBodyNames are 3,000 names of pieces drawn at random.
func madeBodyNames() []string {
	pieces := []string{"huyện", "tỉnh", "thị xã", "xã", "phường", "đặc khu", "ủy", "Huyện ủy", "Tỉnh ủy", "thị", "Xã",
		"chủ tịch", "giám đốc", "trưởng", "phó chủ tịch", "Ủy ban nhân dân", "UBND", "Phòng", "Văn phòng", "Sở", "Ban",
		"Tuyên giáo", "Nội vụ", "An Bình", "Đặc", "khu", "và", "các", " ", " ", "  ", "\u00a0", "\t", "-", ",", "(", ")"}
	rnd := rand.New(rand.NewSource(88))
	var out []string
	for n := 0; n < 3000; n++ {
		var b strings.Builder
		for k := 1 + rnd.Intn(9); k > 0; k-- {
			b.WriteString(pieces[rnd.Intn(len(pieces))])
			if rnd.Intn(3) > 0 {
				b.WriteString(" ")
			}
		}
		out = append(out, b.String())
	}
	return out
}

// withoutPlaceLast is withoutPlace as it stood at c4423df7: each level
// word looked for by strings.LastIndex.
func withoutPlaceLast(s string) (rest, level string) {
	for _, w := range levelWords {
		if i := strings.LastIndex(s, w); i > 0 && !strings.HasPrefix(s[i+len(w):], "ủy ") {
			return s[:i+1], w
		}
	}
	return s, ""
}
