package check

import (
	"strings"
	"sync"

	"github.com/thongbao/thongbao/notice/cite"
)

// A commune's or a district's name written two ways one mark apart in
// one notice ("xã Hải Lắng" once beside "xã Hải Lăng" three times): unlike
// a province's, such a name has no list to check it against, and two
// units of one level may well differ by one mark ("Tân Hòa", "Tân Hóa").
// The notice's own text tells one place: the same level's word before
// both, one spelling written once and the other at least twice (or as
// the header names its unit), never the two in one paragraph (a list of
// both) nor, unless the header names the unit, in two points of a list
// (each point may be of one unit), and no more than three units of that
// level named in the whole notice (a notice naming many communes may
// name two so alike).

// unitLevelWords end the level's word before a unit's name: "xã" (and
// "thị xã"), "phường", "thị trấn", "huyện", "quận", "thành phố", "đặc
// khu". Lower case.
var unitLevelWords = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"xã": true, "phường": true, "trấn": true, "huyện": true, "quận": true, "phố": true, "khu": true}
})

// unitNameSpot is a unit's name after its level's word, with the key of
// its letters.
type unitNameSpot struct {
	key string // level and letters without marks: "xã|hai lang"
	sp  spot
}

// unitMarkGroups reads the names after a level's word in small letters
// ("xã Hải Lăng", "thị trấn Diên Sanh"), each its title words run to the
// first word that is none.
func unitMarkGroups(w *spellWalk) []unitNameSpot {
	var out []unitNameSpot
	for _, c := range w.titles {
		s, x, i := w.at(c)
		if i == 0 || !x.spaced[i] || x.words[i].off != x.words[i-1].end+1 {
			continue
		}
		level := x.words[i-1].text
		if !unitLevelWords()[level] { // small letters only: "Xã" opening a line is left
			continue
		}
		if i > 1 && x.lex[i-2].title() && x.words[i-1].off == x.words[i-2].end+1 {
			continue // "Khu Hải Lăng", "Phố ..." in a name: the word is the name's own
		}
		j := i + 1
		for j < len(x.words) && j-i < 4 && x.lex[j].title() && x.spaced[j] && x.words[j].off == x.words[j-1].end+1 {
			j++
		}
		if j-i < 2 || j < len(x.words) && x.lex[j].title() && x.spaced[j] {
			continue // a name of one word, or one longer than four
		}
		form := s.Text[x.words[i].off:x.words[j-1].end]
		out = append(out, unitNameSpot{key: level + "|" + strings.ToLower(stripMarks(form)), sp: spot{seg: s, off: x.words[i].off, end: x.words[j-1].end, form: form, variant: cite.Fold(form)}})
	}
	return out
}

// unitMarkMinority reports, for each unit's name written two ways one
// word's marks apart, the way written once against the way written at
// least twice or as the header names the unit.
func unitMarkMinority(v *View, spots []unitNameSpot, report func(s, usual spot, n int)) {
	if len(spots) == 0 {
		return
	}
	perLevel := map[string]map[string]bool{}
	byKey := map[string][]spot{}
	var keys []string
	for _, u := range spots {
		level, _, _ := strings.Cut(u.key, "|")
		if perLevel[level] == nil {
			perLevel[level] = map[string]bool{}
		}
		perLevel[level][u.key] = true
		if byKey[u.key] == nil {
			keys = append(keys, u.key)
		}
		byKey[u.key] = append(byKey[u.key], u.sp)
	}
	for _, k := range keys {
		level, _, _ := strings.Cut(k, "|")
		g := byKey[k]
		if len(perLevel[level]) > 3 {
			continue
		}
		if len(g) == 1 {
			headerSlip(v, level, g[0], report) // "xã Hải Lắng" once under "XÃ HẢI LĂNG"
			continue
		}
		count := map[string]int{}
		segsOf := map[string]map[*Seg]bool{}
		for _, s := range g {
			count[s.variant]++
			if segsOf[s.variant] == nil {
				segsOf[s.variant] = map[*Seg]bool{}
			}
			segsOf[s.variant][s.seg] = true
		}
		if len(count) != 2 {
			continue
		}
		var usual *spot
		for i := range g {
			if n := count[g[i].variant]; n >= 2 || headerNamesUnit(v, level, g[i].variant) {
				if usual != nil && usual.variant != g[i].variant {
					usual = nil
					break // both written often, or both the header's: two places
				}
				if usual == nil {
					usual = &g[i]
				}
			}
		}
		if usual == nil {
			continue
		}
		own := headerNamesUnit(v, level, usual.variant)
		for _, s := range g {
			if s.variant == usual.variant || count[s.variant] != 1 || segsOf[usual.variant][s.seg] || s.seg.Role == RoleRecipient {
				continue
			}
			if !own && isPoint(s.seg) && itemsHold(segsOf[usual.variant]) {
				continue // points of a list, each of a unit: "1. Xã Tân Hòa ...", "2. Xã Tân Hóa ..." may be two
			}
			diff, ok := oneWordMarks(s, *usual)
			if !ok {
				continue
			}
			s.diffOff = diff
			report(s, *usual, count[usual.variant])
		}
	}
}

// oneWordMarks reports where the name at s differs from usual's when
// exactly one of its words differs, and by marks alone.
func oneWordMarks(s, usual spot) (int, bool) {
	a, b := wordsWithOffsets(s.form), wordsWithOffsets(usual.form)
	if len(a) != len(b) {
		return 0, false
	}
	at := -1
	for i := range a {
		if cite.Fold(a[i].text) == cite.Fold(b[i].text) {
			continue
		}
		if at >= 0 {
			return 0, false
		}
		at = s.off + a[i].off
	}
	return at, at >= 0
}

// headerNamesUnit reports whether the header names the unit of the level
// by the name folded: "XÃ HẢI LĂNG" for "xã" and "hải lăng".
func headerNamesUnit(v *View, level, name string) bool {
	for _, h := range v.Header {
		f := " " + cite.Fold(h.Text) + " "
		if strings.Contains(f, " "+level+" "+name+" ") {
			return true
		}
	}
	return false
}

// itemsHold reports whether one of segs is a point of a list.
func itemsHold(segs map[*Seg]bool) bool {
	for s := range segs {
		if isPoint(s) {
			return true
		}
	}
	return false
}

// isPoint reports whether s is a point of a list: a task's item or a
// numbered heading.
func isPoint(s *Seg) bool { return s.Role == RoleItem || s.Role == RoleHeading }

// headerSlip reports a unit's name written once in the text, one word's
// marks off the unit the header names at that level: "xã Hải Lắng" in a
// notice of "ỦY BAN NHÂN DÂN / XÃ HẢI LĂNG".
func headerSlip(v *View, level string, s spot, report func(s, usual spot, n int)) {
	if s.seg.Role == RoleRecipient || otherUnitBefore(s.seg.Text[:s.off]) {
		return // "- UBND xã Tân Hóa;" in the Nơi nhận, "phối hợp với xã Tân Hóa": another unit
	}
	n := len(strings.Fields(s.form))
	for hi := range v.Header {
		h := &v.Header[hi]
		ws := wordsWithOffsets(h.Text)
		for k := 1; k+n <= len(ws); k++ {
			last := k + n - 1
			if cite.Fold(ws[k-1].text) != level || last+1 < len(ws) && strings.TrimSpace(h.Text[ws[last].end:ws[last+1].off]) == "" {
				continue
			}
			form := capitalizeWords(strings.ToLower(h.Text[ws[k].off:ws[last].end]))
			if !strings.EqualFold(stripMarks(form), stripMarks(s.form)) {
				continue
			}
			usual := spot{seg: h, off: ws[k].off, end: ws[last].end, form: form, variant: cite.Fold(form)}
			if diff, ok := oneWordMarks(s, usual); ok {
				s.diffOff, s.lawful = diff, form
				report(s, usual, 1)
			}
			return
		}
	}
}

// otherUnitWords, right before a unit's level, name a unit beside the
// issuer's own: "với xã", "giáp xã", "cùng xã", "và xã", "các xã".
var otherUnitWords = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"với": true, "giáp": true, "cùng": true, "và": true, "các": true, "hai": true, "những": true}
})

// otherUnitBefore reports whether the words before a unit's level, head
// ending with it, open with one of otherUnitWords or a comma of a list.
func otherUnitBefore(head string) bool {
	f := strings.Fields(strings.ToLower(head))
	if len(f) < 2 {
		return false
	}
	prev := f[len(f)-2]
	return otherUnitWords()[prev] || strings.HasSuffix(prev, ",")
}
