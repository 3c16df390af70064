package check

import (
	"strings"
	"sync"

	"github.com/thongbao/thongbao/notice/diag"
)

// postOrganRe is a post that heads one organ written right before that
// organ's name (r68b): group 1 the post, its "Phó" or "Tổng" with it
// ("Phó giám đốc", "giám đốc", "Phó chủ tịch"), in whatever capitals,
// "Chi cục trưởng" whole (its "cục trưởng" is no post of its own);
// group 2 "thường trực" or "phụ trách" between; group 3 the organ's kind,
// in its capital ("Sở", "Đại học", "Ủy ban"). Phụ lục II, Mục V, khoản 3:
// a post followed by the organ it heads or by a name is capitalised
// ("Phó Thủ tướng Chính phủ", "Bộ trưởng Bộ Tư pháp").
var postOrganRe = sync.OnceValue(func() *leadExpr {
	return newLeadExpr(``, `[^\p{L}]`, `((?i:(?:phó )?(?:tổng )?(?:giám đốc|chủ tịch|bộ trưởng|thứ trưởng|chi cục trưởng|cục trưởng|vụ trưởng|viện trưởng|hiệu trưởng|chánh văn phòng|chánh thanh tra|chánh án|thủ tướng|bí thư)))( (?:thường trực|phụ trách))? (Sở|Bộ|Ủy ban|Uỷ ban|UBND|HĐND|Hội đồng|Đại học|Học viện|Trường|Cục|Tổng cục|Chi cục|Viện|Bệnh viện|Công ty|Tổng công ty|Tập đoàn|Ngân hàng|Trung tâm|Văn phòng|Tòa án|Toà án|Kho bạc|Đài|Chính phủ|Quốc hội|Tỉnh ủy|Tỉnh uỷ|Huyện ủy|Huyện uỷ|Thành ủy|Thành uỷ|Quận ủy|Quận uỷ|Thị ủy|Thị uỷ|Đảng ủy|Đảng uỷ|Hội|Liên đoàn|Thanh tra|Mặt trận)(?:[^\p{L}]|$)`, postLits()...)
})

// postLits are the words a post of postOrganRe opens with, in small
// letters and with their capital: the leadExpr's literals.
func postLits() []string {
	var out []string
	for _, w := range []string{"phó", "tổng", "giám", "chủ", "bộ", "thứ", "cục", "vụ", "viện", "hiệu", "chánh", "thủ", "bí", "chi"} {
		out = append(out, w+" ", recase(w, true)+" ")
	}
	return out
}

// postSmall are the words in small letters a post before its organ is
// written with when one of them is small: postOrganRe's look before the
// scan.
var postSmall = newLiterals("phó ", "giám đốc", "chủ tịch", "trưởng", "chánh", "thủ tướng", "bí thư")

// postWordsBefore are the words before a post that make it no post of one
// person: the board "Ban giám đốc" (official-name's list says "Ban Giám
// đốc"), and words of many ("các phó giám đốc Sở").
var postWordsBefore = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"ban": true, "các": true, "những": true, "mọi": true, "từng": true, "hai": true, "ba": true}
})

// postCase says a post written with a small letter right before the name
// of the organ it heads ("Phó giám đốc Sở Y tế", "giám đốc Đại học Huế",
// "Phó chủ tịch thường trực Ủy ban nhân dân tỉnh"), once for each way
// it is written, with how many times. The post's "Phó" and its first
// word take the capital; after "Tổng" the rest is left as written
// ("Tổng giám đốc", "Tổng Giám đốc": offices write both). Lines in
// capitals and a post official-name's list speaks for ("Phó chủ tịch Ủy
// ban nhân dân") are left.
func postCase(p *Pass) {
	segs := addressedTexts(p.View)
	var found onceEach
	fixed := map[string]string{}
	for i, s := range segs {
		if s.Role == RoleArchive || !hasLower(s.Text) || !p.View.holdsAny(s.Text, postSmall) {
			continue
		}
		for _, m := range postOrganRe().findAllIn(p.View, s.Text) {
			a, b := m[2], m[3]
			post := s.Text[a:b]
			fix := postFixed(post)
			if fix == post || postWordsBefore()[strings.ToLower(lastWord(s.Text[:a]))] || inOfficial(p.View, s, a) {
				continue
			}
			found.add(post, i, a)
			fixed[post] = fix
		}
	}
	found.each(func(w string, at [2]int, n int) {
		msg := diag.Msg("chức vụ %q đứng trước tên cơ quan viết là %q", "the post %q before its organ's name is written %q", w, fixed[w])
		p.Report(segs[at[0]], at[1], withCount(msg, n), diag.Msg("viết %q", "write %q", fixed[w]))
	})
}

// postFixed writes a post as Phụ lục II does: "Phó" and the post's first
// word with their capitals, the rest as written; after "Tổng" nothing
// more is changed.
func postFixed(post string) string {
	ws := strings.Split(post, " ")
	for i, w := range ws {
		ws[i] = recase(w, true)
		if low := strings.ToLower(w); low != "phó" {
			break // the post's first word, or "Tổng"
		}
	}
	return strings.Join(ws, " ")
}
