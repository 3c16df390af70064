package check

import (
	"slices"
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
)

// name-spelling leaves a slip to the later rule whose fix mends it
// (said_by.go): a dash spaced on one side ("2021- 2030" beside "2021 -
// 2030"; "Covid -19" beside "Covid-19") is spacing's, which says each
// place with the form to write; a listed phrase misspelt ("Uy ban nhân
// dân tinh" beside "Ủy ban nhân dân") is phrase-typo's, which writes the
// whole phrase. The slip is left only when that fix gives the usual
// spelling: "2020– 2021" beside "2020 - 2021" is also written with
// another dash, and "Ban Chỉ huy phòng chống thiên tai" beside "Ban Chỉ
// huy Phòng chống thiên tai" with another capital, which the later fix
// does not mend; name-spelling says those. A unit's noun in a capital
// after its council or committee ("UBND Huyện Đô Lương" beside "UBND
// huyện Đô Lương") is official-name's, which says it with the decree's
// small letter and how many times it is so written; so is a kind's
// second syllable in a capital ("Chi Cục" beside "Chi cục").

// leftToLater reports whether the spot s, written otherwise than usual,
// is said by spacing, phrase-typo or official-name with a fix that makes
// it usual.
func leftToLater(p *Pass, s, usual spot) bool {
	return mendedBySpacing(p, s, usual) || mendedByPhrase(p, s, usual) || mendedByOfficial(p, s, usual) ||
		mendedByKindCase(p, s, usual) // spelling_kind_said.go: "Chi Cục" beside "Chi cục"
}

// mendedByOfficial: s differs at the capital of a unit's noun after its
// council or committee ("UBND Huyện", "Ủy ban nhân dân Phường"), a noun
// official-name says (unitNounCase) where the text first writes it so,
// and the noun in small letters gives the usual spelling.
func mendedByOfficial(p *Pass, s, usual spot) bool {
	text := s.seg.Text
	if s.diffOff >= len(text) || strings.IndexByte("THXPQ", text[s.diffOff]) < 0 || !councilBefore(text[:s.diffOff]) || !p.runsToo("official-name") {
		return false
	}
	at := s.seg.PosAt(s.diffOff)
	for _, u := range unitNounsWritten(p.View) {
		if !slices.Contains(u.places, at) || !p.saysAt("official-name", u.seg.PosAt(u.off)) {
			continue
		}
		from := s.diffOff - (u.off - u.start) // where u.written stands in text
		if from < 0 || !strings.HasPrefix(text[from:], u.written) {
			return false
		}
		fixed := text[:from] + unitNounFixed(u.written) + text[from+len(u.written):] // as long: the noun's capital is a letter of ASCII
		for x := s.diffOff; x >= 0 && x > s.diffOff-len(s.form); x-- {
			if strings.HasPrefix(text[x:], s.form) {
				return strings.HasPrefix(fixed[x:], usual.form) // the form where it stands, not at s.off: a window's spot may start before it
			}
		}
		return false
	}
	return false
}

// councilBefore reports whether t ends with a council's or committee's
// name and a space, which a unit's noun follows ("UBND ").
func councilBefore(t string) bool {
	for _, h := range [...]string{"Ủy ban nhân dân ", "Uỷ ban nhân dân ", "UBND ", "Hội đồng nhân dân ", "HĐND "} {
		if strings.HasSuffix(t, h) {
			return true
		}
	}
	return false
}

// mendsTo reports whether text, s's text with a fix applied before or
// inside it and unchanged up to s.off, reads usual's spelling at s.off.
func mendsTo(text string, s, usual spot) bool {
	return s.off <= len(text) && strings.HasPrefix(text[s.off:], usual.form)
}

// mendedBySpacing: the dash where s differs, or right after the space
// where it does ("2021 -2030"), is one spacing says is spaced on one side,
// and spacing's fix, the dash closed up or spaced on both sides, gives
// the usual spelling.
func mendedBySpacing(p *Pass, s, usual spot) bool {
	text := s.seg.Text
	for _, k := range []int{s.diffOff, s.diffOff + 1} {
		if k <= s.off || k >= len(text) || k > s.diffOff && text[s.diffOff] != ' ' {
			continue
		}
		n := dashWidth(text[k:])
		if n == 0 || !p.saysAt("spacing", s.seg.PosAt(k)) || !spacingSaysDash(p, s.seg, k) {
			continue
		}
		for _, m := range respaced(text, k, n) {
			if mendsTo(m, s, usual) {
				return true
			}
		}
	}
	return false
}

// dashWidth is the length of the hyphen or en dash that opens s, 0 when
// none does.
func dashWidth(s string) int {
	switch {
	case strings.HasPrefix(s, "-"):
		return 1
	case strings.HasPrefix(s, "–"):
		return len("–")
	}
	return 0
}

// respaced are text with the dash of n bytes at k, spaced on one side,
// closed up and spaced on both sides.
func respaced(text string, k, n int) []string {
	before, after := text[k-1] == ' ', k+n < len(text) && text[k+n] == ' '
	switch {
	case before && !after:
		return []string{text[:k-1] + text[k:], text[:k+n] + " " + text[k+n:]}
	case after && !before:
		return []string{text[:k+n] + text[k+n+1:], text[:k] + " " + text[k:]}
	}
	return nil
}

// spacingSaysDash reports whether spacing's readers of a dash spaced on
// one side (lopsidedHyphen, hyphenGluedAfter, lopsidedDashFigures and
// the space before a name's number, spacedCompounds) say the dash at k
// of seg (k > 0), or the space before it, run on a scratch pass over seg
// as spacing reads it.
func spacingSaysDash(p *Pass, seg *Seg, k int) bool {
	if p.View.FromTOML {
		return false // spacing does not read a TOML source's fields
	}
	q := p.scratch("spacing")
	switch {
	case spacingProse(p.View, seg):
		spacedCompounds(q, seg)
		lopsidedHyphen(q, seg)
		hyphenGluedAfter(q, seg)
		lopsidedDashFigures(q, seg)
	case seg.Role == RoleHeader:
		if f := cite.Fold(seg.Text); containsLit(f, "độc lập") || containsLit(f, "xã hội chủ nghĩa") {
			return false
		}
		lopsidedHyphen(q, seg)
	}
	at, space := seg.PosAt(k), seg.PosAt(k-1) // spacedCompounds says the space before the hyphen
	for _, f := range q.found.list {
		if f.Pos == at || f.Pos == space && seg.Text[k-1] == ' ' {
			return true
		}
	}
	return false
}

// spacingProse reports whether seg is one of the texts spacing reads as
// prose (spacingSegs, not a table's cell nor the archive line).
func spacingProse(v *View, seg *Seg) bool {
	if seg.Role == RoleCell || seg.Role == RoleArchive {
		return false
	}
	for _, s := range spacingSegs(v) {
		if s == seg || s.Text == seg.Text && s.PosAt(0) == seg.PosAt(0) {
			return true
		}
	}
	return false
}

// mendedByPhrase: phrase-typo reports a phrase that opens at or after s
// and holds the place where s differs, and the phrase it says to write
// gives the usual spelling.
func mendedByPhrase(p *Pass, s, usual spot) bool {
	if !phrasesRead(p) {
		return false
	}
	text := s.seg.Text
	for _, ph := range p.View.phraseSaid[text] {
		if ph.from < s.off || s.diffOff < ph.from || s.diffOff >= ph.to {
			continue
		}
		if mendsTo(text[:ph.from]+ph.right+text[ph.to:], s, usual) {
			return true
		}
	}
	return false
}
