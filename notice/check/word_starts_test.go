package check

import (
	"fmt"
	"math/rand"
	"reflect"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/plain"
)

// TestStartsAsScans holds the rules moved onto the words they start from
// (word_starts.go) to their findings when they searched every text
// themselves, as they stood at main 454c916e (the old code below), on
// every notice and text of testdata (testdataViews) and on notices of
// made lines: the findings, both languages' message and fix, equal in
// number, order and text. It fails when the old rules find too little
// for the comparison to show anything.
func TestStartsAsScans(t *testing.T) {
	views := append(testdataViews(t), madeStartViews(t)...)
	for _, c := range []struct {
		id  string
		old func(*Pass)
		min int
	}{
		{"unit-case", unitCaseScanned, 20},
		{"weekday-date", weekdayDateScanned, 20},
	} {
		r, ok := Lookup(c.id)
		if !ok {
			t.Fatalf("no rule %s", c.id)
		}
		findings := 0
		for _, v := range views {
			if v.Unreadable || !r.applies(v) {
				continue
			}
			want := startFindings(r, v, c.old)
			got := startFindings(r, v, r.Run)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s, %s: %d findings, %d by the text searched:\n%v\n%v", c.id, v.Path, len(got), len(want), got, want)
			}
			findings += len(want)
		}
		t.Logf("%s: %d findings over %d views", c.id, findings, len(views))
		if findings < c.min {
			t.Errorf("%s: %d findings, fewer than %d: the comparison shows too little", c.id, findings, c.min)
		}
	}
}

// TestStartsOf holds each text's starts to a walk over its words asking
// each lexeme, for every registered set, on testdata's views.
func TestStartsOf(t *testing.T) {
	n := 0
	for _, v := range testdataViews(t) {
		for _, seg := range withSegs(v.Texts()) {
			x := v.index(seg.Text)
			for _, ss := range startSets {
				var want []int32
				for i, w := range x.words {
					if ss.words.has(v.lexicon().of(w.text)) {
						want = append(want, int32(i))
					}
				}
				got := v.startsOf(seg.Text, ss)
				if len(got) != len(want) || len(want) > 0 && !reflect.DeepEqual(got, want) {
					t.Fatalf("%s: set %d of %q: %v, want %v", v.Path, ss.rank, seg.Text, got, want)
				}
				n += len(want)
			}
		}
	}
	if n < 50 {
		t.Fatalf("%d words in the start sets over testdata: too few to show anything", n)
	}
}

// startFindings runs the rule r's code run on v.
func startFindings(r *Rule, v *View, run func(*Pass)) []string {
	p := &Pass{View: v, Opts: &Options{}, rule: r, found: &found{}}
	run(p)
	var out []string
	for _, f := range p.found.list {
		out = append(out, fmt.Sprintf("%+v", f)) // both languages' message and fix
	}
	return out
}

// madeStartViews are notices of made lines, each of pieces the moved
// rules read (units in their forms and others, figures, brackets,
// measures' nouns, days of the week, dates, letters glued to them),
// 3,000 lines in notices of 30 lines each (no broken bytes: the reader takes a file of them for a legacy encoding).
func madeStartViews(t *testing.T) []*View {
	pieces := []string{
		"Kg", "kg", "K", "M", "M2", "M²", "M³", "Km", "Km2", "Km²", "KWh", "Kwh", "KW", "Kw", "KV", "Kv", "Mw",
		"MW", "Ha", "g", "h", "W", "2", "²", "³", "50", "106", " ", " ", " ", "  ", "(", ")", ",", ":", ".",
		"diện tích", "Diện tích", "ĐVT", "đơn vị tính là ", "ĐVT: ", "khối lượng", "BKW", "Á", "ư",
		"thứ", "Thứ", "chủ", "Chủ", "hứ", "hủ", "thứ Hai", "Chủ nhật", "thứ 5", "Ngàythứ", "lần thứ hai",
		"ngày", "28/8/2024", "2/2/2022", "tháng", "năm", "12", "2025", "/", "\t", "t", "T", "c", "C",
	}
	return madeViews(t, pieces, 83)
}

// madeViews are 100 notices of 30 made lines each, each line of 2 to 15
// pieces drawn at random from seed.
func madeViews(t *testing.T, pieces []string, seed int64) []*View {
	rnd := rand.New(rand.NewSource(seed))
	var views []*View
	for n := 0; n < 100; n++ {
		var b strings.Builder
		b.WriteString("THÔNG BÁO\nKết luận\n")
		for l := 0; l < 30; l++ {
			for k := 2 + rnd.Intn(14); k > 0; k-- {
				b.WriteString(pieces[rnd.Intn(len(pieces))])
			}
			b.WriteString("\n")
		}
		f, err := plain.Read("made.txt", []byte(b.String()))
		if err != nil {
			continue // a notice the reader refuses (broken bytes read as a legacy encoding)
		}
		views = append(views, FromText(f))
	}
	if len(views) < 50 {
		t.Fatalf("%d made notices read: too few", len(views))
	}
	return views
}

// unitCaseScanned is unitCase as it stood at main 454c916e: it searched
// each text for "K" and "M".
func unitCaseScanned(p *Pass) {
	for _, seg := range withSegs(p.View.Texts()) {
		s := seg.Text
		if !hasLower(s) {
			continue
		}
		for at := 0; at < len(s); {
			i := strings.IndexAny(s[at:], "KM")
			if i < 0 {
				break
			}
			i += at
			at = i + 1
			unit, right, ok := unitWordAt(s, i)
			if !ok || !unitStands(s, i) {
				continue
			}
			p.Report(seg, i, diag.Msg("%q: ký hiệu đơn vị đo viết là %q", "%q: the unit is written %q", unit, right),
				diag.Msg("viết %q", "write %q", right))
			at = i + len(unit)
		}
	}
}

// weekdayDateScanned is weekdayDate as it stood at main 454c916e: its
// finders searched each text for the days of the week (nextWeekday over
// the whole text).
func weekdayDateScanned(p *Pass) {
	for _, seg := range withSegs(p.View.Texts()) {
		if seg.Role == RoleRecipient || seg.Role == RoleArchive || !mayNameWeekday(p.View, seg.Text) {
			continue
		}
		t := seg.Text
		days := scannedWeekdays(t)
		for _, m := range dayThenDates(t, days) {
			weekdayCheck(p, seg, m[2], m[3], m[4:])
		}
		for _, m := range dateThenDays(t, days) {
			weekdayCheck(p, seg, m[14], m[15], m[2:14])
		}
	}
}
