package check

import (
	"strings"
	"sync"

	"github.com/thongbao/thongbao/notice/diag"
)

func init() {
	register(&Rule{ID: "place-comma", Severity: diag.Info, Ref: diag.Practice, Run: placeComma,
		Title: diag.Msg("các cấp của một địa chỉ ngăn nhau bằng dấu phẩy", "the levels of a place are parted by commas"),
		Help: diag.Msg("giữa tên đơn vị hành chính nhỏ và đơn vị lớn chứa nó đặt dấu phẩy: \"thôn Vàng Chá Phìn, xã Cao Mã Pờ\", \"xã Phương Độ, thành phố Hà Giang\"",
			"a comma goes between a unit and the larger unit that holds it: \"thôn Vàng Chá Phìn, xã Cao Mã Pờ\", \"xã Phương Độ, thành phố Hà Giang\"")})
}

// placeUnits are the generic nouns of the levels of places, each with its
// rank (a village 1, a commune 2, a district 3, a province 4), in the
// words as a notice writes them before a name.
var placeUnits = []struct {
	words []string
	rank  int
}{
	{[]string{"tổ", "dân", "phố"}, 1}, {[]string{"khu", "phố"}, 1}, {[]string{"thôn"}, 1}, {[]string{"ấp"}, 1},
	{[]string{"xóm"}, 1}, {[]string{"khóm"}, 1},
	{[]string{"thị", "trấn"}, 2}, {[]string{"xã"}, 2}, {[]string{"phường"}, 2},
	{[]string{"thị", "xã"}, 3}, {[]string{"thành", "phố"}, 3}, {[]string{"huyện"}, 3}, {[]string{"quận"}, 3},
	{[]string{"tỉnh"}, 4},
}

// placeUnitFirst are the first words of placeUnits.
var placeUnitFirst = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"tổ": true, "khu": true, "thôn": true, "ấp": true, "xóm": true, "khóm": true, "thị": true, "xã": true, "phường": true, "thành": true, "huyện": true, "quận": true, "tỉnh": true}
})

// placeUnitHeads is placeUnitFirst as a set of lexemes: each word of a
// notice looked up once.
var placeUnitHeads = newWordSet(func(x *lexeme) bool { return placeUnitFirst()[x.text] })

// placeComma finds a place named within the larger place that holds it
// with no comma between them ("thôn Vàng Chá Phìn xã Cao Mã Pờ", "xã
// Phương Độ thành phố Hà Giang", "phường Phan Đình Phùng tỉnh Thái
// Nguyên"): a generic noun of a level in small letters, a name of
// capitalised words, and the noun of a higher level with its own name
// after a space only. A "thành phố" may hold a district ("quận Ba Đình
// thành phố Hà Nội"). A village's unit may be named by its number, or
// numbers ("khu 7 xã Phù Ninh", "tổ dân phố 3, 4, 5 phường Việt Trì"; "khu"
// and "tổ" alone are units only so). A quotation is left as written.
func placeComma(p *Pass) {
	for _, seg := range p.View.textSegs() {
		if seg.Role == RoleRecipient || seg.Role == RoleArchive {
			continue
		}
		x := p.View.index(seg.Text)
		for i := 0; i < len(x.words); i++ {
			if !x.lex[i].in(placeUnitHeads) {
				continue // placeUnitAt's first test, without a call for every word
			}
			inner, n := placeUnitAt(x, i)
			if n == 0 && (x.words[i].text == "khu" || x.words[i].text == "tổ") {
				inner, n = 1, 1 // "khu 7", "tổ 5": a village's unit only before its number
			}
			if n == 0 {
				continue
			}
			j := i + n
			k := j
			numbered := inner == 1 && numberedPlace(x, j) // "khu 7 xã Phù Ninh": the name is its number
			if !numbered && n == 1 && (x.words[i].text == "khu" || x.words[i].text == "tổ") {
				continue
			}
			for !numbered && k < len(x.words) && x.spaced[k] && capitalised(x.words[k].text) {
				k++
			}
			if !numbered && (k == j || k-j > 5 || k >= len(x.words) || !x.spaced[k]) {
				continue
			}
			outer, m := placeUnitAt(x, k)
			if m == 0 || k+m >= len(x.words) || !x.spaced[k+m] || !capitalised(x.words[k+m].text) {
				continue
			}
			if outer <= inner && !(outer == 3 && inner == 3 && x.words[k].text == "thành") {
				continue
			}
			if quoted(seg.Text, x.words[i].off) {
				continue
			}
			e := k + m + 1
			for e < len(x.words) && e-k-m < 5 && x.spaced[e] && capitalised(x.words[e].text) {
				e++
			}
			written := seg.Text[x.words[i].off:x.words[e-1].end]
			innerEnd := len(strings.TrimRight(seg.Text[:x.words[k].off], " ")) // after the name, or the number
			fixed := seg.Text[x.words[i].off:innerEnd] + ", " + seg.Text[x.words[k].off:x.words[e-1].end]
			p.Report(seg, x.words[k].off, diag.Msg("%q: thiếu dấu phẩy giữa hai cấp địa danh", "%q: no comma between the two levels of the place", written),
				diag.Msg("viết %q", "write %q", fixed))
			i = k - 1
		}
	}
}

// placeUnitAt reads the generic noun of a level of places, written in
// small letters, at word i of x: its rank and how many words it takes
// (0: none).
func placeUnitAt(x *textIndex, i int) (rank, n int) {
	if !x.lex[i].in(placeUnitHeads) {
		return 0, 0 // the quick way out, for most words
	}
	for _, u := range placeUnits {
		if i+len(u.words) > len(x.words) {
			continue
		}
		ok := true
		for k, w := range u.words {
			if x.words[i+k].text != w || k > 0 && !x.spaced[i+k] {
				ok = false
				break
			}
		}
		if ok {
			return u.rank, len(u.words)
		}
	}
	return 0, 0
}

// numberedPlace reports whether word j of x follows a unit's number, or
// its numbers,, after the word before it and nothing else: " 7 ", " 3, 4, 5 ",
// " 6 và 7 " is read as its number then "và" and a number.
func numberedPlace(x *textIndex, j int) bool {
	if j == 0 || j >= len(x.words) || x.spaced[j] {
		return false
	}
	gap := x.text[x.words[j-1].end:x.words[j].off]
	if gap == "" || gap[0] != ' ' || gap[len(gap)-1] != ' ' {
		return false
	}
	figures := 0
	for _, f := range strings.FieldsFunc(gap, func(r rune) bool { return r == ' ' || r == ',' }) {
		if len(f) > 3 || strings.Trim(f, "0123456789") != "" {
			return false
		}
		figures++
	}
	return figures > 0 && !strings.Contains(gap, ",  ") && !strings.HasSuffix(strings.TrimRight(gap, " "), ",")
}
