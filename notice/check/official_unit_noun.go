package check

import (
	"strings"
	"sync"

	"github.com/thongbao/thongbao/notice/diag"
)

// unitNounRe is a council or committee named with the common noun of its
// administrative unit in a capital: "Ủy ban nhân dân Huyện", "UBND Tỉnh",
// "UBND Phường Quyết Tiến". Phụ lục II writes the noun in small letters
// ("Ủy ban nhân dân tỉnh Nam Định", "huyện Gia Lâm"); "Thành phố" (of Hồ
// Chí Minh, written so by the decree) and a noun before a figure
// ("Phường 13, Quận 3") take their capital and are not matched. It is
// tried only where one of its first words starts (a startExpr): run over
// a whole text, its alternation made it the costliest expression of a
// check.
var unitNounRe = sync.OnceValue(func() *startExpr {
	x := unitNounStarts.expr(`(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Hội đồng nhân dân|HĐND) (Tỉnh|Huyện|Xã|Phường|Quận|Thị xã|Thị trấn)(?:[\s,.;:)]|$)`)
	x.at = unitNounAt
	return x
})

// unitNounStarts are the words the literals of its expression start in.
var unitNounStarts = newLitStarts("Ủy ban", "Uỷ ban", "UBND", "Hội đồng", "HĐND")

// unitNounAt: a council or committee, a space and a capital a unit's noun
// starts with, what every match of unitNounRe starts with; most are
// followed by the noun in small letters ("UBND tỉnh").
func unitNounAt(s string) bool {
	for _, h := range [...]string{"Ủy ban nhân dân", "Uỷ ban nhân dân", "UBND", "Hội đồng nhân dân", "HĐND"} {
		if rest, ok := strings.CutPrefix(s, h); ok && len(rest) > 1 && rest[0] == ' ' && strings.IndexByte("THXPQ", rest[1]) >= 0 {
			return true
		}
	}
	return false
}

// unitNounCase says each way a text writes such a noun in a capital once,
// where it first stands, with how many times. Lines in capitals (the
// header, a signature) and the names official-name reads are left out.
func unitNounCase(p *Pass) {
	for _, u := range unitNounsWritten(p.View) {
		p.Report(u.seg, u.off, unitNounMsg(u.written, u.n), diag.Msg("viết %q", "write %q", unitNounFixed(u.written)))
	}
}

// unitNoun is one way a text writes a unit's noun in a capital after its
// council or committee: the words as written up to the noun, where they
// first stand (the noun's offset in seg) and how many times.
type unitNoun struct {
	written string
	seg     *Seg
	start   int // where written starts in seg's text, before the noun at off
	off, n  int
	places  []diag.Pos // each noun so written, which the finding covers
}

// unitNounsWritten are the ways v writes a unit's noun in a capital,
// in the order first met, which unitNounCase says.
func unitNounsWritten(v *View) []*unitNoun {
	segs := v.textSegs()
	if v.Addressee != nil {
		segs = append([]*Seg{v.Addressee}, segs...)
	}
	byWritten := map[string]*unitNoun{}
	var order []*unitNoun
	for _, s := range segs {
		if !v.holds(s.Text, litND) && !v.holds(s.Text, litNhanDanSp) || !hasLower(s.Text) {
			continue
		}
		for _, m := range unitNounRe().findAllIn(v, s.Text) {
			if rest := strings.TrimLeft(s.Text[m[3]:], " "); rest != "" && rest[0] >= '0' && rest[0] <= '9' || inOfficial(v, s, m[2]) {
				continue
			}
			w := s.Text[m[0]:m[3]]
			u := byWritten[w]
			if u == nil {
				u = &unitNoun{written: w, seg: s, start: m[0], off: m[2]}
				byWritten[w] = u
				order = append(order, u)
			}
			u.n++
			u.places = append(u.places, s.PosAt(m[2]))
		}
	}
	return order
}

// unitNounFixed writes the unit's noun of w, a match up to its noun, in
// small letters. (w starts with the match, so the anchored expression
// reads it as the expression does.)
func unitNounFixed(w string) string {
	m := unitNounRe().anchored.FindStringSubmatchIndex(w)
	return w[:m[2]] + strings.ToLower(w[m[2]:m[3]])
}

func unitNounMsg(w string, n int) diag.Text {
	noun := unitNounRe().anchored.FindStringSubmatch(w)[1]
	return withCount(diag.Msg("%q: %q là danh từ chung chỉ đơn vị hành chính, viết thường", "%q: %q is the common noun of an administrative unit and takes no capital", w, noun), n)
}

var litND, litNhanDanSp = newLiteral("ND "), newLiteral("nhân dân ")
