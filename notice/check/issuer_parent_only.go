package check

import (
	"slices"
	"strings"
)

// parentOnly reports whether the one issuer line of the header is a
// "UBND ..." line whose number's ký hiệu names another body
// ("UBND TỈNH HẬU GIANG" over "Số: 283/SXD-QLN"): the document is that
// body's, so the line is its chủ quản, which may write "UBND" (NĐ 30,
// Phụ lục I, Mục II, khoản 2), and the issuer's own line is not in the
// copy. A ký hiệu holding "UBND" ("TB-UBND", "UBND-VX") leaves the line
// the issuer's.
func parentOnly(v *View, lines []*Seg) bool {
	if len(lines) != 1 {
		return false
	}
	t := strings.TrimSpace(lines[0].Text)
	if !strings.HasPrefix(t, "UBND ") || nestedBody(t[len("UBND"):]) {
		return false // a line naming the UBND and its body ("UBND HUYỆN X TRƯỜNG THCS X") is the issuer's
	}
	for _, s := range v.headAbove() {
		t := strings.TrimSpace(s.Text)
		if !numberLineRe().MatchString(t) {
			continue
		}
		return otherCode(t)
	}
	return false
}

// otherCode reports whether the ký hiệu of number line t, its first word
// holding "/" ("283/SXD-QLN"), has two groups or more and none is "UBND".
func otherCode(t string) bool {
	for _, w := range strings.Fields(t) {
		_, code, ok := strings.Cut(w, "/")
		if !ok {
			continue
		}
		groups := strings.Split(strings.TrimRight(code, "|,;"), "-")
		return len(groups) >= 2 && groups[0] != "" && groups[1] != "" && !slices.Contains(groups, "UBND")
	}
	return false
}
