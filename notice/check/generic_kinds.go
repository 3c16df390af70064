package check

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The kinds of people and bodies a closing's standard address names,
// whoever the notice concerns ("các tổ chức, cá nhân", "cộng đồng doanh
// nghiệp"), read by hand: the four expressions once built from them, the
// list written out twice in each, cost a process 3.3M instructions to
// compile, a twelfth of a fresh render. Each reading below gives what its
// expression gave (TestGenericKindsAsExpressions):
//
//	genericHead   ^(?:các\s+|toàn thể\s+|mọi\s+)?(?:cộng đồng\s+)?(?:K)(?:\s*(?:,|và)\s*(?:các\s+)?(?:K|trường học))*
//
// where K is genericKinds, one of them. The text is matched as written:
// callers fold or lower it first.

// genericKinds are the kinds of genericHead, in the order it tries them.
// "trường học" is one of the kinds after the first ("các cơ quan, đơn
// vị, trường học và du khách", a museum's closing, p92), not alone: "để
// các trường học biết, thực hiện" addresses schools a Nơi nhận should
// name. "đồng bào" (the country's people) and "khách quốc tế" (foreign
// visitors) are the public ("để ... đồng bào và khách quốc tế biết", a
// mausoleum's closing, p103), as "du khách" are.
var genericKinds = []string{"cơ quan", "đơn vị", "bộ phận", "địa phương", "tổ chức đảng", "tổ chức", "cấp ủy", "đảng viên",
	"cán bộ", "công chức", "viên chức", "người lao động", "cá nhân", "công dân", "nhân dân", "người dân", "cử tri", "thí sinh",
	"học sinh", "sinh viên", "học viên", "cha mẹ học sinh", "cha mẹ", "người giám hộ", "phụ huynh", "khách hàng", "hộ gia đình",
	"gia đình", "doanh nghiệp", "hợp tác xã", "nhà đầu tư", "nhà cung cấp", "nhà thầu", "du khách", "khách tham quan",
	"khách du lịch", "khách quốc tế", "đồng bào", "chủ sở hữu", "chủ phương tiện", "chủ tàu", "thuyền trưởng", "tiểu thương", "hộ kinh doanh",
	"cơ sở kinh doanh", "cơ sở", "hội viên", "đoàn viên", "người nộp thuế", "người bệnh", "người sử dụng đất", "chủ rừng",
	"bà con nông dân", "bà con", "nông dân", "ngư dân", "phụ nữ", "khán giả", "thính giả", "bạn đọc", "độc giả", "hành khách", "dân cư", "cư dân",
	"đối tượng", "thiếu nhi", "trẻ em", "thân nhân", "người thân", "tác giả", "chủ hàng", "nạn nhân", "cấp hội", "thành viên", "đồng chí"}

// genericClassifiers are the words of respect or of age a lead may put
// before a kind: "các bậc phụ huynh", "các em thiếu nhi", "và các em
// học sinh" (a children's house's closing, p98).
var genericClassifiers = []string{"bậc", "em"}

// genericLeads are the words genericHead may open with before its first
// kind, in the order it tries them.
var genericLeads = []string{"các", "toàn thể", "mọi"}

// genericAudience are the words genericRe takes after the kinds: "các
// tổ chức, cá nhân có nhu cầu", "du khách thập phương". "đã nhận": the
// recipients of an earlier document, as a notice that withdraws or
// corrects it tells them ("các cơ quan, đơn vị đã nhận Thông báo số
// 198/TB-BVDL", p100): that document's Nơi nhận lists them.
var genericAudience = []string{"có nhu cầu", "quan tâm", "có liên quan", "trên địa bàn", "trong và ngoài", "thập phương", "gần xa", "cả nước", "trong cả nước", "có tên", "đã nhận"}

// genericHeadLen is the length of genericHead's match at the start of s,
// the one the expression finds (its first way of matching, each choice
// taken in its order and its repeats as many as they go), or -1.
func genericHeadLen(s string) int {
	ends := genericFirstKinds(s)
	if len(ends) == 0 {
		return -1
	}
	end := ends[0]
	for {
		next := genericMoreKinds(s, end)
		if len(next) == 0 {
			return end
		}
		end = next[0]
	}
}

// genericEnds calls f with every place genericHead's match at the start
// of s can end, by any of its ways of matching, until f returns true;
// it reports whether f did.
func genericEnds(s string, f func(end int) bool) bool {
	var seen []int
	todo := genericFirstKinds(s)
	for len(todo) > 0 {
		end := todo[len(todo)-1]
		todo = todo[:len(todo)-1]
		if slices.Contains(seen, end) {
			continue
		}
		seen = append(seen, end)
		if f(end) {
			return true
		}
		todo = append(todo, genericMoreKinds(s, end)...)
	}
	return false
}

// genericFirstKinds are the places the first kind can end, with the
// words before it: in the order genericHead tries them.
func genericFirstKinds(s string) []int {
	var out []int
	for _, l := range genericLeads {
		if at := wordsThenSpace(s, 0, l); at > 0 {
			out = genericCommunity(s, at, out)
			out = genericClassified(s, at, false, out)
		}
	}
	return genericCommunity(s, 0, out)
}

// genericCommunity adds the ends of a kind at s[at:], "cộng đồng" and
// its spaces before it or not, in that order.
func genericCommunity(s string, at int, out []int) []int {
	if j := wordsThenSpace(s, at, "cộng đồng"); j > 0 {
		out = genericKindsAt(s, j, false, out)
	}
	return genericKindsAt(s, at, false, out)
}

// genericMoreKinds are the places one more kind after end can end: its
// comma or "và", "các" or not, then the kind.
func genericMoreKinds(s string, end int) []int {
	i := skipSpaceRE(s, end)
	switch {
	case strings.HasPrefix(s[i:], ","):
		i++
	case strings.HasPrefix(s[i:], "và"):
		i += len("và")
	default:
		return nil
	}
	i = skipSpaceRE(s, i)
	var out []int
	if j := wordsThenSpace(s, i, "các"); j > 0 {
		out = genericKindsAt(s, j, true, out)
		out = genericClassified(s, j, true, out)
	}
	return genericKindsAt(s, i, true, out)
}

// genericClassified adds the ends of the kinds after one of
// genericClassifiers at s[at:], after its lead.
func genericClassified(s string, at int, school bool, out []int) []int {
	for _, c := range genericClassifiers {
		if j := wordsThenSpace(s, at, c); j > 0 {
			out = genericKindsAt(s, j, school, out)
		}
	}
	return out
}

// genericKindsAt adds the ends of the kinds that start at s[at:], in
// genericKinds' order, "trường học" after them when school is true.
func genericKindsAt(s string, at int, school bool, out []int) []int {
	for _, k := range genericKinds {
		if strings.HasPrefix(s[at:], k) {
			out = append(out, at+len(k))
		}
	}
	if school && strings.HasPrefix(s[at:], "trường học") {
		out = append(out, at+len("trường học"))
	}
	return out
}

// wordsThenSpace is the place past w and the white space after it (one
// byte of it at least, as \s+) at s[at:], or -1.
func wordsThenSpace(s string, at int, w string) int {
	if !strings.HasPrefix(s[at:], w) {
		return -1
	}
	j := skipSpaceRE(s, at+len(w))
	if j == at+len(w) {
		return -1
	}
	return j
}

// skipSpaceRE is the place past the white space at s[i:], as \s reads
// it: tab, newline, form feed, carriage return and space.
func skipSpaceRE(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\f' || s[i] == '\r') {
		i++
	}
	return i
}

// isGeneric reports whether s is a closing's standard address, whoever the notice concerns:
// "các cơ quan, đơn vị, địa phương", "các đơn vị", "các bộ phận, đơn
// vị" (a commune's or a school's own units), and a Party
// document's "các cấp ủy, tổ chức đảng", "đảng viên".
// The public ("các tổ chức, cá nhân có nhu cầu", "nhân dân", "cử tri",
// "thí sinh", "các nhà cung cấp" a call for bids invites, an office's
// own "cán bộ, công chức, viên chức và người lao động", a school's
// "học sinh, cha mẹ học sinh", a clinic's "cha mẹ, người chăm sóc trẻ" and
// "gia đình có trẻ trong độ tuổi", a utility's "khách hàng", the police's
// "chủ sở hữu, người quản lý hợp pháp các phương tiện trên", a Kiểm lâm's
// "chủ rừng", a broadcaster's "khán giả, thính giả cả nước", households
// and firms alike, a bus station's "hành khách", a forest board's
// "cộng đồng dân cư", a welfare office's "đối tượng bảo trợ xã hội",
// p95; a fund's "các tổ chức, doanh nghiệp, hợp tác xã" and a fishing
// port's "chủ tàu, thuyền trưởng và ngư dân", p96; a health station's
// "phụ nữ có thai", p97; a children's house's "các bậc phụ huynh và các
// em thiếu nhi", a prison's "thân nhân phạm nhân", p98; a press
// association's "tác giả", a victims' association's "các cấp hội" and
// "nạn nhân có tên", a credit fund's "thành viên", a quarantine
// station's "chủ hàng", p99; a khuyến công centre's "các cơ sở công
// nghiệp nông thôn trên địa bàn tỉnh", a Hội's "các cơ sở khám bệnh,
// chữa bệnh bằng y học cổ truyền" of its city, the establishments of a
// trade as "cơ sở kinh doanh" are, and a Hội's "các đồng chí có tên trong
// thành phần", its members as "hội viên" are, p101) is told, not sent
// to: no Nơi nhận line names it.
//
// It is genericHead and nothing else, or genericHead then one of
// genericAudience's words and anything on that line: the expression
// genericHead + `(?:\s+(?:có nhu cầu|...|trong cả nước)\b.*)?$`.
func isGeneric(s string) bool {
	return genericEnds(s, func(end int) bool {
		return end == len(s) || audienceAfter(s[end:])
	})
}

// audienceAfter reports whether rest is white space, one of
// genericAudience's words ending at an ASCII word's edge (\b), and
// anything but a newline.
func audienceAfter(rest string) bool {
	i := skipSpaceRE(rest, 0)
	if i == 0 || strings.IndexByte(rest[i:], '\n') >= 0 {
		return false
	}
	for _, w := range genericAudience {
		if strings.HasPrefix(rest[i:], w) && (len(rest) == i+len(w) || !isASCIIWordByte(rest[i+len(w)])) {
			return true // each word ends with an ASCII letter
		}
	}
	return false
}

// isASCIIWordByte reports whether b is a byte \b takes for a word's:
// an ASCII letter, figure or underscore.
func isASCIIWordByte(b byte) bool {
	return b == '_' || '0' <= b && b <= '9' || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z'
}

// isBareGroup reports whether s is genericHead and nothing after it:
// "các đơn vị", "các cơ quan, đơn vị".
func isBareGroup(s string) bool {
	return genericEnds(s, func(end int) bool { return end == len(s) })
}

// isGenericLead reports whether s opens with genericHead, then white
// space and a letter: the expression genericHead + `\s+\p{L}`. "các tổ
// chức, cá nhân tham gia giao thông".
func isGenericLead(s string) bool {
	return genericEnds(s, func(end int) bool {
		i := skipSpaceRE(s, end)
		if i == end {
			return false
		}
		r, _ := utf8.DecodeRuneInString(s[i:])
		return unicode.IsLetter(r)
	})
}
