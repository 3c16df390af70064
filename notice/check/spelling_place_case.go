package check

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// A place's name of two words or more, written after its unit with every
// word capitalised ("phường Xuân Hương", "xã Mường Khương"), written
// elsewhere in the notice with a later word in small letters ("các
// phường Xuân hương - Đà Lạt", "Bảo lộc 1"): a geographic name
// capitalises the first letter of every syllable (NĐ 30/2020/NĐ-CP, Phụ
// lục II, Mục I), so the capital spelling is the due one however few
// times it is written. Only names the notice itself writes after a
// unit's word are read, so a person's or a body's name is not taken for
// a place; a spot where a sentence or a point may begin is left ("Thống
// nhất ..." beside "xã Thống Nhất").

// placeCaseUnits are the words of a unit or a place before its name.
var placeCaseUnits = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"xã": true, "phường": true, "trấn": true, "tỉnh": true, "huyện": true, "quận": true, "thôn": true, "bản": true, "xóm": true, "làng": true, "ấp": true,
		"buôn": true, "khóm": true, "phố": true, "khu": true, "sông": true, "suối": true, "núi": true, "đèo": true, "hồ": true, "đường": true}
})

// placeUnitSet holds the words of placeCaseUnits: a bit of a lexeme,
// asked of the word before every capitalised word.
var placeUnitSet = newWordSet(func(x *lexeme) bool { return placeCaseUnits()[x.lowered()] })

// placeCaseGroups groups, by a place's name in small letters, the spots
// it is written with every word capitalised and those written with a
// later word in small letters; a group without the latter is left out.
func placeCaseGroups(w *spellWalk) map[string][]spot {
	names := placeCaseNames(w)
	if len(names) == 0 {
		return nil
	}
	groups := map[string][]spot{}
	for _, c := range w.titles {
		s, x, i := w.at(c)
		for _, name := range names[x.lex[i].lowerH()] {
			if sp, ok := placeCaseSpot(s, x, i, name); ok {
				groups[name.key] = append(groups[name.key], sp)
			}
		}
	}
	for k, g := range groups {
		if !placeCaseMixed(g) {
			delete(groups, k)
		}
	}
	return groups
}

// placeCaseName is a place's name read after its unit's word: its words
// as written and its key, the words in small letters.
type placeCaseName struct {
	words []string
	key   string
}

// placeCaseNames returns the names of two words or more written after a
// unit's word with every word capitalised, by their first word in small
// letters' hash: "phường Xuân Hương", each of a list after it ("các phường:
// Xuân Hương - Đà Lạt, Bảo Lộc 1 và Phan Thiết").
func placeCaseNames(w *spellWalk) map[uint64][]placeCaseName {
	var out map[uint64][]placeCaseName
	seen := map[string]bool{}
	add := func(x *textIndex, i, j int) {
		n := placeCaseName{}
		for _, wd := range x.words[i:j] {
			n.words = append(n.words, wd.text)
		}
		n.key = strings.ToLower(strings.Join(n.words, " "))
		if seen[n.key] {
			return
		}
		seen[n.key] = true
		if out == nil {
			out = map[uint64][]placeCaseName{}
		}
		first := x.lex[i].lowerH()
		out[first] = append(out[first], n)
	}
	for _, c := range w.titles {
		_, x, i := w.at(c)
		if i == 0 || !x.lex[i-1].in(placeUnitSet) || strings.Trim(x.text[x.words[i-1].end:x.words[i].off], " :") != "" {
			continue
		}
		list := placeList(x, i-1)
		for i < len(x.words) && x.lex[i].title() {
			j := i + 1
			for j < len(x.words) && x.spaced[j] && x.lex[j].title() {
				j++
			}
			if j-i >= 2 {
				add(x, i, j)
			}
			if !list {
				break
			}
			i = nextListed(x, j)
		}
	}
	return out
}

// placeList reports whether the unit's word at u opens a list of names:
// many units ("các xã", "hai phường") or a colon after it ("phường:
// ..."). After one unit a comma ends its name ("tỉnh Lào Cai, Trưởng Ban
// Chỉ đạo").
func placeList(x *textIndex, u int) bool {
	if strings.Contains(x.text[x.words[u].end:x.words[u+1].off], ":") {
		return true
	}
	return u > 0 && placeCounts()[x.lex[u-1].lowered()]
}

// placeCounts are the words before a unit's word that make it many.
var placeCounts = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"các": true, "những": true, "hai": true, "ba": true, "bốn": true, "năm": true, "sáu": true, "bảy": true, "tám": true, "chín": true, "mười": true, "02": true, "03": true, "04": true, "05": true}
})

// nextListed returns the word that goes on a list of names after the
// name ending before word j ("Bảo Lộc 1, Phan Thiết", "Xuân Hương - Đà
// Lạt", "A và B"), past a number ending that name; len(x.words) when the
// list ends there.
func nextListed(x *textIndex, j int) int {
	if j >= len(x.words) {
		return j
	}
	gap := strings.TrimLeft(x.text[x.words[j-1].end:x.words[j].off], " 0123456789") // "Bảo Lộc 1, ..."
	if strings.TrimSpace(gap) == "" && x.lex[j].lowered() == "và" && j+1 < len(x.words) && x.spaced[j+1] {
		return j + 1
	}
	switch strings.TrimSpace(gap) {
	case ",", "-", "–":
		return j
	}
	return len(x.words)
}

// placeCaseSpot reads name at word i of x: a spot whose variant is "due"
// when every word is capitalised as the name is, "slip" when a later word
// is in small letters where no sentence or point may begin; false when
// the words are not the name's or the slip stands where one may.
func placeCaseSpot(s *Seg, x *textIndex, i int, name placeCaseName) (spot, bool) {
	n := len(name.words)
	if i+n > len(x.words) {
		return spot{}, false
	}
	diff := -1
	for k := 1; k < n; k++ {
		j := i + k
		if !x.spaced[j] || x.lex[j].lowered() != strings.ToLower(name.words[k]) {
			return spot{}, false
		}
		if diff < 0 && !x.lex[j].title() && !x.lex[j].allCaps() {
			diff = x.words[j].off
		}
	}
	a, b := x.words[i], x.words[i+n-1]
	sp := spot{seg: s, off: a.off, end: b.end, form: s.Text[a.off:b.end], variant: "due", diffOff: a.off, due: true}
	if diff < 0 {
		return sp, true
	}
	if mayOpenSentence(s.Text, a.off) || inOtherName(x, i) {
		return spot{}, false
	}
	sp.variant, sp.diffOff, sp.due = "slip", diff, false
	return sp, true
}

// mayOpenSentence reports whether a sentence or a point may begin at
// off: nothing but spaces before it, or a mark other than a comma.
func mayOpenSentence(t string, off int) bool {
	before := strings.TrimRight(t[:off], " \t")
	if before == "" {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(before)
	return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == ',')
}

// inOtherName reports whether word i goes on a name begun before it: a
// capitalised word right before it ("Cúp Hòa bình"), or up to two words
// in small letters, none a unit's, after one ("Huân chương Độc lập",
// "Cờ thi đua Quyết thắng"). Such words name an order, a movement or a
// prize, whose words after the first are in small letters, not the place
// ("xã Độc Lập") whose words they share.
func inOtherName(x *textIndex, i int) bool {
	for k := i - 1; k >= 0 && k >= i-otherNameReach && x.spaced[k+1]; k-- {
		if x.lex[k].title() || x.lex[k].allCaps() {
			return true
		}
		if x.lex[k].in(placeUnitSet) {
			return false
		}
	}
	return false
}

// otherNameReach is how many words before a place's name inOtherName
// looks for a name's capitalised first word.
const otherNameReach = 3

// placeCaseMixed reports whether a group holds both spellings.
func placeCaseMixed(g []spot) bool {
	due, slip := false, false
	for _, s := range g {
		due, slip = due || s.due, slip || !s.due
	}
	return due && slip
}

// placeCaseMinority reports each slip of a group against the first
// capitalised spot, counting those.
func placeCaseMinority(g []spot, report func(s, usual spot, n int)) {
	var usual *spot
	n := 0
	for k := range g {
		if g[k].due {
			if usual == nil {
				usual = &g[k]
			}
			n++
		}
	}
	for _, s := range g {
		if !s.due {
			report(s, *usual, n)
		}
	}
}
