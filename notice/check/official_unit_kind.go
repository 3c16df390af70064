package check

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
)

// unitKinds are the common nouns of the units below a province, and of
// the hamlets and quarters under a commune, each written with its capital
// as a slip writes it before a name: "thôn Plei Groi ..., Thôn Đăk
// Prông", "KDC khu phố Thanh Bình ... Khu phố Thanh Xuân". Phụ lục II,
// Mục III, khoản 1 writes the noun in small letters ("huyện Gia Lâm, xã Đông
// Sơn"), with a capital before a number, a person's name or an event
// ("Quận 1", "Phường Điện Biên Phủ"). "Tỉnh" is unitPlaceCase's, which
// knows the provinces by name; so is "Thành phố" before a province or a
// city run by the centre, and here before a city of a province ("của
// Thành phố Thủ Đức" where the text writes "thành phố Thủ Đức"). The
// decree's "Thành phố Hồ Chí Minh" is left as a name that opens with a
// family name ("Hồ") is.
var unitKinds = [...]string{"Huyện ", "Quận ", "Thị xã ", "Thị trấn ", "Xã ", "Phường ", "Thôn ", "Ấp ", "Xóm ",
	"Khóm ", "Khu phố ", "Tổ dân phố ", "Thành phố "}

// unitKindLits and unitKindLowLits are unitKinds as literals, as written
// and in small letters: a text whose index lacks one is not searched for
// it (twelve searches of every text cost some 2M instructions a seed).
var unitKindLits, unitKindLowLits = newLiterals(unitKinds[:]...), newLiterals(lowerAll(unitKinds[:])...)

// lowerAll returns ss in small letters.
func lowerAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = strings.ToLower(s)
	}
	return out
}

// unitKindHeads are words after a unit's noun that make a body of it, not
// a place: "Huyện Đoàn", "Xã Đội", "Phường Hội".
var unitKindHeads = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"đoàn": true, "đội": true, "ủy": true, "uỷ": true, "hội": true, "đảng": true, "ban": true}
})

// familyNames are the family names a person's name opens with, after
// which a unit's noun takes its capital ("Phường Lê Lợi", "Phường Trần
// Phú"), and the reign names streets and wards are named after.
var familyNames = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"nguyễn": true, "trần": true, "lê": true, "phạm": true, "hoàng": true, "huỳnh": true, "phan": true, "vũ": true, "võ": true, "đặng": true, "bùi": true,
		"đỗ": true, "hồ": true, "ngô": true, "dương": true, "lý": true, "đinh": true, "đào": true, "trương": true, "lương": true, "quang": true, "hai": true, "bà": true, "điện": true}
})

// unitNamesakes are the names of people and battles, without a family name
// of familyNames, that wards and communes are named after, whose noun
// Phụ lục II capitalises ("Phường Hùng Vương", "Phường Chi Lăng").
var unitNamesakes = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"hùng vương": true, "trưng vương": true, "trưng trắc": true, "trưng nhị": true, "triệu việt vương": true, "hàm nghi": true,
		"duy tân": true, "kim đồng": true, "tô hiệu": true, "tô hiến thành": true, "chu văn an": true, "mạc đĩnh chi": true, "mạc thị bưởi": true, "cao thắng": true,
		"yết kiêu": true, "lạc long quân": true, "âu cơ": true, "chi lăng": true, "bạch đằng": true, "đống đa": true}
})

// unitKindCase says a unit's noun written with its capital inside a
// sentence before the unit's name, in a text that writes the same noun in
// small letters before another name (its own writing of the kind, as the
// decree's): after a word in small letters or a comma, each way once,
// where it first stands, with how many times. A name that opens with a
// family name or a reign name may be a person's (the decree's capital),
// and is left; so are a noun after a council or committee
// (unitNounCase's), quotations, lines in capitals and official names.
func unitKindCase(p *Pass) {
	v := p.View
	segs := v.textSegs()
	small := smallUnitKinds(v, segs)
	if small == [len(unitKinds)]bool{} {
		return // no noun in small letters before a name: nothing to hold a capital to
	}
	var found onceEach
	for i, s := range segs {
		if s.Role == RoleArchive || !hasLower(s.Text) {
			continue
		}
		for k, noun := range unitKinds {
			if !small[k] || !v.holds(s.Text, unitKindLits[k]) {
				continue
			}
			eachIndex(s.Text, noun, func(at int) bool {
				name := unitNameAfter(s.Text[at+len(noun):])
				if placeAfter(s.Text[at+len(noun):]) != "" {
					return true // "Thành phố Hà Nội": unitPlaceCase's
				}
				if name != "" && midSentenceBefore(s.Text[:at]) && sameLineBefore(s, at) && !unitKindBefore(s.Text[:at]) && !quoted(s.Text, at) && !inOfficial(v, s, at) {
					found.add(s.Text[at:at+len(noun)+len(name)], i, at)
				}
				return true
			})
		}
	}
	found.each(func(w string, at [2]int, n int) {
		noun := unitKindOf(w)
		fixed := strings.ToLower(noun) + w[len(noun):]
		p.Report(segs[at[0]], at[1], withCount(diag.Msg("%q: %q là danh từ chung chỉ đơn vị hành chính, viết thường trước tên riêng, như văn bản đã viết ở chỗ khác", "%q: %q is the common noun of an administrative unit and takes no capital before the name, as the text writes it elsewhere", w, noun), n),
			diag.Msg("viết %q", "write %q", fixed))
	})
}

// eachIndex calls fn with each byte offset of lit in s, left to right,
// until fn returns false.
func eachIndex(s, lit string, fn func(at int) bool) {
	for off := 0; ; {
		j := strings.Index(s[off:], lit)
		if j < 0 || !fn(off+j) {
			return
		}
		off += j + len(lit)
	}
}

// unitKindOf returns the noun of unitKinds w starts with, without its space.
func unitKindOf(w string) string {
	for _, noun := range unitKinds {
		if strings.HasPrefix(w, noun) {
			return noun[:len(noun)-1]
		}
	}
	return ""
}

// smallUnitKinds reports, for each noun of unitKinds, whether segs write
// it in small letters before a name (a word in a capital): "xã Quảng An".
func smallUnitKinds(v *View, segs []*Seg) (out [len(unitKinds)]bool) {
	for _, s := range segs {
		for k, lit := range unitKindLowLits {
			low := lit.text
			if out[k] || !v.holds(s.Text, lit) {
				continue
			}
			eachIndex(s.Text, low, func(at int) bool {
				if r, _ := utf8.DecodeLastRuneInString(s.Text[:at]); at > 0 && isLetter(r) {
					return true // "cấp huyện": "ấp " inside a word
				}
				rest := s.Text[at+len(low):]
				if r, _ := utf8.DecodeRuneInString(rest); isUpperRune(r) && unitNameAfter(rest) != "" {
					out[k] = true
					return false
				}
				return true
			})
		}
	}
	return out
}

// unitNameAfter returns the name s starts with, its words in a capital
// (one to four), "" if none or if it may be a person's, a battle's or a body's: the
// name ends at a mark or before a word in small letters.
func unitNameAfter(s string) string {
	end, n := 0, 0
	for rest := s; rest != ""; {
		w, after, spaced := strings.Cut(rest, " ")
		if i := strings.IndexFunc(w, func(r rune) bool { return !isLetter(r) }); i >= 0 {
			w, spaced = w[:i], false
		}
		if r, _ := utf8.DecodeRuneInString(w); w == "" || !isUpperRune(r) {
			break
		}
		if n == 0 && (familyNames()[strings.ToLower(w)] || unitKindHeads()[strings.ToLower(w)]) || unitNamesakes()[strings.ToLower(s[:len(s)-len(rest)+len(w)])] {
			return ""
		}
		n++
		end = len(s) - len(rest) + len(w)
		if !spaced || n > 4 {
			break
		}
		rest = after
	}
	if n == 0 || n > 4 {
		return ""
	}
	return s[:end]
}

// sameLineBefore reports whether the word before byte at of s stands on
// the line at does: a noun that opens a line of the source may open a
// line of the page (a portal's name over the notice, "Trang thông tin
// điện tử" then "Xã Phước Thuận - Huyện Xuyên Mộc").
func sameLineBefore(s *Seg, at int) bool {
	head := strings.TrimRight(s.Text[:at], " ")
	return head != "" && s.LineAt(len(head)-1) == s.LineAt(at)
}

// unitKindBefore reports whether head, the text before a unit's noun, ends
// with a unit's noun in small letters: the noun after it is its name's
// first word ("tổ dân phố Ấp Bắc", "thôn Thôn Đông").
func unitKindBefore(head string) bool {
	head = strings.TrimRight(head, " ") + " "
	for _, noun := range unitKinds {
		low := strings.ToLower(noun)
		if strings.HasSuffix(head, " "+low) || head == low {
			return true
		}
	}
	return false
}
