package check

import "strings"

// ampVariant is the variant of a spot whose words "&" joins.
const ampVariant = "&"

// ampJoin reports whether the gap between two words is an "&" typed for
// the "và" or the dash of a name, between words written in full, the
// second capitalised ("Phát thanh & Truyền hình"). Between abbreviations
// ("GD & ĐT", "HĐND & UBND") it is part of the short form, which spacing
// and abbreviation judge.
func ampJoin(gap, before, after string) bool {
	return strings.Trim(gap, " ") == "&" && titleCase(after) && !isAbbrev(before) && !isAbbrev(after)
}

// ampSpot is the spot of a name whose words i-1 and i "&" joins, as a dash
// group holds it: the words around the "&", the name once.
func ampSpot(s *Seg, ws []wordAt, run, i int) spot {
	from, to := max(run, i-2), min(len(ws)-1, i+1)
	for to > i && !spaced(s.Text, ws[to-1].end, ws[to].off) {
		to--
	}
	form := s.Text[ws[from].off:ws[to].end]
	amp := strings.IndexByte(form, '&')
	lawful := strings.TrimRight(form[:amp], " ") + " và " + strings.TrimLeft(form[amp+1:], " ")
	return spot{seg: s, off: ws[from].off, end: ws[to].end, form: form,
		variant: ampVariant, diffOff: ws[i-1].end, once: ws[run].off + 1, lawful: lawful}
}

// ampMinority reports the spots of a group written with "&" where the
// same words are joined by a dash or "và" elsewhere in the notice ("Đài
// Phát thanh & Truyền hình Nghệ An" beside "Đài Phát thanh - Truyền hình
// Nghệ An"), however often each is written: "&" is a sign, not a word of
// a name, so it is never the spelling to keep. The fix writes "và". It
// reports whether the group had an "&" to judge.
func ampMinority(g []spot, report func(s, usual spot, n int)) bool {
	var amps []spot
	var usual *spot
	n := 0
	for k, s := range g {
		if s.variant == ampVariant {
			amps = append(amps, s)
			continue
		}
		n++
		if usual == nil || allCaps(usual.form) && !allCaps(s.form) {
			usual = &g[k] // shown as written in running text, not in a heading's capitals
		}
	}
	if len(amps) == 0 {
		return false
	}
	if usual == nil {
		return true
	}
	for _, s := range amps {
		report(s, *usual, n)
	}
	return true
}
