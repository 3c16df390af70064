package check

import (
	"strings"
	"sync"

	"github.com/thongbao/thongbao/notice/diag"
)

// schoolRe is the name of a school: "Trường", its kind and its own name
// in capitals ("Trường Mầm non Tuổi Thơ", "Trường THCS Xuân Lương",
// "Trường THCS và THPT M.V. Lô-mô-nô-xốp").
// Phụ lục II capitalises the words of an organisation's kind, so the
// head "Trường" and the first word of the kind take a capital. Group 1 is
// the head, group 2 the kind, group 3 the first word of the own name.
// Tried only where "Trường" or "trường" starts a word (a leadExpr).
var schoolRe = sync.OnceValue(func() *leadExpr {
	x := newLeadExpr(``, `[^\p{L}]`, `([Tt]rường) (`+schoolKind+`(?: và `+schoolKind+`)?) ((?:\p{Lu}\.)*(?: ?\p{Lu}(?:\p{Ll}|-\p{Ll})*)(?: \p{Lu}(?:\p{Ll}|-\p{Ll})*)*)(?:[^\p{L}]|$)`, "Trường", "trường")
	x.then = schoolThen
	return x
})

// schoolWords are the kinds of school schoolKind writes in words, under
// (?i); its abbreviations all start with "TH", "PTDT", "MN" or "MG".
var schoolWords = []string{"mầm non", "mẫu giáo", "tiểu học", "trung học cơ sở", "trung học phổ thông",
	"phổ thông dân tộc nội trú", "phổ thông dân tộc bán trú", "đại học", "cao đẳng", "trung cấp"}

// schoolThen reports whether rest starts as schoolRe goes on past
// "Trường": a space, then a kind. It rules out "môi trường", "thị
// trường", "hiện trường" ..., so that the expression (its \p{L} classes
// the dearest of the checker's to compile) is not compiled for them.
func schoolThen(rest string) bool {
	if rest == "" || rest[0] != ' ' {
		return false
	}
	rest = rest[1:]
	for _, p := range [...]string{"TH", "PTDT", "MN", "MG"} {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	for _, w := range schoolWords {
		if foldPrefixLen(rest, w) >= 0 {
			return true
		}
	}
	return false
}

// schoolKind is the kind of a school, in words or abbreviated; a school
// of two levels joins two kinds with "và" ("Trường THCS và THPT ...",
// "Trường Tiểu học và Trung học cơ sở ...").
const schoolKind = `(?:(?i:mầm non|mẫu giáo|tiểu học|trung học cơ sở|trung học phổ thông|phổ thông dân tộc nội trú|phổ thông dân tộc bán trú|đại học|cao đẳng nghề|trung cấp nghề|cao đẳng|trung cấp)|THCS|THPT|TH&THCS|THCS&THPT|PTDTNT|PTDTBT|MN|MG|TH)`

// schoolBefore are words after which "trường" names schools of a kind,
// not one school ("các trường mầm non Hoa Sen, Sao Mai").
var schoolBefore = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"các": true, "những": true, "mọi": true, "nhà": true, "hai": true, "ba": true, "bốn": true, "năm": true}
})

// A school's Đoàn, Công đoàn or Chi đoàn is written with "trường" as its
// unit term ("Ban Thường vụ Đoàn trường", "Đoàn trường THPT Chuyên",
// "Công đoàn trường"), as "Đoàn khoa" and "Đoàn xã": "trường" there is
// not the head of the school's name.

// schoolCase says each way a text writes a school's name with its head or
// its kind in small letters, once, where it first stands, with how many
// times. Lines in capitals are left out.
func schoolCase(p *Pass) {
	v := p.View
	segs := v.textSegs()
	first := map[string][2]int{}
	count := map[string]int{}
	fixed := map[string]string{}
	written := map[string]string{} // the name whole, as the text writes it (schoolTail)
	var order []string
	var kindCaps []kindCap
	for i, s := range segs {
		if !p.View.holds(s.Text, litTruong) || !hasLower(s.Text) {
			continue
		}
		for _, m := range schoolRe().findAllIn(p.View, s.Text) {
			head, kind := s.Text[m[2]:m[3]], s.Text[m[4]:m[5]]
			if startsUpper(head) && (startsUpper(kind) || kind == strings.ToUpper(kind)) {
				if k := kindCapped(kind); k != "" && !capsLineText(s.Text) {
					kindCaps = append(kindCaps, kindCap{s, m[4], head + " " + kind, head + " " + k})
				}
				continue
			}
			if w := strings.ToLower(lastWord(s.Text[:m[2]])); schoolBefore()[w] || w == "đoàn" {
				continue // "Đoàn trường THPT Chuyên", "Công đoàn trường": the unit of a school
			}
			w := s.Text[m[2]:m[7]]
			if _, ok := first[w]; !ok {
				first[w] = [2]int{i, m[2]}
				order = append(order, w)
				tail, cut := "", false
				if !strings.Contains(s.Text[m[6]:m[7]], " ") {
					// An own name of one syllable in capitals is a
					// name going on in small letters ("Công nghệ Thủ
					// Đức"); one of several is whole.
					tail, cut = schoolTail(s.Text[m[7]:])
				}
				if cut {
					tail += "…"
				}
				written[w] = w + tail
				fixed[w] = recase(head, true) + " " + recase(kind, true) + s.Text[m[5]:m[7]] + tail
			}
			count[w]++
		}
	}
	for _, w := range order {
		at := first[w]
		msg := diag.Msg("%q: tên trường viết hoa chữ \"Trường\" và chữ đầu của loại trường", "%q: a school's name capitalises \"Trường\" and the first word of its kind", written[w])
		msg = withCount(msg, count[w])
		p.Report(segs[at[0]], at[1], msg, diag.Msg("viết %q", "write %q", fixed[w]))
	}
	seen := map[string]bool{}
	for _, c := range kindCaps {
		if seen[c.written] {
			continue
		}
		seen[c.written] = true
		p.Report(c.seg, c.at, diag.Msg("%q: loại trường chỉ viết hoa chữ đầu", "%q: only the first word of a school's kind takes a capital", c.written),
			diag.Msg("viết %q", "write %q", c.fixed))
	}
}

// kindCap is a school's kind written in words with a capital past its
// first word ("Trường Mầm Non Sơn Ca"), and the kind as Phụ lục II
// writes it ("Trường Mầm non").
type kindCap struct {
	seg            *Seg
	at             int
	written, fixed string
}

// kindCapped is kind, a school's kind written from a capital, with its
// later words in small letters, when it writes one of them with a capital
// and the rest of that word in small letters ("Mầm Non" -> "Mầm non",
// "Trung học Cơ sở" -> "Trung học cơ sở"); "" when it writes none so, or
// is an abbreviation or in capitals.
func kindCapped(kind string) string {
	words := strings.Fields(kind)
	if len(words) < 2 || kind == strings.ToUpper(kind) {
		return ""
	}
	capped := false
	for i := 1; i < len(words); i++ {
		if words[i] != "và" && startsUpper(words[i]) && hasLower(words[i]) {
			words[i] = recase(words[i], false)
			capped = true
		}
	}
	if !capped || strings.Contains(kind, " và ") {
		return "" // "Tiểu học và Trung học cơ sở": a second kind takes its capital
	}
	return strings.Join(words, " ")
}

// capsLineText reports whether a paragraph is written in capitals.
func capsLineText(s string) bool { return !hasLower(s) }

// lastWord is the last word of s, without the spaces after it.
func lastWord(s string) string {
	w, _ := fieldBefore(s, len(s))
	return w
}

// litTruong: "Trường", "trường" and a space.
var litTruong = newLiteral("rường ")
