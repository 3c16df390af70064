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
	views := append(append(testdataViews(t), madeStartViews(t)...), madeYearViews(t)...)
	for _, c := range []struct {
		id       string
		old, new func(*Pass) // new nil: the rule's Run
		min      int
	}{
		{"unit-case", unitCaseScanned, nil, 20},
		{"weekday-date", weekdayDateScanned, func(p *Pass) { weekdayDates(p, false) }, 20},
		{"citation-first-mention", yearOnlyNumbersScanned, yearOnlyNumbers, 20},
	} {
		sameAsOld(t, views, c.id, c.old, c.new, c.min)
	}
}

// sameAsOld holds the code run (nil: the rule's Run) of the rule id to
// its old code on views: the findings, both languages' message and fix,
// equal in number, order and text. It fails when the old code finds
// fewer than min in all.
func sameAsOld(t *testing.T, views []*View, id string, old, run func(*Pass), min int) {
	t.Helper()
	r, ok := Lookup(id)
	if !ok {
		t.Fatalf("no rule %s", id)
	}
	if run == nil {
		run = r.Run
	}
	findings := 0
	for _, v := range views {
		if v.Unreadable || !r.applies(v) {
			continue
		}
		want := startFindings(r, v, old)
		got := startFindings(r, v, run)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s, %s: %d findings, %d by the text searched:\n%v\n%v", id, v.Path, len(got), len(want), got, want)
		}
		findings += len(want)
	}
	t.Logf("%s: %d findings over %d views", id, findings, len(views))
	if findings < min {
		t.Errorf("%s: %d findings, fewer than %d: the comparison shows too little", id, findings, min)
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
			unit, right, ok := unitRead(s, i) // the words a unit stands after, as unitCase reads them (m102: a kilonewton in a line naming a force)
			if !ok {
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
		weekdaysBeside(p, seg, scannedWeekdays(seg.Text)) // the checks of the days found, as weekdayDates makes them
	}
}

// madeYearViews are notices of made lines of documents cited by their
// kind, "số" and a number, with and without their ký hiệu, spaced and
// glued, quoted or not.
func madeYearViews(t *testing.T) []*View {
	pieces := []string{
		"Nghị định", "Thông tư", "Luật", "Bộ luật", "Chỉ thị", "Pháp lệnh", "XLuật", " số ", " số ", " số ", "số", "Số", " ",
		"Nghị định số 115/2020", "Thông tư số 01/2025 ", "Luật số 7/1999", " số số 12/2024 ", "Bộ luật số 3/2015/QH13",
		"Thông tư Số 01/2025 ", "Luậtsố 7/1999 ", "Luật số7/1999 ", "Nghị định  số 2/2020 ", "Chỉ thị\tsố 4/2021 ", "Chỉ thị số\t4/2021 ",
		"115/2020", "01/2025", "7/1999", "2021/2022", "/NĐ-CP", "-BTC", "/", "của", "Chính phủ", "“", "”", "\"", ",", ".", "\t",
	}
	return madeViews(t, pieces, 841)
}

// yearOnlyNumbersScanned is yearOnlyNumbers as it stood at main
// 8fe8bb2b: it searched each text for " số ".
func yearOnlyNumbersScanned(p *Pass) {
	for _, seg := range withSegs(p.View.Body) {
		text := seg.Text
		for from := 0; ; {
			i := indexLit(text[from:], " số ")
			if i < 0 {
				break
			}
			at := from + i
			from = at + len(" số ")
			end, ok := yearOnlyNumber(text, from)
			if !ok {
				continue
			}
			kind := yearOnlyKindBefore(text[:at])
			if kind == "" || quoted(text, at) {
				continue
			}
			start := at - len(kind)
			written := text[start:end]
			p.Report(seg, start, diag.Msg("%q: số của văn bản thiếu ký hiệu (tên loại và cơ quan ban hành viết tắt sau năm ban hành)", "%q: the document's number lacks its ký hiệu (the kind and issuer's letters after the year)", written),
				yearOnlyFix(kind, written))
		}
	}
}
