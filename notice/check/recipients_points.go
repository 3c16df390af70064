package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// pointLabelsRe reads the points a Nơi nhận line names after its word:
// "mục 3", "mục 2, 3", "mục II và III", "khoản 2 Thông báo này".
var pointLabelsRe = lazyre.New(`^[-+•]?\s*như\s+(?:mục|khoản|điểm|phần)\s+(` + labelExpr + `(?:\s*(?:,|và)\s*` + labelExpr + `)*)`)

// labelExpr is a point's label: a number, a Roman numeral, a letter.
const labelExpr = `(?:[0-9]{1,2}|[ivxl]{1,5}|[a-z])\b`

// pointsSentTo reads the labels ("3", "ii") of the notice's own points
// its Nơi nhận sends it to ("- Như mục 3;": those point 3 names). ok is
// false when a label names no point of the body: then which bodies the
// line sends it to is not read, and the caller leaves the notice.
func pointsSentTo(v *View) (labels map[string]bool, ok bool) {
	for i := range v.Recips {
		m := pointLabelsRe().FindStringSubmatch(strings.TrimSpace(v.recipFolded(i)))
		if m == nil {
			continue
		}
		if labels == nil {
			labels = map[string]bool{}
		}
		for _, l := range strings.FieldsFunc(strings.ReplaceAll(m[1], "và", ","), func(r rune) bool { return r == ',' || r == ' ' }) {
			labels[l] = true
		}
	}
	for l := range labels {
		if !bodyHasPoint(v, l) {
			return nil, false
		}
	}
	return labels, true
}

// markerLabel is a marker's label folded: "3." -> "3", "II." -> "ii",
// "a)" -> "a"; "" for a dash.
func markerLabel(marker string) string {
	return cite.Fold(strings.TrimRight(marker, ".)/"))
}

// bodyHasPoint reports whether a point of the body of a level
// inPointsSent walks (markerRank) is labelled l: "phần A" over "A." is
// not read, and leaves the notice alone.
func bodyHasPoint(v *View, l string) bool {
	for i := range v.Body {
		if m := v.Body[i].Marker; markerRank(m) >= 0 && markerLabel(m) == l {
			return true
		}
	}
	return false
}

// markerRank orders the levels of a list: a Roman part over a numbered
// point over a lettered one; -1 for a dash or none.
func markerRank(m string) int {
	switch markerKind(m) {
	case "1.":
		return 1
	case "a)":
		return 2
	}
	if m != "" && strings.Trim(m, "IVXL.") == "" {
		return 0
	}
	return -1
}

// inPointsSent reports whether the assignee a stands in one of the points
// labelled in labels, or under one: the body paragraph it was read from
// and the points it stands under, each of a higher level than the last.
func inPointsSent(v *View, a *Seg, labels map[string]bool) bool {
	i := bodyIndexOf(v, a)
	if i < 0 {
		return true // where it stands is not known: the line may name it
	}
	rank := 3
	for ; i >= 0; i-- {
		m := v.Body[i].Marker
		r := markerRank(m)
		if r < 0 || r >= rank {
			continue
		}
		rank = r
		if labels[markerLabel(m)] {
			return true
		}
	}
	return false
}

// bodyIndexOf finds the body paragraph a was read from: the last one
// starting at or before a's place in the source; -1 when unknown.
func bodyIndexOf(v *View, a *Seg) int {
	at := a.PosAt(0)
	if !at.IsValid() {
		return -1
	}
	found := -1
	for i := range v.Body {
		p := v.Body[i].PosAt(0)
		if !p.IsValid() {
			continue
		}
		if p.Line < at.Line || p.Line == at.Line && p.Col <= at.Col {
			found = i
		}
	}
	return found
}
