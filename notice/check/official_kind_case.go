package check

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
)

// kindHeads are the words of a body's kind that open its name ("Phòng Đào
// tạo", "Khoa Khám bệnh", "Sở Tư pháp", "Văn phòng UBND"), each with the
// words before it that make it part of another word ("quốc phòng", "trụ
// sở", "bách khoa", "tiêm phòng", to vaccinate) or of a title ("trưởng
// phòng"). Left out: "vụ" (also
// an affair: "vụ Đồng Tâm"), "trường" (schoolCase reads schools),
// "trung tâm" (also a centre: "trung tâm Thành phố"), "viện".
var kindHeads = sync.OnceValue(func() map[string]map[string]bool {
	return map[string]map[string]bool{
		"phòng":     setOf("quốc", "biên", "dự", "đề", "văn", "trưởng", "phó", "căn", "buồng", "tiêm"),
		"khoa":      setOf("bách", "nha", "sản", "nhi", "chuyên", "đa", "nội", "ngoại", "trưởng", "phó", "giáo", "văn", "y", "phân", "liên"),
		"sở":        setOf("trụ", "cơ", "căn"),
		"cục":       setOf("tổng", "chi", "bố", "kết"),
		"trạm":      {},
		"ban":       setOf("ủy", "uỷ", "trưởng", "phó", "tiểu", "giao"),
		"đài":       setOf("lâu", "khán", "vọng", "lễ", "nhà"),
		"bệnh viện": {},
		"văn phòng": setOf("chánh", "phó"),
		"chi cục":   setOf("trưởng", "phó"),
		"tổng cục":  setOf("trưởng", "phó"),
		"ủy ban":    {},
		"uỷ ban":    {},
		"hội đồng":  {},
	}
})

// kindFirsts are the first words of the kinds of kindHeads.
var kindFirsts = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for k := range kindHeads() {
		first, _, _ := strings.Cut(k, " ")
		m[first] = true
	}
	return m
})

// kindHeadWords are the words kindFirsts holds, as written.
var kindHeadWords = newWordSet(func(x *lexeme) bool { return kindFirsts()[x.text] })

// kindBefore are words after which the kind names bodies of a kind, not
// one body ("các phòng Kinh tế, Tư pháp"); a count in figures does too
// ("Xây dựng 01 phòng GD nghệ thuật", a school's room: allDigits).
var kindBefore = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"các": true, "những": true, "mọi": true, "mỗi": true, "từng": true, "hai": true, "ba": true, "bốn": true, "năm": true, "một": true}
})

// notBodies follow "phòng" the verb, to prevent: "phòng Covid-19".
var notBodies = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"covid": true, "hiv": true, "aids": true, "sars": true, "mers": true, "ebola": true, "zika": true, "cúm": true}
})

// diseasesPrevented are diseases a notice names after "phòng" the verb,
// to prevent ("tiêm vắc xin phòng Sởi - Rubella", "phòng Bạch hầu"),
// written with a capital as health campaigns write them: each word of
// the disease's name in small letters, matched from its first. A body
// whose name opens with such a word stays a body ("Phòng Lao động -
// Thương binh và Xã hội": "lao" alone is a disease, "lao động" is not).
var diseasesPrevented = []string{"sởi", "rubella", "bạch hầu", "ho gà", "uốn ván", "bại liệt", "viêm gan", "viêm não",
	"viêm phổi", "lao phổi", "bệnh lao", "dại", "sốt xuất huyết", "sốt rét", "thủy đậu", "thuỷ đậu", "quai bị", "thương hàn",
	"tay chân miệng", "tay - chân - miệng", "tay, chân, miệng", "đậu mùa", "dịch bệnh", "dịch sởi", "dịch cúm"}

// diseaseNamed reports whether rest, the text after "phòng", opens with
// the name of a disease (diseasesPrevented), whole words.
func diseaseNamed(rest string) bool {
	low := strings.ToLower(rest)
	for _, d := range diseasesPrevented {
		if strings.HasPrefix(low, d) {
			if r, _ := utf8.DecodeRuneInString(low[len(d):]); r == utf8.RuneError || !unicode.IsLetter(r) {
				return true
			}
		}
	}
	return false
}

// kindCase says a body's name whose kind is written in small letters
// before the capitalised words of its name ("phòng Đào tạo", "khoa Khám
// mắt", "sở GDĐT", "trạm Y tế"): Phụ lục II capitalises the kind of an organ or a unit
// with its function or field ("Phòng Đào tạo"). A kind in small letters
// before words in small letters ("phòng họp") is a common noun and left
// alone; so are the kinds inside a name ("Bộ Quốc phòng Việt Nam", "Văn
// phòng Chính phủ"). Each way of writing is said once, where it first
// stands, with how many times.
func kindCase(p *Pass) {
	v := p.View
	segs := addressedTexts(v)
	var found onceEach
	for i, s := range segs {
		if s.Role == RoleArchive || !hasLower(s.Text) {
			continue
		}
		x := v.index(s.Text)
		ws := x.words
		for k := range ws {
			if !x.lex[k].in(kindHeadWords) {
				continue // kindAt would leave at once
			}
			if n := kindAt(s.Text, ws, k); n > 0 {
				found.add(s.Text[ws[k].off:ws[k+n].end], i, ws[k].off)
			}
		}
	}
	found.each(func(w string, at [2]int, n int) {
		kind := w[:strings.LastIndexByte(w, ' ')]
		msg := diag.Msg("%q viết thường trong tên cơ quan, đơn vị %q", "%q is written in small letters in the name of a body, %q", kind, w+"…")
		p.Report(segs[at[0]], at[1], withCount(msg, n), diag.Msg("viết hoa chữ đầu của từ chỉ loại: %q", "capitalise the word of its kind: %q", recase(w, true)+"…"))
	})
}

// kindAt returns how many words of ws from k are a kind in small letters
// (one or two), when a capitalised word of the body's name follows; 0
// when not.
func kindAt(text string, ws []wordAt, k int) int {
	first := ws[k].text
	if !kindFirsts()[first] {
		return 0 // the quick way out: no kind starts with the word
	}
	if r, _ := utf8.DecodeRuneInString(first); !isLowerRune(r) {
		return 0
	}
	n := 1
	before, ok := kindHeads()[first]
	if k+2 < len(ws) && spaced(text, ws[k].end, ws[k+1].off) {
		if b, two := kindHeads()[first+" "+ws[k+1].text]; two {
			before, ok, n = b, true, 2
		}
	}
	if !ok || k+n >= len(ws) || !spaced(text, ws[k+n-1].end, ws[k+n].off) {
		return 0
	}
	next := ws[k+n].text
	if !titleCase(next) && !isAbbrev(next) && !(len(next) == 1 && startsUpper(next)) || notBodies()[strings.ToLower(next)] {
		return 0
	}
	if first == "phòng" && n == 1 && diseaseNamed(text[ws[k+1].off:]) {
		return 0 // "tiêm phòng Sởi - Rubella", "vắc xin phòng Bạch hầu": the verb, to prevent
	}
	if first == "trạm" && n == 1 && placeNamed(text, ws, k+1) {
		return 0 // "tại trạm Mỹ Tho": a measuring station named by its place
	}
	if roomCode(text[ws[k+n].end:]) {
		return 0 // "phòng A120", "phòng B4.02": a room of a building, named by its code
	}
	if count, _ := fieldBefore(text, ws[k].off); count != "" && allDigits(count) {
		return 0 // "Xây dựng 01 phòng GD nghệ thuật": rooms counted, not a body's name
	}
	if k > 0 && spaced(text, ws[k-1].end, ws[k].off) {
		prev := ws[k-1].text
		if startsUpper(prev) {
			return 0 // inside a name: "Văn phòng", "Bộ Quốc phòng"
		}
		if lp := strings.ToLower(prev); before[lp] || kindBefore()[lp] {
			return 0
		}
	}
	return n
}

// placeNamed reports whether the words of ws from k are a place's name:
// two syllables, each with its capital ("Mỹ Tho", "Tân Châu"), where a
// body's function or field capitalises only its first ("Y tế", "Kiểm
// lâm").
func placeNamed(text string, ws []wordAt, k int) bool {
	return k+1 < len(ws) && spaced(text, ws[k].end, ws[k+1].off) && titleCase(ws[k].text) && titleCase(ws[k+1].text) &&
		!isAbbrev(ws[k].text) && !isAbbrev(ws[k+1].text)
}

// roomCode reports whether what follows a capitalised word carries on a
// room's code in figures: "120" after "A" ("A120"), ".02" or "-202"
// after "B4" ("B4.02", "B1-202").
func roomCode(rest string) bool {
	rest = strings.TrimLeft(rest, ".-")
	return rest != "" && rest[0] >= '0' && rest[0] <= '9'
}

// addressedTexts are the Kính gửi, when there is one, and the texts of
// the notice: where a body's name may be written.
func addressedTexts(v *View) []*Seg {
	segs := v.textSegs()
	if v.Addressee != nil {
		segs = append([]*Seg{v.Addressee}, segs...)
	}
	return segs
}

// onceEach gathers the ways a rule finds a thing written, each with
// where it first stands (segment, offset) and how many times.
type onceEach struct {
	order []string
	first map[string][2]int
	count map[string]int
}

func (o *onceEach) add(w string, seg, off int) {
	if o.first == nil {
		o.first, o.count = map[string][2]int{}, map[string]int{}
	}
	if _, ok := o.first[w]; !ok {
		o.first[w] = [2]int{seg, off}
		o.order = append(o.order, w)
	}
	o.count[w]++
}

func (o *onceEach) each(fn func(w string, at [2]int, n int)) {
	for _, w := range o.order {
		fn(w, o.first[w], o.count[w])
	}
}
