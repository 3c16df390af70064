package plain

import "strings"

// listMarks start a Nơi nhận line as a web page renders a Word list, or as
// a drafter types it: "• Như trên.", "◦", "▪", "– " (an en dash). The
// lawful mark is "-", which recipient-line asks for; the line is a
// recipient all the same.
var listMarks = []string{"•", "◦", "▪", "●", "·", "–"}

// listMarked reports whether t starts with a list mark other than "-" or
// "+".
func listMarked(t string) bool {
	for _, m := range listMarks {
		if strings.HasPrefix(t, m) {
			return true
		}
	}
	return false
}

// TrimListMark returns t without its leading list mark ("-", "+", "•",
// ...) and the spaces after it.
func TrimListMark(t string) string {
	for _, m := range append([]string{"-", "+"}, listMarks...) {
		if strings.HasPrefix(t, m) {
			return strings.TrimLeft(t[len(m):], " ")
		}
	}
	return t
}

// bullets are the bullets a point of a list opens with, other than the
// numbering markers and "-" and "+": a Word or web page list's bullets
// and the en and em dash a drafter types. It is the one list of them: the
// reader's (bulletMarks) and the checks' (TypedBullets) are taken from it.
var bullets = []struct {
	mark string
	// typed: a drafter types it before a point ("–        Năm học: ..."
	// as Word's lists paste into a portal), and the list rules take it
	// as a kind of point where the reading gave the paragraph no bullet;
	// the others only a rendered list shows.
	typed bool
}{{"•", true}, {"◦", false}, {"▪", false}, {"●", false}, {"–", true}, {"—", true}}

// bulletMarks are every bullet of bullets, for the reader (Para.Bullet).
var bulletMarks = bulletsWhere(func(bool) bool { return true })

// TypedBullets returns the bullets a drafter types (bullets' typed ones:
// the en and em dash, the bullet), for the checks that read a point's
// kind from its text; a new slice each call.
func TypedBullets() []string {
	return bulletsWhere(func(typed bool) bool { return typed })
}

func bulletsWhere(keep func(typed bool) bool) []string {
	var out []string
	for _, b := range bullets {
		if keep(b.typed) {
			out = append(out, b.mark)
		}
	}
	return out
}

// bullet returns the bullet a line opens with (Para.Bullet): "*" when the
// reading took a list's star off it (line.star), or one of bulletMarks
// before a space and some text; "" when none.
func bullet(l line) string {
	if l.star {
		return "*"
	}
	t := strings.TrimLeft(l.text, " \t\u00a0")
	for _, b := range bulletMarks {
		rest, ok := strings.CutPrefix(t, b)
		if !ok {
			continue
		}
		if after := strings.TrimLeft(rest, " \t\u00a0"); len(after) < len(rest) && after != "" {
			return b
		}
		return ""
	}
	return ""
}

// loneStars takes the "*" bullet off a body paragraph whose neighbours in
// the body are no "*" points: a list holds two points at least, and a
// star alone over a paragraph is a note's mark ("* Lưu ý: ...") or a
// heading's, not a list's.
func loneStars(ps []Para) {
	star := func(i int) bool { return i >= 0 && i < len(ps) && ps[i].Bullet == "*" }
	lone := make([]bool, len(ps))
	for i := range ps {
		lone[i] = star(i) && !star(i-1) && !star(i+1)
	}
	for i := range ps {
		if lone[i] {
			ps[i].Bullet = ""
		}
	}
}
