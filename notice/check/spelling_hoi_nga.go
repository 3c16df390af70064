package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
	"golang.org/x/text/unicode/norm"
)

// A place's name of two words written once with a hỏi and once with a
// ngã on the same syllable ("Hương Mỷ" beside "Hương Mỹ"): the two marks
// are the pair a writer mixes up most, by ear and by key, and no two
// places of one notice's testdata are told apart by them alone, as two
// communes are by a sắc and a huyền ("Tân Hóa", "Tân Hòa", which
// name-spelling's windows leave in a name of two words). The name stands
// alone: no capitalised word right before or after it (a person's name,
// "Sùng Thị Mỷ", runs three words or more), and the two spellings are in
// two paragraphs (one list naming both may name two places). The tone's
// place ("Thủy", "Thuỷ") is no slip: words are compared folded. On a
// tie the clerk is asked which is meant (minority).

// hoiNgaGroups groups the names of two title-case words standing alone
// by their letters with a hỏi and a ngã taken as one mark, keeping the
// groups written both ways, in two paragraphs or more.
func hoiNgaGroups(w *spellWalk) [][]spot {
	byKey := map[string][]spot{}
	var keys []string
	for _, c := range w.titles {
		s, x, i := w.at(c)
		if i+1 >= len(x.words) || !x.lex[i+1].title() || !x.spaced[i+1] || x.words[i+1].off != x.words[i].end+1 {
			continue
		}
		if i > 0 && x.spaced[i] && x.lex[i-1].title() || i+2 < len(x.words) && x.spaced[i+2] && x.lex[i+2].title() {
			continue // a longer name: a person's, a body's
		}
		a, b := x.words[i], x.words[i+1]
		key, at, ok := hoiNgaKey(a.text, b.text)
		if !ok {
			continue
		}
		form := s.Text[a.off:b.end]
		if byKey[key] == nil {
			keys = append(keys, key)
		}
		diff := a.off
		if at == 1 {
			diff = b.off
		}
		byKey[key] = append(byKey[key], spot{seg: s, off: a.off, end: b.end, form: form, variant: cite.Fold(form), diffOff: diff})
	}
	var out [][]spot
	for _, k := range keys {
		if g := byKey[k]; twoWaysApart(g) {
			out = append(out, g)
		}
	}
	return out
}

// hoiNgaKey returns two words folded, one space apart, with a hỏi and a
// ngã as one mark, and which word carries it; false when neither does.
func hoiNgaKey(a, b string) (string, int, bool) {
	at := -1
	words := [2]string{cite.Fold(a), cite.Fold(b)}
	for k, w := range words {
		if !strings.ContainsFunc(w, hoiNgaRune) {
			continue
		}
		if at >= 0 {
			return "", 0, false // both words: a slip of one is read
		}
		d := norm.NFD.String(w)
		words[k] = strings.NewReplacer("\u0309", "~", "\u0303", "~").Replace(d)
		at = k
	}
	return words[0] + " " + words[1], at, at >= 0
}

// hoiNgaRune reports whether r, a letter in small letters, carries a hỏi
// or a ngã.
func hoiNgaRune(r rune) bool {
	return strings.ContainsRune("ảẳẩẻểỉỏổởủửỷãẵẫẽễĩõỗỡũữỹ", r)
}

// twoWaysApart reports whether a group holds two spellings, and no
// paragraph holds both.
func twoWaysApart(g []spot) bool {
	ways := map[string]map[*Seg]bool{}
	for _, s := range g {
		if ways[s.variant] == nil {
			ways[s.variant] = map[*Seg]bool{}
		}
		ways[s.variant][s.seg] = true
	}
	if len(ways) != 2 {
		return false
	}
	var segs []map[*Seg]bool
	for _, m := range ways {
		segs = append(segs, m)
	}
	for s := range segs[0] {
		if segs[1][s] {
			return false
		}
	}
	return true
}
