package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
)

// mendedByKindCase: s differs at the second syllable of a body's kind
// written with both its capitals ("Chi Cục Quản lý thị trường" beside
// "Chi cục Quản lý thị trường"), which official-name says
// (kindSyllableCase) with that syllable small, and the syllable made
// small gives the usual spelling: the slip is said once, by the rule that
// names it.
func mendedByKindCase(p *Pass, s, usual spot) bool {
	text := s.seg.Text
	k := s.diffOff
	if k < 2 || k >= len(text) || text[k-1] != ' ' || !p.runsToo("official-name") {
		return false
	}
	start := strings.LastIndexByte(text[:k-1], ' ') + 1
	end := k + strings.IndexFunc(text[k:], func(r rune) bool { return !isLetter(r) })
	if end < k {
		end = len(text)
	}
	first, second := text[start:k-1], text[k:end]
	if !titleCase(first) || !titleCase(second) || !kindCompounds()[strings.ToLower(first)+" "+strings.ToLower(second)] {
		return false
	}
	small := recase(second, false)
	if !mendsTo(text[:k]+small+text[end:], s, usual) {
		return false
	}
	q := p.scratch("official-name")
	kindSyllableCase(q)
	want := diag.Msg("viết %q", "write %q", first+" "+small).VI
	for _, f := range q.found.list {
		if f.Fix.VI == want {
			return true
		}
	}
	return false
}
