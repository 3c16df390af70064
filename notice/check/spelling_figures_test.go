package check

import (
	"reflect"
	"testing"
	"unicode/utf8"
)

// TestFigureGroupsAsWalked holds figureGroups to the walk over every
// capitalised word as it stood at main 989be3be (figureGroupsWalked),
// texts without a figure included, on every notice and text of testdata
// and 100 notices of made lines: the same groups, spots in the same order.
func TestFigureGroupsAsWalked(t *testing.T) {
	views := append(testdataViews(t), madeFigureViews(t)...)
	spots := 0
	for _, v := range views {
		if v.Unreadable {
			continue
		}
		walk := newSpellWalk(v, withSegs(v.Texts()))
		want := figureGroupsWalked(walk)
		if got := figureGroups(walk); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: %d groups, %d walked:\n%v\n%v", v.Path, len(got), len(want), got, want)
		}
		for _, g := range want {
			spots += len(g)
		}
	}
	t.Logf("%d spots over %d views", spots, len(views))
	if spots < 100 {
		t.Errorf("%d spots: the comparison shows too little", spots)
	}
}

// madeFigureViews are notices of made lines: names of a word and a
// figure, glued, dashed and spaced, in texts with and without figures.
func madeFigureViews(t *testing.T) []*View {
	pieces := []string{
		"Covid", "COVID", "Covid-19", "COVID-19", "Covid 19", "Covid19", "Covid – 19", "Covid—19", "SARS", "A", "Khu", "Phòng",
		"19", "1", "2025", "-", " - ", " ", " ", "  ", "–", "/", ".", "A1B", "QĐ-12/2024", "x", "kinh tế", "Ban", "3.5",
	}
	return madeViews(t, pieces, 1917)
}

// figureGroupsWalked is figureGroups as it stood at main 989be3be.
func figureGroupsWalked(walk *spellWalk) [][]spot {
	groups := map[string][]spot{}
	spaced := map[string][]spot{}
	for _, c := range walk.capitals {
		s, x, i := walk.at(c)
		w := x.words[i]
		if w.end >= len(s.Text) || utf8.RuneCountInString(w.text) < 2 {
			continue
		}
		k, sp, ok := figureSpot(s, w)
		switch {
		case !ok:
		case sp.variant == " ":
			spaced[k] = append(spaced[k], sp)
		default:
			groups[k] = append(groups[k], sp)
		}
	}
	for k, g := range spaced {
		if len(groups[k]) > 0 {
			groups[k] = append(groups[k], g...)
		}
	}
	return sortedGroups(groups)
}
