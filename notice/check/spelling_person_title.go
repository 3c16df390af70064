package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
)

// titledName is a person named after "đồng chí" with the post written
// after the name: "đồng chí Nguyễn Tuấn Anh - Phó Bí thư Tỉnh ủy, Chủ
// tịch Ủy ban nhân dân tỉnh".
type titledName struct {
	personName
	title string // the post, folded
	raw   string // the post as written
}

// personTitlePair reports a person named twice with one word's marks
// changed and the same post after both ("đồng chí Nguyễn Tuấn Anh - Phó
// Bí thư Tỉnh ủy, Chủ tịch ..." in the trích yếu, "đồng chí Nguyễn Tuấn
// Ánh - Phó Bí thư Tỉnh ủy, Chủ tịch ..." in the closing): one post is
// one person, so one spelling is a slip. The spelling written fewer
// times is said, the later on a tie. Two people of names so alike hold
// two posts, and are left.
func personTitlePair(p *Pass, segs []*Seg, reported map[string]bool) {
	var names []titledName
	for _, s := range segs {
		if s.Role == RoleRecipient || s.Role == RoleArchive || !p.View.holdsComrade(s.Text) {
			continue
		}
		names = append(names, titledNames(s)...)
	}
	byKey := map[string][]titledName{}
	var keys []string
	for _, n := range names {
		k := strings.ToLower(stripMarks(n.form()))
		if byKey[k] == nil {
			keys = append(keys, k)
		}
		byKey[k] = append(byKey[k], n)
	}
	for _, k := range keys {
		if g := byKey[k]; len(g) >= 2 {
			titledMinority(p, g, reported)
		}
	}
}

// titledMinority says the spelling of g written fewer times, when g holds
// two spellings one word's marks apart that share a post.
func titledMinority(p *Pass, g []titledName, reported map[string]bool) {
	count := map[string]int{}
	for _, n := range g {
		count[n.form()]++
	}
	if len(count) != 2 {
		return
	}
	for _, b := range g {
		for _, a := range g {
			if a.form() == b.form() || a.title != b.title || count[b.form()] > count[a.form()] {
				continue
			}
			if count[b.form()] == count[a.form()] && b.seg.PosAt(b.words[0].off).Line < a.seg.PosAt(a.words[0].off).Line {
				continue // a tie: the later is said
			}
			at, ok := oneMarkSlip(a.words, b.words)
			if !ok {
				continue
			}
			off := b.words[at].off
			if k := posKey(b.seg, off); reported[k] {
				return
			} else {
				reported[k] = true
			}
			reportNamePair(p, b.seg, off, b.form(), a.personName)
			return
		}
	}
}

// titledNames reads the names after "đồng chí" in s with the post written
// after each, past ", ", " - " or " – ".
func titledNames(s *Seg) []titledName {
	var out []titledName
	for _, n := range findNames(s.Text) {
		head := strings.TrimRight(s.Text[:n.off], " ")
		if !strings.HasSuffix(strings.ToLower(head), "đồng chí") {
			continue
		}
		end := n.off + len(n.text)
		title := titleNear(s.Text, n.off, end)
		if next := strings.TrimLeft(s.Text[end:], " "); title == "" || !strings.HasPrefix(next, ",") && !strings.HasPrefix(next, "-") && !strings.HasPrefix(next, "–") {
			continue // a title only after the name: one before it ("của Chủ tịch ... Nguyễn Văn A") is another reading's
		}
		words := wordsWithOffsets(n.text)
		for i := range words {
			words[i].off += n.off
			words[i].end += n.off
		}
		out = append(out, titledName{personName{seg: s, words: words}, cite.Fold(title), title})
	}
	return out
}

// The literals of "đồng chí", in either case of its first letter.
var litComrade, litComradeCap = newLiteral("đồng chí"), newLiteral("Đồng chí")

// holdsComrade reports whether s holds "đồng chí" or "Đồng chí", told from
// its index first.
func (v *View) holdsComrade(s string) bool {
	return v.holds(s, litComrade) || v.holds(s, litComradeCap)
}
