package check

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
)

// unitPlaceNouns are the common nouns of a province and a city that a
// text writes with a capital inside a sentence before the place's name:
// "trên địa bàn Thành phố Thanh Hóa", "142 Trần Phú, Thành phố Hà Tĩnh".
// Phụ lục II, Mục II (administrative units) writes the noun in small
// letters ("thành phố Thái Nguyên, tỉnh Nam Định"), with a capital only
// before a number, a person's name or a historical event ("Quận 1",
// "Phường Điện Biên Phủ") and in "Thủ đô Hà Nội", "Thành phố Hồ Chí
// Minh". The nouns of lower units are left: a ward or a district may be
// named after a person ("Phường Lê Lợi", "Quận Hai Bà Trưng"), which no
// list here tells from a place.
var unitPlaceNouns = []string{"Tỉnh ", "Thành phố "}

// provincePlaces are the provinces and the cities run by the centre,
// before and after 2025, as data/official-names.txt lists them, without
// "Hồ Chí Minh" (the decree's "Thành phố Hồ Chí Minh"), and "Huế", a
// city run by the centre since 2025. No province nor such city is named
// after a person or an event, so a capital on the noun before one of
// them is never the decree's. A name that goes on with another word in
// a capital ("Thành phố Điện Biên Phủ", named after the battle) is no
// province's.
var provincePlaces = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"Hà Nội": true, "Hải Phòng": true, "Đà Nẵng": true, "Cần Thơ": true, "Huế": true, "Thừa Thiên Huế": true, "Hà Giang": true,
		"Tuyên Quang": true, "Lào Cai": true, "Điện Biên": true, "Lai Châu": true, "Sơn La": true, "Yên Bái": true, "Thái Nguyên": true, "Lạng Sơn": true,
		"Quảng Ninh": true, "Bắc Giang": true, "Bắc Kạn": true, "Phú Thọ": true, "Vĩnh Phúc": true, "Bắc Ninh": true, "Hưng Yên": true, "Hà Nam": true,
		"Nam Định": true, "Ninh Bình": true, "Thanh Hóa": true, "Thanh Hoá": true, "Nghệ An": true, "Hà Tĩnh": true, "Quảng Bình": true, "Quảng Trị": true,
		"Quảng Nam": true, "Quảng Ngãi": true, "Phú Yên": true, "Khánh Hòa": true, "Khánh Hoà": true, "Ninh Thuận": true, "Bình Thuận": true, "Kon Tum": true,
		"Gia Lai": true, "Đắk Lắk": true, "Đắk Nông": true, "Lâm Đồng": true, "Bình Phước": true, "Tây Ninh": true, "Bình Dương": true, "Đồng Nai": true,
		"Bà Rịa - Vũng Tàu": true, "Vũng Tàu": true, "Long An": true, "Tiền Giang": true, "Bến Tre": true, "Trà Vinh": true, "Vĩnh Long": true,
		"Đồng Tháp": true, "An Giang": true, "Kiên Giang": true, "Hậu Giang": true, "Sóc Trăng": true, "Bạc Liêu": true, "Cà Mau": true, "Hòa Bình": true,
		"Hoà Bình": true, "Thái Bình": true, "Hải Dương": true, "Bình Định": true, "Cao Bằng": true}
})

// unitPlaceCase says "Tỉnh" or "Thành phố" written with its capital
// inside a sentence before the name of a province or a city run by the
// centre: after a word in small letters or after a comma (an address),
// each way once, where it first stands, with how many times; after a
// word with its capital too (bodyWordBefore: "Thuế Tỉnh Nghệ An"). The noun
// after a council or a committee ("Ủy ban nhân dân Thành phố", the
// decree's form for Hồ Chí Minh) is unitNounCase's and left; so are
// quotations, lines in capitals and the official names official-name
// reads.
func unitPlaceCase(p *Pass) {
	v := p.View
	segs := v.textSegs()
	first := map[string][2]int{}
	count := map[string]int{}
	var order []string
	for i, s := range segs {
		if s.Role == RoleArchive || !hasLower(s.Text) {
			continue
		}
		for _, noun := range unitPlaceNouns {
			for off := 0; ; {
				j := strings.Index(s.Text[off:], noun)
				if j < 0 {
					break
				}
				at := off + j
				off = at + len(noun)
				name := placeAfter(s.Text[off:])
				if name == "" || !midSentenceBefore(s.Text[:at]) && !bodyWordBefore(s.Text[:at]) || quoted(s.Text, at) || inOfficial(v, s, at) {
					continue
				}
				w := s.Text[at : off+len(name)]
				if _, ok := first[w]; !ok {
					first[w] = [2]int{i, at}
					order = append(order, w)
				}
				count[w]++
			}
		}
	}
	for _, w := range order {
		at := first[w]
		noun, _, _ := strings.Cut(w, " "+placeAfterNoun(w))
		fixed := strings.ToLower(noun) + w[len(noun):]
		p.Report(segs[at[0]], at[1], withCount(diag.Msg("%q: %q là danh từ chung chỉ đơn vị hành chính, viết thường trước tên riêng", "%q: %q is the common noun of an administrative unit and takes no capital before the name", w, noun), count[w]),
			diag.Msg("viết %q", "write %q", fixed))
	}
}

// placeAfter returns the province or city whose name s starts with, ""
// if none: the name ends where s ends, at a mark ("Thanh Hóa,Xét") or
// before a word in small letters; a word in a capital after it makes a
// longer name ("Điện Biên Phủ"), no province's.
func placeAfter(s string) string {
	var words []string
	rest := s
	for len(words) < 5 && rest != "" {
		w, after, spaced := strings.Cut(rest, " ")
		rest = after
		if i := strings.IndexFunc(w, func(r rune) bool { return !isLetter(r) && r != '-' }); i >= 0 {
			w, spaced = w[:i], false
		}
		if w != "" {
			words = append(words, w)
		}
		if !spaced {
			break // a mark ends the name: "Thanh Hóa,Xét"
		}
	}
	for n := len(words); n >= 2; n-- {
		name := strings.Join(words[:n], " ")
		if !provincePlaces()[name] || !strings.HasPrefix(s, name) {
			continue
		}
		if n < len(words) {
			if r, _ := utf8.DecodeRuneInString(words[n]); isUpperRune(r) {
				return ""
			}
		}
		return name
	}
	return ""
}

// placeAfterNoun returns the place of w, a noun and a place.
func placeAfterNoun(w string) string {
	for _, noun := range unitPlaceNouns {
		if strings.HasPrefix(w, noun) {
			return w[len(noun):]
		}
	}
	return ""
}

// midSentenceBefore reports whether head, the text before a noun, leaves
// the noun inside a sentence and out of a body's name: its last word is
// in small letters, not the "nhân dân" of a council or a committee, or
// it ends with a comma.
func midSentenceBefore(head string) bool {
	if !strings.HasSuffix(head, " ") {
		return false
	}
	head = strings.TrimRight(head, " ")
	if strings.HasSuffix(head, ",") {
		return true
	}
	last := head[strings.LastIndexByte(head, ' ')+1:]
	r, _ := utf8.DecodeRuneInString(last)
	if !isLowerRune(r) || strings.HasSuffix(head, "nhân dân") {
		return false
	}
	return strings.IndexFunc(last, func(r rune) bool { return !isLetter(r) }) < 0
}

// bodyWordBefore reports whether head, the text before "Tỉnh" or "Thành
// phố", ends with a word written with its capital and small letters, a
// space after it ("Thuế Tỉnh Nghệ An", "Công an Tỉnh Nghệ An", "Tại Thành
// phố Hòa Bình"): the noun of a province or a city run by the centre is
// small there too, inside a body's name as in a sentence ("Thuế tỉnh Nghệ
// An", Phụ lục II, Mục II). Only before such a place (unitPlaceCase): a
// lower unit may be named after a person or an event ("Ấp Bắc"). An
// abbreviation in capitals ("UBND Tỉnh") is unitNounCase's.
func bodyWordBefore(head string) bool {
	if !strings.HasSuffix(head, " ") {
		return false
	}
	head = strings.TrimRight(head, " ")
	last := head[strings.LastIndexByte(head, ' ')+1:]
	r, _ := utf8.DecodeRuneInString(last)
	return isUpperRune(r) && strings.IndexFunc(last, isLowerRune) > 0 && strings.IndexFunc(last, func(r rune) bool { return !isLetter(r) }) < 0
}
