package check

import (
	"strings"
	"sync"

	"github.com/thongbao/thongbao/notice/diag"
)

// placeCaseRe is an administrative unit whose noun Phụ lục II capitalises
// and a text writes in small letters, or a noun of two words written with
// a capital on its second ("Thành Phố"), which no rule of the decree
// writes: group 1 is "thành phố" or "tp." before "Hồ Chí Minh" (written
// "Thành phố Hồ Chí Minh" wherever it stands), group 2 "thủ đô" before
// "Hà Nội" ("Thủ đô Hà Nội"), group 3 "quận" or "phường" before its
// number ("Quận 3", "Phường 7"), group 4 "Thành Phố", "Thị Xã", "Thị
// Trấn". Tried only where one of those words starts after a character
// that is no letter (a leadExpr).
var placeCaseRe = sync.OnceValue(func() *leadExpr {
	return newLeadExpr(``, `[^\p{L}]`, `(?:(thành phố|tp\.) ?Hồ Chí Minh|(thủ đô) Hà Nội|(quận|phường) [0-9]+|(Thành Phố|Thị Xã|Thị Trấn)(?: \p{Lu}|[ ,.;:)]|$))`,
		"thành phố", "tp.", "thủ đô", "quận ", "phường ", "Thành Phố", "Thị Xã", "Thị Trấn")
})

// placeCase says each way a text writes such a unit once, where it first
// stands, with how many times. Lines in capitals are left out.
func placeCase(p *Pass) {
	v := p.View
	segs := addressedTexts(v)
	var found onceEach
	fixed := map[string]string{}
	twoWords := map[string]bool{} // group 4: the second word takes no capital
	for i, s := range segs {
		if s.Role == RoleArchive || !hasLower(s.Text) || !v.mayNamePlace(s.Text) {
			continue
		}
		for _, m := range placeCaseRe().findAllIn(p.View, s.Text) {
			for g := 1; g <= 4; g++ {
				a, b := m[2*g], m[2*g+1]
				if a < 0 {
					continue
				}
				if g == 3 && kindBefore()[strings.ToLower(lastWord(s.Text[:a]))] {
					continue // "các phường 5, 7": the units, not the name of one
				}
				w := s.Text[a:b]
				if g < 4 {
					w = strings.TrimRight(s.Text[a:m[1]], " ") // with the name: "thành phố Hồ Chí Minh", "quận 3"
				}
				found.add(w, i, a)
				fixed[w], twoWords[w] = placeFixed(s.Text[a:b], g)+w[b-a:], g == 4
			}
		}
	}
	found.each(func(w string, at [2]int, n int) {
		msg := diag.Msg("%q: tên đơn vị hành chính viết là %q", "%q: the administrative unit is written %q", w, fixed[w])
		fix := diag.Msg("viết %q", "write %q", fixed[w])
		if twoWords[w] {
			second := w[strings.IndexByte(w, ' ')+1:]
			msg = diag.Msg("%q: chữ %q viết thường", "%q: %q takes no capital", w, second)
			fix = diag.Msg("viết %q (hoặc %q ở đầu câu)", "write %q (or %q at the start of a sentence)", strings.ToLower(w), fixed[w])
		}
		p.Report(segs[at[0]], at[1], withCount(msg, n), fix)
	})
}

// mayNamePlace reports whether s may hold a unit placeCaseRe matches: a
// literal look before the scan, told first from the index of s.
func (v *View) mayNamePlace(s string) bool {
	return v.holdsAny(s, placeLits)
}

// placeLits are what every match of placeCaseRe holds, one of them.
var placeLits = newLiterals("Hồ Chí Minh", "Hà Nội", "quận ", "phường ", "Thành Phố", "Thị Xã", "Thị Trấn")

// placeFixed writes w as Phụ lục II does, w being group g of placeCaseRe.
func placeFixed(w string, g int) string {
	switch g {
	case 1:
		return "Thành phố"
	case 4:
		i := strings.IndexByte(w, ' ')
		return w[:i+1] + recase(w[i+1:], false) // "Thành phố", "Thị xã": the second word in small letters
	}
	return recase(w, true)
}
