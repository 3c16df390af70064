package check

import (
	"strings"
	"sync"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

func init() {
	register(&Rule{ID: "special-noun", Severity: diag.Warning, Ref: diag.RefCapitals + ", Mục V, khoản 1", Run: specialNoun,
		Title: diag.Msg("\"Nhân dân\", ngày trong tuần, tháng, ngày lễ, tết, huân chương, chức vụ viết hoa như Phụ lục II", "\"Nhân dân\", days, months, holidays, the tết, orders and titles take the capitals Phụ lục II gives them"),
		Help:  diag.Msg("viết hoa \"Nhân dân\" khi chỉ người dân (trong tên cơ quan, \"Ủy ban nhân dân\", viết thường); viết \"thứ Bảy\", \"Chủ nhật\", \"tết Nguyên đán\", \"ngày Quốc tế Lao động\", \"Huân chương Lao động hạng Nhì\", \"Chủ tịch\"", "write \"Nhân dân\" when it names the people (inside a body's name, \"Ủy ban nhân dân\", it stays in small letters); write \"thứ Bảy\", \"Chủ nhật\", \"tết Nguyên đán\", \"ngày Quốc tế Lao động\", \"Huân chương Lao động hạng Nhì\", \"Chủ tịch\"")})
}

// peopleBefore are the words after which "nhân dân" can only be the
// noun, the people, never the "nhân dân" of a body's name ("Ủy ban nhân
// dân", "Tòa án nhân dân", "công an nhân dân"): "cán bộ và nhân dân",
// "vận động nhân dân", "các tầng lớp nhân dân", "thông báo đến nhân dân",
// "trong nhân dân", "đời sống nhân dân", "để nhân dân được biết", "tới
// nhân dân"; what the people have ("sức khỏe nhân dân", "ý kiến nhân
// dân") and the verbs that ask or tell them ("hướng dẫn nhân dân",
// "nhắc nhở nhân dân", "yêu cầu nhân dân"), whose object a body named
// in full would be ("yêu cầu Ủy ban nhân dân xã", the word before
// "nhân" then "ban").
var peopleBefore = []string{"và", "với", "cho", "của", "đến", "tới", "để", "trong", "đời sống", "tầng lớp", "toàn thể", "vận động", "đông đảo", "phục vụ",
	"sức khỏe", "sức khoẻ", "ý kiến", "tuyên truyền", "hướng dẫn", "nhắc nhở", "khuyến cáo", "yêu cầu", "đề nghị", "giúp",
	"bà con", "quần chúng"}

// peopleKnowRe follows "nhân dân" that names the people told: "để các cơ
// quan, đơn vị nhân dân được biết", "nhân dân biết, thực hiện". A body
// whose name holds "nhân dân" is not what a notice tells to know ("Ủy
// ban nhân dân được biết" is not written); bodyNhanDan leaves such a name.
var peopleKnowRe = lazyre.New(`^\s+(?:được\s+)?biết(?:[\s.,;:)]|$)`)

// nhanDanBodyHeads are the last words of the names "nhân dân" ends a part
// of: "Ủy ban", "Tòa án", "Viện kiểm sát", "Công an", "Hội đồng", "Quân
// đội", "vũ trang", "Tổ" (tổ nhân dân tự quản), "Ban Thanh tra" (Ban
// Thanh tra nhân dân), "Hội thẩm" (Hội thẩm nhân dân), and the titles
// "Nghệ sĩ Nhân dân", "Nhà giáo Nhân dân", "Thầy thuốc Nhân dân"; "tín
// dụng" (quỹ tín dụng nhân dân, a kind of credit institution: "để khách
// hàng và các quỹ tín dụng nhân dân biết", p102).
var nhanDanBodyHeads = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"ban": true, "án": true, "sát": true, "an": true, "đồng": true, "đội": true, "trang": true, "tổ": true, "tra": true, "thẩm": true, "sĩ": true, "giáo": true, "thuốc": true, "dụng": true}
})

// specialNoun reports "nhân dân" written in small letters where it names
// the people: Phụ lục II, Mục V, khoản 1 writes the special nouns
// "Nhân dân" and "Nhà nước" with a capital. Only the noun after a word
// that leaves no other reading is said; a passage quoted from another
// document is left as written, and so is "nhân dân tệ" (the currency).
// The "Kính gửi" line is read too: the people a notice is sent to are
// the people ("Kính gửi: Quý du khách và nhân dân thành phố").
func specialNoun(p *Pass) {
	segs := unquotedWith(p.View, litNhanDan)
	if a := p.View.Addressee; a != nil && p.View.holds(a.Text, litNhanDan) {
		segs = append(segs, a) // "Kính gửi: Cán bộ và nhân dân trong toàn xã" (r93)
	}
	for _, seg := range segs {
		words := p.View.words(seg.Text)
		for i := 1; i+1 < len(words); i++ {
			if words[i].text != "nhân" || words[i+1].text != "dân" || !contiguous(seg.Text, words[i:i+2]) {
				continue
			}
			if i+2 < len(words) && strings.EqualFold(words[i+2].text, "tệ") {
				continue
			}
			if !peopleAfter(seg.Text, words, i) && !clauseStart(seg.Text, words[i].off) && !peopleTold(seg.Text, words, i) || quoted(seg.Text, words[i].off) {
				continue
			}
			p.Report(seg, words[i].off, diag.Msg("\"nhân dân\" chỉ người dân viết hoa: \"Nhân dân\"", "\"nhân dân\" naming the people is written \"Nhân dân\""),
				diag.Msg("viết \"Nhân dân\"", "write \"Nhân dân\""))
		}
	}
	specialPhraseCase(p)
	stateNoun(p) // special_state.go
}

// unquotedWith are the pieces of prose that hold s, outside a passage
// quoted from another document.
func unquotedWith(v *View, s *literal) []*Seg {
	segs := v.textSegs()
	inQuote := v.quotationsIn(segs).inside
	var out []*Seg
	for _, seg := range segs {
		if v.holds(seg.Text, s) && !inQuote[seg.PosAt(0)] {
			out = append(out, seg)
		}
	}
	return out
}

// clauseStart reports whether byte off of s opens a clause after a
// comma or a semicolon ("..., nhân dân giao lưu mua bán"): the body whose
// name holds "nhân dân" would stand before it.
func clauseStart(s string, off int) bool {
	head := strings.TrimRight(s[:off], " ")
	return strings.HasSuffix(head, ",") || strings.HasSuffix(head, ";")
}

// peopleAfter reports whether the words before words[i] are one of
// peopleBefore, written with a space only between them and "nhân".
func peopleAfter(s string, words []wordAt, i int) bool {
	for _, b := range peopleBefore {
		n := strings.Count(b, " ") + 1
		if i < n || !contiguous(s, words[i-n:i+1]) {
			continue
		}
		var got []string
		for _, w := range words[i-n : i] {
			got = append(got, strings.ToLower(w.text))
		}
		if strings.Join(got, " ") == b {
			return true
		}
	}
	return false
}

var litNhanDan = newLiteral("nhân dân")

// peopleTold reports whether "nhân dân" at words[i] is told to know
// (peopleKnowRe after it) and no body's name ends before it.
func peopleTold(s string, words []wordAt, i int) bool {
	return peopleKnowRe().MatchString(s[words[i+1].end:]) && !nhanDanBodyHeads()[strings.ToLower(words[i-1].text)]
}
