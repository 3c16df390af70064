package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
)

// smallRomanRuns marks the points of segs numbered in small roman
// numerals, "i)", "ii)", "iii)": a run that starts at "i)" with "ii)" as
// the next point marked, each point one more than the one before; a
// numbered point ("2.") ends the run.
// Such points are a list of their own, as ministries and universities
// number the items of a conclusion ("i) rà soát ...; ii) tổng hợp ..."),
// not letters out of order. An "i)" after "h)" is the letter after it, and
// a lone "i)" or one followed by "k)" starts no run.
func smallRomanRuns(segs []Seg) map[int]bool {
	var runs map[int]bool
	for i := 0; i < len(segs); i++ {
		if smallRoman(segs[i].Marker) != 1 || i > 0 && lastLetter(segs[:i]) == "h)" {
			continue
		}
		run := []int{i}
		for j := i + 1; j < len(segs); j++ {
			m := segs[j].Marker
			if m == "" || m == "-" || m == "+" {
				continue // a paragraph, or a "-" under the point
			}
			if smallRoman(m) != len(run)+1 {
				break
			}
			run = append(run, j)
		}
		if len(run) < 2 {
			continue
		}
		if runs == nil {
			runs = map[int]bool{}
		}
		for _, k := range run {
			runs[k] = true
		}
		i = run[len(run)-1]
	}
	return runs
}

// smallRoman is the value of a point's marker written as a roman numeral
// in small letters and ")" ("iv)" is 4), 0 for any other marker.
func smallRoman(marker string) int {
	l, ok := strings.CutSuffix(marker, ")")
	if !ok || l == "" || strings.ToLower(l) != l {
		return 0
	}
	return cite.RomanValue(strings.ToUpper(l))
}

// lastLetter is the last marker ending in ")" among segs, "" if none.
func lastLetter(segs []Seg) string {
	for k := len(segs) - 1; k >= 0; k-- {
		if strings.HasSuffix(segs[k].Marker, ")") {
			return segs[k].Marker
		}
	}
	return ""
}
