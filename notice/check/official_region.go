package check

import (
	"strings"
	"sync"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// regionRe is the name of a region of the country made of a direction and
// "Bộ" or "Nguyên" written with its last syllable in small letters ("Nam
// bộ", "Đông Nam bộ", "Bắc Trung bộ", "Tây nguyên"), which Phụ lục II
// writes with a capital on every syllable ("Nam Bộ", "Tây Nguyên"): group 1.
var regionRe = lazyre.New(`(?:^|[^\p{L}])((?:(?:Đông|Tây) )?(?:Nam|Bắc) Trung bộ|(?:Đông|Tây) Nam bộ|(?:Bắc|Trung|Nam) bộ|Tây nguyên)(?:[^\p{L}]|$)`)

// regionNotAfter are words that, after "Nam bộ" or "Tây nguyên", make
// another word of the small syllable ("bộ đội", "bộ phận", "nguyên tắc"):
// no region is named there.
var regionNotAfter = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"đội": true, "phận": true, "trưởng": true, "luật": true, "máy": true, "môn": true, "hồ": true, "sưu": true, "liệu": true, "tắc": true, "nhân": true, "vẹn": true, "đơn": true, "giá": true, "văn": true, "quán": true, "tộc": true, "ngành": true}
})

// regionCase says each region's name written with a syllable in small
// letters once, where it first stands, with how many times. A line in
// capitals holds none.
func regionCase(p *Pass) {
	v := p.View
	segs := addressedTexts(v)
	var found onceEach
	for i, s := range segs {
		if s.Role == RoleArchive || !v.mayNameRegion(s.Text) {
			continue
		}
		for _, m := range regionRe().FindAllStringSubmatchIndex(s.Text, -1) {
			if regionNotAfter()[strings.ToLower(fieldAfter(s.Text, m[3]))] || endsPlaceName(s.Text, m[2]) {
				continue
			}
			found.add(s.Text[m[2]:m[3]], i, m[2])
		}
	}
	found.each(func(w string, at [2]int, n int) {
		fixed := titleEach(w)
		p.Report(segs[at[0]], at[1], withCount(diag.Msg("%q: tên vùng, miền viết hoa chữ cái đầu của mỗi âm tiết, %q", "%q: a region's name takes a capital on each syllable, %q", w, fixed), n),
			diag.Msg("viết %q", "write %q", fixed))
	})
}

// regionEnds are the ends of every match of regionRe's group 1: a text
// that holds none of them is not searched, and the expression is not
// compiled in a process that meets none.
var regionEnds = newLiterals("Trung bộ", "Nam bộ", "Bắc bộ", "Tây nguyên")

// mayNameRegion reports whether s holds one of regionEnds, told first
// from the index of s.
func (v *View) mayNameRegion(s string) bool {
	return v.holdsAny(s, regionEnds)
}

// endsPlaceName reports whether the direction at off ends a place's name
// in capitals: a capitalised word, not a sentence's first, stands right
// before it ("tỉnh Hà Nam bộ công cụ").
func endsPlaceName(s string, off int) bool {
	w, j := fieldBefore(s, off)
	if j <= 0 || !startsUpper(w) || strings.IndexFunc(w, func(r rune) bool { return !isLetter(r) }) >= 0 {
		return false
	}
	prev, _ := fieldBefore(s, j)
	return prev != "" && !strings.ContainsAny(prev[len(prev)-1:], ".:!?")
}

// titleEach writes each word of w with a capital.
func titleEach(w string) string {
	f := strings.Fields(w)
	for i := range f {
		f[i] = recase(f[i], true)
	}
	return strings.Join(f, " ")
}
