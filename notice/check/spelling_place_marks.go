package check

import (
	"strings"
	"sync"

	"github.com/thongbao/thongbao/notice/cite"
)

// A province's or a country's name of two words written once with a slip
// of the keys in one word's marks ("Hà Nôi" beside "Hà Nội" written
// more often, "tỉnh Lào Cài" beside "tỉnh Lào Cai"): the name's spelling
// is fixed (data/official-names.txt, its geographic names), so a
// spelling that differs from it by marks alone is no other place, as a
// commune's "Tân Hóa" beside "Tân Hòa" may be (save the few places
// whose names are a province's letters: placesAlike). The windows of
// name-spelling leave a one-word slip of marks in a name of two words
// (slipAt), for that reason.

// placeNames are the geographic names of two words of
// data/official-names.txt (the block its "# Geographic names" comment
// opens, the file's last), by their letters without marks in small
// letters: "ha noi" → "Hà Nội".
var placeNames = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	_, block, _ := strings.Cut(officialNameData, "# Geographic names")
	for _, line := range strings.Split(block, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") || len(strings.Fields(line)) != 2 {
			continue
		}
		m[strings.ToLower(stripMarks(line))] = line
	}
	return m
})

// placesAlike are places under a province whose names are a province's
// letters with other marks, written so by their own offices: "Thạnh Hóa"
// (Tây Ninh, formerly a huyện of Long An), "Quang Bình" (Tuyên Quang,
// formerly a huyện of Hà Giang), "Phù Yên" (Sơn La), "Kiến Giang"
// (Quảng Trị, formerly Lệ Thủy's thị trấn). A notice names them without
// a unit's word before them too ("Khu công nghiệp Thạnh Hóa", "Trường
// Tiểu học Quang Bình", "lễ hội đua thuyền Kiến Giang"), beside the
// province it names right. Folded.
var placesAlike = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, n := range []string{"Thạnh Hóa", "Quang Bình", "Phù Yên", "Kiến Giang"} {
		m[cite.Fold(n)] = true
	}
	return m
})

// placeFirstWords are the loose hashes (looseHash, as a lexeme keeps
// it) of the first words of placeNames: a word whose hash is none of
// them starts no place's name in any spelling of its marks.
var placeFirstWords = sync.OnceValue(func() map[uint64]bool {
	m := map[uint64]bool{}
	for _, name := range placeNames() {
		first, _, _ := strings.Cut(name, " ")
		m[looseHash(first)|1] = true
	}
	return m
})

// placeMarkGroups groups the places a province's or a country's name of
// two words is written, in title case, by the name: each spot's variant
// is its spelling folded (the tone's place alone is tone-style-mixed's:
// "Thanh Hoá" is "Thanh Hóa"). A spelling with no mark ("Ha Noi", an
// English line) is no-diacritics', and one with both words' marks
// changed pairMarkSlip's: neither is taken.
func placeMarkGroups(w *spellWalk) map[string][]spot {
	groups := map[string][]spot{}
	first := placeFirstWords()
	for _, c := range w.titles {
		s, x, i := w.at(c)
		if !first[x.lex[i].looseH()] {
			continue // no place's name starts with this word: most capitals of a notice
		}
		if i+1 >= len(x.words) || !x.spaced[i+1] || !x.lex[i+1].title() || x.words[i+1].off != x.words[i].end+1 {
			continue
		}
		a, b := x.words[i], x.words[i+1]
		form := s.Text[a.off:b.end]
		name, ok := placeNames()[strings.ToLower(stripMarks(form))]
		if !ok || stripMarks(form) == form {
			continue
		}
		if cite.Fold(form) != cite.Fold(name) && (inLongerName(x, i) || placesAlike()[cite.Fold(form)]) {
			continue
		}
		right := strings.Fields(name)
		diff := a.off
		switch {
		case cite.Fold(a.text) != cite.Fold(right[0]) && cite.Fold(b.text) != cite.Fold(right[1]):
			continue // both words: pairMarkSlip's
		case cite.Fold(a.text) == cite.Fold(right[0]):
			diff = b.off
		}
		groups[name] = append(groups[name], spot{seg: s, off: a.off, end: b.end, form: form, variant: cite.Fold(form), diffOff: diff})
	}
	return groups
}

// placeMinority reports a spelling of a place's name other than the name
// itself written once, when the notice writes the name right twice or
// more: a spelling written twice is another place's name typed with care
// ("Thạnh Hóa", a huyện of Long An, beside "Thanh Hóa").
func placeMinority(name string, g []spot, report func(s, usual spot, n int)) {
	count := map[string]int{}
	for _, s := range g {
		count[s.variant]++
	}
	due := cite.Fold(name)
	var usual *spot
	for k := range g {
		if g[k].variant == due {
			usual = &g[k]
			break
		}
	}
	if usual == nil {
		return
	}
	for _, s := range g {
		if s.variant != due && count[s.variant] == 1 && count[due] >= 2 {
			report(s, *usual, count[due])
		}
	}
}

// inLongerName reports whether the two words at i and i+1 of x stand in
// a longer name or name a smaller place: a capitalised word right before
// or after them ("Nguyễn Quang Bình", a person; "Quang Bình Minh"; before
// them, a comma between allowed: a list of communes' names), or a
// word of a unit under the province before them, marks between allowed
// ("huyện Thạnh Hóa", "các xã: Quang Bình"): those are other places'
// names, spelt as they are.
func inLongerName(x *textIndex, i int) bool {
	if i > 0 && x.lex[i-1].title() && strings.Trim(x.text[x.words[i-1].end:x.words[i].off], " ,") == "" {
		return true // "Nguyễn Quang Bình", "các xã Vũ Quý, Quang Bình"
	}
	if i+2 < len(x.words) && x.spaced[i+2] && x.lex[i+2].title() {
		return true
	}
	return i > 0 && localUnitWords()[strings.ToLower(x.words[i-1].text)]
}

// localUnitWords name a unit or a place under a province, whose own name
// may share a province's letters: "huyện Thạnh Hóa", "xã Quang Bình",
// "đường Hà Nội" ("phố" is left: "thành phố Hà Nội").
var localUnitWords = sync.OnceValue(func() map[string]bool {
	return map[string]bool{
		"huyện": true, "quận": true, "xã": true, "phường": true, "trấn": true, "ấp": true, "thôn": true,
		"bản": true, "khóm": true, "xóm": true, "làng": true, "buôn": true, "tổ": true, "khu": true,
		"đường": true, "sông": true, "cầu": true, "chợ": true, "núi": true, "hồ": true,
	}
})
