package check

import (
	"reflect"
	"sort"
	"strings"
	"testing"
)

// TestDashGroupsAsScanned holds dashGroups, read at the gaps that are
// not spaces alone and at the words "và" (dashReader), to its loop over
// every word as it stood at c4423df7 (dashGroupsScanned), on every
// notice and text of testdata and on 100 notices of made lines (names
// joined by dashes of three kinds, spaced or not, "&", "và", a number
// before a dash, words in capitals and small letters): the groups and
// their spots equal, in order.
func TestDashGroupsAsScanned(t *testing.T) {
	spots := 0
	for _, v := range append(testdataViews(t), madeDashViews(t)...) {
		if v.Unreadable {
			continue
		}
		segs := append(headerNames(v), spellingSegs(v)...)
		want := dashGroupsScanned(v, segs)
		if got := dashGroups(v, segs); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: %d dash groups, %d by every word asked:\n%v\n%v", v.Path, len(got), len(want), got, want)
		}
		for _, g := range want {
			spots += len(g)
		}
	}
	t.Logf("%d spots", spots)
	if spots < 200 {
		t.Errorf("%d spots in dash groups, want 200 at least", spots)
	}
}

// madeDashViews are notices of made lines of the pieces dashGroups
// reads.
func madeDashViews(t *testing.T) []*View {
	pieces := []string{
		"Văn hóa", "Thông tin", "Thể thao", "Du lịch", "Truyền thông", "Phát thanh", "Truyền hình", "các", "bon",
		"Trung tâm ", "Phòng ", "Sở ", "khu vực", "Thành phố", "UBND", "KT", "XH", " - ", "-", " – ", "–", "—", " — ",
		"- ", " -", " & ", "&", " và ", "và", " ", " ", ",", ".", "(", ")", "3", " 12 - ", "1234 - ", "Tuyên giáo", "Dân vận",
	}
	return madeViews(t, pieces, 86)
}

// dashGroupsScanned is dashGroups as it stood at c4423df7: every word of
// every text asked.
func dashGroupsScanned(v *View, segs []*Seg) [][]spot {
	l := v.lexicon()
	groups := newDashJoins(l)
	ands := newDashJoins(l) // "Tuyên giáo và Dân vận", joining what a dash joins elsewhere
	amps := newDashJoins(l) // "Phát thanh & Truyền hình", "&" typed for what a dash or "và" joins elsewhere
	for _, s := range segs {
		x := v.index(s.Text)
		ws := x.words
		run := 0 // the first word of the run of words parted by spaces and dashes
		for i := 1; i < len(ws); i++ {
			if x.spaced[i] {
				// Spaces only: no dash or "&" joins the words, and the run
				// goes on; "và" may join two names.
				if ws[i].text == "và" {
					if sp, ok := andJoin(s, ws, run, i); ok {
						ands.add(x.lex[i-1], x.lex[i+1], "", sp, runHead(ws, run, i-1))
					}
				}
				continue
			}
			gap := s.Text[ws[i-1].end:ws[i].off]
			if ws[i].text == "và" { // andJoin's first test, without a call a word
				if sp, ok := andJoin(s, ws, run, i); ok {
					ands.add(x.lex[i-1], x.lex[i+1], "", sp, runHead(ws, run, i-1))
				}
			}
			if strings.IndexByte(gap, '&') >= 0 && ampJoin(gap, ws[i-1].text, ws[i].text) {
				amps.add(x.lex[i-1], x.lex[i], "", ampSpot(s, ws, run, i), "")
				continue
			}
			num := ""
			if !dashGap(gap) {
				if n, d, ok := numberDash(gap); ok && titleCase(ws[i].text) {
					num, gap = n, d // "khu vực 3 - Thành phố Cần Thơ": the number is the name's
				} else {
					if strings.Trim(gap, " ") != "" {
						run = i
					}
					continue
				}
			}
			if !titleCase(ws[i-1].text) && !titleCase(ws[i].text) && !isAbbrev(ws[i-1].text) && strings.HasPrefix(gap, " ") && strings.HasSuffix(gap, " ") {
				continue // a dash between common words with a space on each side is punctuation, not part of a name
			}
			from, to := max(run, i-2), min(len(ws)-1, i+1)
			if !titleCase(ws[i-1].text) && !titleCase(ws[i].text) && !isAbbrev(ws[i-1].text) && !isAbbrev(ws[i].text) {
				from, to = i-1, i // a word written with a hyphen ("các-bon"), not a name
			}
			for to > i && !spaced(s.Text, ws[to-1].end, ws[to].off) && !dashGap(s.Text[ws[to-1].end:ws[to].off]) {
				to--
			}
			groups.add(x.lex[i-1], x.lex[i], num, spot{seg: s, off: ws[from].off, end: ws[to].end, form: s.Text[ws[from].off:ws[to].end],
				variant: gap, diffOff: ws[i-1].end, once: ws[run].off + 1}, runHead(ws, run, i-1))
		}
	}
	for _, a := range ands.byID {
		d := groups.find(a.a, a.b)
		g := a.spots
		if d != nil {
			g = sameBody(g, a.heads, d.heads)
		} else {
			g = sameBody(g, a.heads, nil)
		}
		if len(g) > 0 && (d != nil && len(d.spots) > 0 || amps.count(a.a, a.b) > 0) {
			d = groups.at(a.a, a.b)
			d.spots = append(d.spots, g...)
			sort.SliceStable(d.spots, func(i, j int) bool { return spotBefore(d.spots[i], d.spots[j]) })
		}
	}
	for _, a := range amps.byID {
		if d := groups.find(a.a, a.b); d != nil && len(d.spots) > 0 {
			d.spots = append(d.spots, a.spots...)
			sort.SliceStable(d.spots, func(i, j int) bool { return spotBefore(d.spots[i], d.spots[j]) })
		}
	}
	return groups.sorted()
}
