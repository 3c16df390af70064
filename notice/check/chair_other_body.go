package check

import (
	"strings"
)

// postOfOtherBody reports whether two titles are one post of two bodies that
// start alike: "Chủ tịch Hội đồng thành viên" in the opening, "Chủ tịch
// Hội đồng quản trị" in the lead-in; "Giám đốc Sở Y tế" and "Giám đốc Sở
// Tài chính". Each is read by its last post (coreTitle), its
// abbreviations written out. They must share the post and at least the
// first word of the body after it, and part after that: a title that
// stops where the other goes on is the same post written short ("Chủ
// tịch Ủy ban nhân dân tỉnh" and "Chủ tịch Ủy ban nhân dân tỉnh Lào
// Cai"), and titles that part at the body's first word may be a short
// form ("Chủ tịch xã" beside "Chủ tịch Ủy ban nhân dân xã"). "Phó" on
// one side only is otherRank's.
func postOfOtherBody(a, b string) bool {
	fa := strings.Fields(normal(coreTitle(a)))
	fb := strings.Fields(normal(coreTitle(b)))
	if len(fa) == 0 || len(fb) == 0 || (fa[0] == "phó") != (fb[0] == "phó") {
		return false
	}
	k := 0
	for k < len(fa) && k < len(fb) && fa[k] == fb[k] {
		k++
	}
	if k == len(fa) || k == len(fb) {
		return false // one stops where the other goes on
	}
	post := postAt(strings.Join(fa[:k], " "))
	return post > 0 && k > post
}

// postAt is the number of words of the post (postWords) a folded title
// starts with, "phó" before it counted; 0 when it starts with none.
func postAt(f string) int {
	n := 0
	if rest, ok := strings.CutPrefix(f, "phó "); ok {
		f, n = rest, 1
	}
	best := 0
	for _, w := range postWords {
		if (f == w || strings.HasPrefix(f, w+" ")) && len(strings.Fields(w)) > best {
			best = len(strings.Fields(w))
		}
	}
	if best == 0 {
		return 0
	}
	return n + best
}
