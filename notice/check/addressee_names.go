package check

import (
	"strings"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/cite"
)

// closingPart is one addressee of a closing's "để <who> biết": its text
// and where it starts in who.
type closingPart struct {
	off  int
	text string
}

// andSep parts the addressees of a closing: "Phòng Kinh tế và Trạm Y tế".
const andSep = " và "

// closingAddressees reads the addressees of a closing's who, parted at
// " và ", save the "và" inside a name, which is read whole: an official
// name ("Sở Văn hóa, Thể thao và Du lịch", "Bộ Lao động - Thương binh và
// Xã hội") or a body's name in small letters after its head ("Tổ tiết
// kiệm và vay vốn", nameGoesOn). A name read whole is cut from what
// stands before a comma before it and after a comma after it: "các tổ
// chức chính trị - xã hội nhận ủy thác, Tổ tiết kiệm và vay vốn" is two
// addressees, so that the one reached does not hide the other.
func closingAddressees(who string) []closingPart {
	spans := andNameSpans(who)
	var parts []closingPart
	var names [][2]int // the names read whole in the current part
	from := 0
	for i := 0; ; {
		k := strings.Index(who[i:], andSep)
		if k < 0 {
			break
		}
		k += i
		next := k + len(andSep)
		if name, ok := nameAcross(who, from, k, next, spans); ok {
			names = append(names, name)
		} else {
			parts = append(parts, cutAroundNames(who, from, k, names)...)
			from, names = next, nil
		}
		i = next
	}
	return append(parts, cutAroundNames(who, from, len(who), names)...)
}

// nameAcross reports whether the "và" of who[k:next] stands inside a
// name, and where that name stands: inside an official name of spans, or
// between a body's head and the small words that go on with its name
// (nameGoesOn). from is where the current addressee opens.
func nameAcross(who string, from, k, next int, spans [][2]int) ([2]int, bool) {
	for _, sp := range spans {
		if sp[0] < k && sp[1] > next {
			return sp, true
		}
	}
	start := from
	if c := strings.LastIndexByte(who[from:k], ','); c >= 0 {
		start = from + c + 1
	}
	for start < k && who[start] == ' ' {
		start++
	}
	tail := nameTail(who[next:])
	return [2]int{start, next + len(tail)}, nameGoesOn(who[start:k], tail)
}

// nameTail is the words after a "và" up to a comma or the next "và",
// the spaces after them left: what nameGoesOn weighs.
func nameTail(after string) string {
	if k := strings.Index(after, andSep); k >= 0 {
		after = after[:k]
	}
	if k := strings.IndexByte(after, ','); k >= 0 {
		after = after[:k]
	}
	return strings.TrimRight(after, " ")
}

// andNameHeads open the name of a body that may hold "và" in small letters
// after it: "Tổ tiết kiệm và vay vốn", "Ban quản lý rừng phòng hộ và đặc
// dụng".
var andNameHeads = []string{"tổ", "ban", "hội", "quỹ", "trung tâm", "phòng", "sở", "bộ", cite.Fold("ủy ban")}

// nameGoesOn reports whether the words after "và" (tail, nameTail) go
// on with the name before it (name, from its last comma): the name opens
// with a body's head in capitals ("Tổ", "các Tổ"), and tail opens with no
// head of a body, in small letters (smallHeads: "nhóm hỗ trợ cộng đồng"
// is a group of its own) or in capitals (capitalTail), and no word of
// people (peopleTails), and is no kind of the public a closing tells
// ("khách hàng", "người dân"): "Tổ tiết kiệm và vay vốn", "Ban Tuyên
// giáo và Dân vận" are one name each; "Tổ dân phố và nhân dân", "Ban
// quản lý chợ và tiểu thương", "Tổ công tác và nhóm hỗ trợ cộng đồng",
// "Ban Chỉ huy Quân sự xã và Công an xã" are two addressees.
func nameGoesOn(name, tail string) bool {
	name = strings.TrimSpace(name)
	if w := leadingWords(name, 1); cite.Fold(w) == "các" {
		name = strings.TrimLeft(name[len(w):], " ")
	}
	if !startsUpper(name) || !headedBy(cite.Fold(leadingWords(name, 2)), andNameHeads) {
		return false
	}
	tail = strings.TrimSpace(tail)
	r, _ := utf8.DecodeRuneInString(tail)
	if tail == "" || !isLowerRune(r) && !capitalTail(name, tail) {
		return false
	}
	f := cite.Fold(tail)
	if headedBy(f, peopleTails) || headedBy(f, smallHeads) || startsWithOrg(tail) {
		return false
	}
	return !isGeneric(f) && !describedClass(tail)
}

// smallHeads open a body or a group of its own after "và", in small
// letters as in capitals, beside orgHeads: "nhóm hỗ trợ cộng đồng",
// "đội tình nguyện", "Trạm Y tế xã", "Hợp tác xã Tân Phú", "Thôn 3",
// "Chi hội Phụ nữ thôn Đông", "Nhà văn hóa thôn", "Điểm Bưu điện".
var smallHeads = []string{"nhóm", "đội", "trạm", "hợp tác xã", "htx", "chi nhánh", "chi hội", "chi đoàn", "nhà văn hóa",
	"điểm", "bệnh viện", "viện", "thôn", "xóm",
	"ấp", "bản", "buôn", "làng", "khu phố", "tổ dân phố", "xã", "phường", "thị trấn", "huyện", "quận", "thành phố", "tỉnh",
	"đồn", "hạt", "chi bộ", "đảng bộ", "liên đoàn", "công đoàn", "câu lạc bộ", "công ty", "tổng công ty", "tập đoàn",
	"nhà máy", "xí nghiệp", "cửa hàng", "chợ", "khoa", "vụ", "ban chỉ huy", "ông", "bà", "anh", "chị", "đồng chí", "thanh tra"}

// capitalTail reports whether the words after "và" in capitals may go on
// with name ("Ban Tuyên giáo và Dân vận", "Ban Tổ chức và Nội vụ"): name
// is no Sở, Bộ or Phòng, whose names with "và" the official table holds
// ("Phòng Nội vụ và Tư pháp" is two offices), and the first word is no
// short form in capitals throughout ("UBND xã", "HTX Tân Phú"), which
// names a body.
func capitalTail(name, tail string) bool {
	if headedBy(cite.Fold(leadingWords(name, 1)), officeHeads) {
		return false
	}
	w := leadingWords(tail, 1)
	return utf8.RuneCountInString(w) < 2 || strings.ToUpper(w) != w
}

// officeHeads open the offices whose names holding "và" are official
// ones (andNameSpans) when they are one name.
var officeHeads = []string{"sở", "bộ", "phòng"}

// peopleTails open the words after "và" that name people or a group of
// its own, not the rest of a body's name: "Ban quản lý chợ và tiểu
// thương", "Tổ dân phố và hộ kinh doanh", "Ban Chỉ huy Quân sự xã và lực
// lượng dân quân", "các ...", "toàn thể ...".
var peopleTails = []string{"các", "toàn thể", "mọi", "những", "cả", "từng", "hộ", "người", "lực lượng", "tiểu thương",
	"thương nhân", "hội viên", "đoàn viên", "nhân viên", "xã viên", "tổ viên", "giáo viên", "bà con", "chủ", "gia đình",
	"thân nhân", "quần chúng", "chiến sĩ", "dân quân", "quân nhân", "bệnh nhân", "khách", "đối tượng", "đảng viên"}

// headedBy reports whether the folded text f opens with one of heads as
// words.
func headedBy(f string, heads []string) bool {
	for _, h := range heads {
		if headed(f, h, " ,") {
			return true
		}
	}
	return false
}

// cutAroundNames is who[from:to] as addressees, trimmed, cut at a comma
// that stands right before or right after a name read whole (names):
// "các tổ chức nhận ủy thác, Tổ tiết kiệm và vay vốn" is "các tổ chức
// nhận ủy thác" and "Tổ tiết kiệm và vay vốn"; "Sở Văn hóa, Thể thao và
// Du lịch, Công an xã" is the Sở and the Công an xã.
func cutAroundNames(who string, from, to int, names [][2]int) []closingPart {
	var out []closingPart
	cur := from
	cut := func(at, resume int) {
		t := who[cur:at]
		lead := len(t) - len(strings.TrimLeft(t, " "))
		if t = strings.TrimSpace(t); t != "" {
			out = append(out, closingPart{off: cur + lead, text: t})
		}
		cur = resume
	}
	for _, n := range names {
		if c := nameCommaBefore(who, cur, n[0]); c >= 0 {
			cut(c, n[0])
		}
		if c := nameCommaAfter(who, n[1], to); c >= 0 {
			cut(n[1], c+1)
		}
	}
	cut(to, to)
	return out
}

// nameCommaBefore is the offset of a comma that only spaces part from at,
// after from; -1 when there is none.
func nameCommaBefore(s string, from, at int) int {
	for at > from && s[at-1] == ' ' {
		at--
	}
	if at-1 > from && s[at-1] == ',' {
		return at - 1
	}
	return -1
}

// nameCommaAfter is the offset of a comma that only spaces part from at,
// before to; -1 when there is none.
func nameCommaAfter(s string, at, to int) int {
	for at < to && s[at] == ' ' {
		at++
	}
	if at < to && s[at] == ',' {
		return at
	}
	return -1
}

// andNameSpans are where the official names that hold "và" stand in s
// (data/official-names.txt: "Sở Tài nguyên và Môi trường"), written
// with their first word in capitals, with or without their commas.
func andNameSpans(s string) [][2]int {
	if !strings.Contains(s, andSep) {
		return nil
	}
	toks := tokenize(s)
	var out [][2]int
	for i := 0; i < len(toks); i++ {
		for _, name := range officialNames()[toks[i].text] {
			n := len(name)
			if !holdsAnd(name) || !startsUpper(s[toks[i].off:toks[i].end]) {
				continue
			}
			if i+n > len(toks) || !sameTokens(toks[i:i+n], name) {
				if n = withoutCommas(toks[i:], name); n < 0 {
					continue
				}
			}
			out = append(out, [2]int{toks[i].off, toks[i+n-1].end})
			i += n - 1
			break
		}
	}
	return out
}

// holdsAnd reports whether an official name holds "và".
func holdsAnd(name []token) bool {
	for _, t := range name {
		if t.text == andFolded {
			return true
		}
	}
	return false
}
