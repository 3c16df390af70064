package check

import (
	"strings"
	"sync"

	"github.com/thongbao/thongbao/notice/cite"
)

// fieldCompounds are words of two syllables that give the field of a
// body in its name, folded: Phụ lục II capitalises their first syllable
// only ("Sở Tài chính", "Phòng Tài chính - Kế hoạch", "Ban Chỉ huy Quân
// sự"), whatever the place of the tone mark. "công thương" is left
// out: "Bộ Công Thương" is written so.
var fieldCompounds = sync.OnceValue(func() map[[2]string]bool {
	return pairSet("tài chính", "kế toán", "kế hoạch", "đầu tư", "quân sự", "y tế", "văn hóa", "xã hội",
		"thông tin", "truyền thông", "giáo dục", "đào tạo", "nội vụ", "tư pháp", "khảo thí", "thủy lợi", "thủy văn",
		"khí tượng", "môi trường", "tài nguyên", "nông nghiệp", "xây dựng", "giao thông", "vận tải", "lao động",
		"thương binh", "du lịch", "thể thao", "dân tộc", "tôn giáo", "thanh tra", "tổ chức", "cán bộ", "hành chính", "quản trị",
		"tổng hợp", "công tác", "ngoại vụ", "quản lý", "kiểm lâm", "điện lực", "địa chính", "khoa học", "công nghệ", "kinh tế",
		"hạ tầng", "đô thị", "quốc phòng")
})

// fieldCaseGroups finds a field word of fieldCompounds written with both
// its syllables capitalised ("Quân Sự") in a notice that writes it
// elsewhere with the first only ("Quân sự"): one word written two ways,
// the form with two capitals the slip whichever is written more often, as
// no rule of Phụ lục II writes it. Left alone: a line in capitals, a
// name in title case throughout ("Phòng Tài Chính Kế Hoạch"), as
// kindSyllableCase leaves them, a person's name ("Lê Văn Hóa") and an
// enterprise's name as registered ("Công ty Xây Dựng số 5"). Each group holds the usual spots, then the
// slip's, marked at its second syllable.
func fieldCaseGroups(w *spellWalk) [][]spot {
	usual := map[[2]string][]spot{}
	slips := map[[2]string][]spot{}
	var order [][2]string
	var lower segMemo
	for _, c := range w.marked {
		s, x, i := w.at(c)
		if i+1 >= len(x.words) || !x.spaced[i+1] || !x.lex[i].title() || !x.lex[i].in(fieldFirstWords) || !lower.get(c.k, func() bool { return hasLower(s.Text) }) {
			continue
		}
		k := [2]string{x.lex[i].folded(), x.lex[i+1].folded()}
		if !fieldCompounds()[k] {
			continue
		}
		sp := spot{seg: s, off: x.words[i].off, end: x.words[i+1].end, form: s.Text[x.words[i].off:x.words[i+1].end], diffOff: x.words[i+1].off}
		switch {
		case lowerLex(x.lex[i+1]):
			sp.variant = "usual"
			usual[k] = append(usual[k], sp)
		case x.lex[i+1].title() && capsAround(x, i) < 4 && !afterName(x, i) && !namedAfter(s.Text[:x.words[i].off], "công ty", "cty", "tập đoàn", "hợp tác xã"):
			sp.variant = "slip"
			order = addSlip(slips, order, k, sp)
		}
	}
	return slipGroups(order, usual, slips)
}

// addSlip files sp among the slips of key k, noting k in order the first
// time.
func addSlip[K comparable](slips map[K][]spot, order []K, k K, sp spot) []K {
	if len(slips[k]) == 0 {
		order = append(order, k)
	}
	slips[k] = append(slips[k], sp)
	return order
}

// slipGroups returns, for each key of order whose usual spelling the
// notice writes too, the group of its usual spots, then its slips.
func slipGroups[K comparable](order []K, usual, slips map[K][]spot) [][]spot {
	var out [][]spot
	for _, k := range order {
		if len(usual[k]) > 0 {
			out = append(out, append(usual[k], slips[k]...))
		}
	}
	return out
}

// pairSet files words of two syllables by their syllables.
func pairSet(words ...string) map[[2]string]bool {
	m := make(map[[2]string]bool, len(words))
	for _, w := range words {
		a, b, _ := strings.Cut(cite.Fold(w), " ")
		m[[2]string{a, b}] = true
	}
	return m
}

// fieldKindHeads are the capitalised words before a field word that make
// it part of a body's name ("Phòng Kế Toán"), beside bodyHeads.
var fieldKindHeads = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"Vụ": true, "Khoa": true, "Tổ": true, "Đội": true, "Trạm": true, "Đài": true}
})

// afterName reports whether word i of x follows a capitalised word, parted
// by a space, that opens no body's name: the field word is then part of a
// person's name ("Lê Văn Hóa", "Đỗ Thanh Tra").
func afterName(x *textIndex, i int) bool {
	if i == 0 || !x.spaced[i] || lowerLex(x.lex[i-1]) {
		return false
	}
	w := x.lex[i-1].text
	return !bodyHeads()[w] && !fieldKindHeads()[w]
}

// capsAround counts the capitalised words parted by spaces only in the
// run that holds words i and i+1 of x: four or more are a name written in
// title case throughout.
func capsAround(x *textIndex, i int) int {
	from, to := i, i+1
	for from > 0 && x.spaced[from] && !lowerLex(x.lex[from-1]) {
		from--
	}
	for to+1 < len(x.words) && x.spaced[to+1] && !lowerLex(x.lex[to+1]) {
		to++
	}
	return to - from + 1
}

// fieldHead is the word, folded, right before word i of x, parted by a
// space: the head of the body the field words name ("sở", "tâm" of
// "Trung tâm"); "" when none.
func fieldHead(x *textIndex, i int) string {
	if i == 0 || !x.spaced[i] {
		return ""
	}
	return x.lex[i-1].folded()
}

// fieldMinority reports each slip spot of a group against its first
// usual spot, however often each is written.
func fieldMinority(g []spot, report func(s, usual spot, n int)) {
	variantAgainstFirst(g, "usual", "slip", report)
}

// variantAgainstFirst reports each spot of the variant slip against the
// group's first spot, with how many spots of the variant usual it holds.
func variantAgainstFirst(g []spot, usual, slip string, report func(s, usual spot, n int)) {
	n := 0
	for _, s := range g {
		if s.variant == usual {
			n++
		}
	}
	for _, s := range g {
		if s.variant == slip {
			report(s, g[0], n)
		}
	}
}

// fieldCommaGroups finds two field words of a body's name written one
// after the other with no comma between them ("Sở Văn hóa Thể thao và Du
// lịch", "Vụ Khoa học Công nghệ và Môi trường") in a notice that writes
// them elsewhere with it ("Văn hóa, Thể thao"): the name written two
// ways, the comma left out the slip, however often each is written. Each
// group holds the spots with the comma, then those without, marked at the
// second field word. The body's head word before the field words keys
// the group too: "Sở Văn hóa, Thể thao và Du lịch" and "Trung tâm Văn hóa
// Thể thao và Truyền thanh" are two bodies.
func fieldCommaGroups(w *spellWalk) [][]spot {
	comma := map[[5]string][]spot{}
	bare := map[[5]string][]spot{}
	var order [][5]string
	var lower segMemo
	for _, c := range w.marked {
		s, x, i := w.at(c)
		if i+3 >= len(x.words) || !x.lex[i].title() || !x.spaced[i+1] || !x.lex[i+2].title() || !x.spaced[i+3] || !lower.get(c.k, func() bool { return hasLower(s.Text) }) {
			continue
		}
		first := [2]string{x.lex[i].folded(), x.lex[i+1].folded()}
		second := [2]string{x.lex[i+2].folded(), x.lex[i+3].folded()}
		if !fieldCompounds()[first] || !fieldCompounds()[second] || !lowerLex(x.lex[i+1]) || !lowerLex(x.lex[i+3]) {
			continue
		}
		k := [5]string{fieldHead(x, i), first[0], first[1], second[0], second[1]}
		sp := spot{seg: s, off: x.words[i].off, end: x.words[i+3].end, form: s.Text[x.words[i].off:x.words[i+3].end], diffOff: x.words[i+2].off}
		switch strings.TrimRight(s.Text[x.words[i+1].end:x.words[i+2].off], " ") {
		case ",":
			sp.variant = "usual"
			comma[k] = append(comma[k], sp)
		case "":
			if x.spaced[i+2] {
				sp.variant = "slip"
				order = addSlip(bare, order, k, sp)
			}
		}
	}
	return slipGroups(order, comma, bare)
}
