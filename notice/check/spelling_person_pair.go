package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
)

// personName is a person's full name after a title ("ông Trương Văn
// Bốn"), as written, with the offsets of its words.
type personName struct {
	seg   *Seg
	words []wordAt
}

func (n personName) form() string {
	return n.seg.Text[n.words[0].off:n.words[len(n.words)-1].end]
}

// personNames are the full names of three to five words, each with a
// capital and parted by one space, that follow a person's title ("ông",
// "bà", "đồng chí") in s.
func personNames(v *View, s *Seg) []personName {
	var out []personName
	x := v.index(s.Text)
	for t := 0; t+1 < len(x.words); t++ {
		if !x.lex[t].in(titleFields) {
			continue // the title's word first: a look at the word's lexeme
		}
		i := t + 1
		if !titleCase(x.words[i].text) || !personTitleAt(s.Text, x.words[i].off) {
			continue
		}
		end := i + 1
		for end < len(x.words) && titleCase(x.words[end].text) && s.Text[x.words[end-1].end:x.words[end].off] == " " {
			end++
		}
		if n := end - i; n >= 3 && n <= 5 {
			out = append(out, personName{seg: s, words: x.words[i:end]})
		}
		t = end - 1
	}
	return out
}

// personPair reports a person's name written once in the body and once
// in the Nơi nhận with one word's marks changed ("ông Trương Văn Bốn" in
// the body, "Ông Trương Văn Bổn" in the Nơi nhận): the notice's one
// person sent his copy, no spelling written more often to tell the slip.
// It is said at the Nơi nhận's, asking for the name to be checked. A
// name written a third time either way, or two names of that shape both
// in the body, are left: two people may be named so.
func personPair(p *Pass, segs []*Seg, reported map[string]bool) {
	var names []personName
	for _, s := range segs {
		if s.Role == RoleRecipient {
			names = append(names, personNames(p.View, s)...)
		}
	}
	if len(names) == 0 {
		return // no person in the Nơi nhận: the body need not be read
	}
	for _, s := range segs {
		if s.Role != RoleRecipient {
			names = append(names, personNames(p.View, s)...)
		}
	}
	byKey := map[string][]personName{}
	for _, n := range names {
		k := strings.ToLower(stripMarks(n.form()))
		byKey[k] = append(byKey[k], n)
	}
	for _, g := range byKey {
		if len(g) != 2 {
			continue
		}
		a, b := g[1], g[0] // the Nơi nhận's were read first
		if a.seg.Role == RoleRecipient || b.seg.Role != RoleRecipient {
			continue
		}
		at, ok := oneMarkSlip(a.words, b.words)
		if !ok {
			continue
		}
		off := b.words[at].off
		if k := posKey(b.seg, off); reported[k] {
			continue
		} else {
			reported[k] = true
		}
		reportNamePair(p, b.seg, off, b.form(), a)
	}
}

// reportNamePair says a person's name, written at seg's off, is written
// differently from usual, a name written elsewhere.
func reportNamePair(p *Pass, seg *Seg, off int, written string, usual personName) {
	line := usual.seg.PosAt(usual.words[0].off).Line
	p.Report(seg, off, diag.Msg("%q viết khác %q (dòng %d): họ tên một người viết hai cách", "%q is written differently from %q (line %d): one person's name written two ways", written, usual.form(), line),
		diag.Msg("đối chiếu lại họ tên, viết thống nhất một cách", "check the name and write it one way"))
}

// oneMarkSlip returns the one word where two names of as many words
// differ, by its marks alone (markSlip).
func oneMarkSlip(a, b []wordAt) (int, bool) {
	if len(a) != len(b) {
		return 0, false
	}
	at := -1
	for k := range a {
		if a[k].text == b[k].text {
			continue
		}
		if at >= 0 || !markSlip(a[k].text, b[k].text) {
			return 0, false
		}
		at = k
	}
	return at, at >= 0
}
