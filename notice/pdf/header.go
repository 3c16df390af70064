package pdf

import (
	"strings"

	"github.com/thongbao/thongbao/fonts"
	"github.com/thongbao/thongbao/notice/body"
	"github.com/thongbao/thongbao/notice/compose"
)

// blank is the space left for the number and the day on a draft.
const blank = "          "

// Rule lines sit this far below the baseline of the text above them.
const ruleDrop = 2.7

// titleRuleGap is the room between the descenders of the trích yếu (a
// lower-case line: "g", "ỵ", the dot of "ạ") and the rule under it, so that
// the rule reads as a rule and not as an underline of the middle words.
const titleRuleGap = 2.5

// header lays out ô 1 to ô 4 (spec §3-5): the issuer on the left with its
// rule and "Số:" under it; Quốc hiệu and Tiêu ngữ on the right with its
// rule and the place and date under it, on the same row as "Số:".
func (f *flow) header(h compose.Header) {
	leftCX := TextLeft + HeaderLeftW/2
	rightX := TextLeft + HeaderLeftW
	rightCX := rightX + (TextW-HeaderLeftW)/2

	// Left column: parent body (regular), issuer (bold), a rule of 40% of
	// the issuer's longest line (spec §3.3: 1/3 to 1/2).
	y := MarginTop
	lead := leading(SizeIssuer, 1)
	var lastBase, longest float64
	for _, group := range []struct {
		lines []string
		st    fonts.Style
		role  Role
	}{{h.Parent, fonts.Regular, RoleParent}, {h.Issuer, fonts.Bold, RoleIssuer}} {
		for _, l := range group.lines {
			t := text{set: f.set, arena: f.arena, size: SizeIssuer, base: group.st}
			for _, ln := range breakLines(t.words(plainRuns(l)), HeaderLeftW, HeaderLeftW, t) {
				lastBase = y + ascent(SizeIssuer)
				f.placeLine(ln, t, group.role, TextLeft, HeaderLeftW, lastBase, alignCenter)
				if group.role == RoleIssuer {
					longest = max(longest, ln.width)
				}
				y += lead
			}
		}
	}
	leftRule := lastBase + ruleDrop
	if longest > 0 {
		f.rule(leftCX-0.2*longest, leftRule, leftCX+0.2*longest, leftRule)
	}

	// Right column: Quốc hiệu, Tiêu ngữ one line below, a rule as long as
	// the Tiêu ngữ (spec §3.2).
	countryBase := MarginTop + ascent(SizeCountry)
	f.centered(RoleCountry, rightCX, countryBase, h.Country, fonts.Bold, SizeCountry)
	mottoBase := countryBase + leading(SizeMotto, 1)
	mw := f.centered(RoleMotto, rightCX, mottoBase, h.Motto, fonts.Bold, SizeMotto)
	rightRule := mottoBase + ruleDrop
	f.rule(rightCX-mw/2, rightRule, rightCX+mw/2, rightRule)

	// The row of ô 3 and ô 4.
	row := max(leftRule, rightRule) + 2 + ascent(SizePlaceDate)
	f.centered(RoleNumber, leftCX, row, h.NumberLine(blank), fonts.Regular, SizeNumber)
	// A place name too long for the column wraps in it rather than run off
	// the page.
	t := text{set: f.set, arena: f.arena, size: SizePlaceDate, base: fonts.Italic}
	rightW := TextW - HeaderLeftW
	if lines := breakLines(t.words(plainRuns(h.PlaceDate(blank))), rightW, rightW, t); len(lines) > 1 {
		for _, ln := range lines {
			f.placeLine(ln, t, RolePlaceDate, rightX, rightW, row, alignCenter)
			row += leading(SizePlaceDate, 1)
		}
	} else {
		f.centered(RolePlaceDate, rightCX, row, h.PlaceDate(blank), fonts.Italic, SizePlaceDate)
		row += leading(SizePlaceDate, 1)
	}
	f.y = row
}

// title lays out ô 5a: THÔNG BÁO, the trích yếu under it, and a rule of
// a third of the trích yếu's longest line (spec §6.1). The trích yếu is
// set in balanced lines of at most 80% of the text width, or in the lines
// the clerk broke it into (lines), each wrapped only if wider than the
// text.
func (f *flow) title(kind string, subject []body.Run, lines [][]body.Run) {
	cx := TextLeft + TextW/2
	f.y += 8
	base := f.y + ascent(SizeTitle)
	f.centered(RoleKind, cx, base, kind, fonts.Bold, SizeTitle)
	lead := leading(SizeTitle, 1)
	t := text{set: f.set, arena: f.arena, size: SizeTitle, base: fonts.Bold}
	width := 0.8 * TextW
	if len(lines) == 0 {
		lines = [][]body.Run{subject}
	} else {
		width = TextW
	}
	longest := 0.0
	for _, runs := range lines {
		words := t.words(runs)
		protect(words)
		for _, ln := range balance(words, width, t) {
			base += lead
			f.reserve(ln.notes())
			f.placeLine(ln, t, RoleSubject, cx-width/2, width, base, alignCenter)
			longest = max(longest, ln.width)
		}
	}
	r := base + descent(SizeTitle) + titleRuleGap + RuleWidth/2
	f.rule(cx-longest/6, r, cx+longest/6, r)
	f.y = r + 6
}

func plainRuns(s string) []body.Run {
	return []body.Run{{Text: strings.TrimSpace(s)}}
}
