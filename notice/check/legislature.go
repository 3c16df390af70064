package check

import (
	"strconv"
	"strings"
	"sync"

	"github.com/thongbao/thongbao/notice/cite"
)

// legislatureStarts are the years each Quốc hội's term began, from the
// XIth (2002) to the XVIth (2026): a term runs from its election in the
// spring of its first year to that of the next, so a law of a year
// between is passed by one term only, and a law of a first year by the
// one ending or the one beginning.
var legislatureStarts = sync.OnceValue(func() map[int]int {
	return map[int]int{11: 2002, 12: 2007, 13: 2011, 14: 2016, 15: 2021, 16: 2026}
})

// legislatureRoman names the terms as the decree's readers write them.
var legislatureRoman = sync.OnceValue(func() map[int]string {
	return map[int]string{11: "XI", 12: "XII", 13: "XIII", 14: "XIV", 15: "XV", 16: "XVI"}
})

// legislatureFor returns the terms ("XV (QH15)") whose years hold the year
// of a law or a resolution numbered by Quốc hội or its Standing Committee
// ("37/2024/QH14": 2024 is the XVth's), when the number names another;
// none when the number names a term that could have passed it. A first
// year gives both the term ending and the one beginning ("01/2016/QH12":
// "XIII (QH13)", "XIV (QH14)").
func legislatureFor(n cite.Number) []string {
	code := strings.TrimPrefix(n.Issuer, "UBTV")
	term, ok := strings.CutPrefix(code, "QH")
	if !ok || n.Year == "" {
		return nil
	}
	k, err := strconv.Atoi(term)
	y, err2 := strconv.Atoi(n.Year)
	start, known := legislatureStarts()[k]
	if err != nil || err2 != nil || !known {
		return nil
	}
	end, closed := legislatureStarts()[k+1]
	if y >= start && (!closed || y <= end) {
		return nil
	}
	var terms []string // a first year is two terms': 2016 is the XIIIth's and the XIVth's
	for t := 11; t <= 16; t++ {
		s := legislatureStarts()[t]
		if e, ok := legislatureStarts()[t+1]; ok && s <= y && y <= e {
			terms = append(terms, legislatureRoman()[t]+" ("+strings.TrimSuffix(n.Issuer, term)+strconv.Itoa(t)+")")
		}
	}
	return terms
}
