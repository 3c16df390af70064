package check

import (
	"strings"
	"sync"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
)

// territorialBodies are the names, head and kind, of bodies named after
// their unit of territory, which write the unit's noun before the place:
// "HỘI LIÊN HIỆP PHỤ NỮ TỈNH PHÚ YÊN", "HỘI NÔNG DÂN HUYỆN ...", "LIÊN
// ĐOÀN LAO ĐỘNG TỈNH ...", "ỦY BAN NHÂN DÂN XÃ ...". Only the words after
// the name are the place: "NHÂN DÂN" or "PHỤ NỮ" are the body's kind. A
// company or a school may carry a place's name without a unit ("CÔNG TY
// ... THỦY LỢI TÂY NINH") and is left.
var territorialBodies = []string{
	"ủy ban mặt trận tổ quốc việt nam", "ủy ban mặt trận tổ quốc",
	"hội liên hiệp phụ nữ", "hội nông dân", "hội cựu chiến binh",
	"hội chữ thập đỏ", "hội người cao tuổi", "hội khuyến học",
	"liên đoàn lao động", "ủy ban nhân dân", "hội đồng nhân dân",
	"đoàn thanh niên cộng sản hồ chí minh",
}

// unitWords are the nouns of the units of territory and their short
// forms: a place that starts with one already names its unit.
var unitWords = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"tỉnh": true, "huyện": true, "xã": true, "phường": true, "thành": true, "quận": true, "thị": true, "khu": true, "tp": true, "tp.": true, "tx": true, "tx.": true, "tt": true, "tt.": true, "q.": true, "h.": true, "x.": true, "p.": true}
})

// placeLinks are words that put a place after a name without making it
// the body's unit: "HỘI ĐỒNG HƯƠNG QUẢNG NAM TẠI HÀ NỘI".
var placeLinks = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"tại": true, "ở": true, "của": true, "và": true, "miền": true, "vùng": true, "khu": true, "việt": true}
})

// issuerUnit reports, for issuer-abbrev, a header's name of a body named
// after its unit whose unit noun was dropped before the place ("HỘI LIÊN
// HIỆP PHỤ NỮ PHÚ YÊN") where the text names the unit with it ("phụ nữ
// tỉnh Phú Yên"): the name is not the body's official name in full
// (NĐ 30/2020/NĐ-CP, Phụ lục I, Mục II, khoản 2).
func issuerUnit(p *Pass) {
	v := p.View
	if v.FromTOML {
		return
	}
	var prose strings.Builder
	for _, s := range v.Texts() {
		prose.WriteString(s.Text)
		prose.WriteString("\n")
	}
	body := prose.String()
	head := v.headAbove()
	for i := range head {
		s := &head[i]
		t := strings.TrimSpace(s.Text)
		place := unitPlace(t)
		if place == "" {
			continue
		}
		unit := unitBefore(body, capitalWords(place))
		if unit == "" {
			continue
		}
		full := strings.TrimSuffix(t, place) + strings.ToUpper(unit) + " " + place
		p.Report(s, strings.LastIndex(s.Text, place), diag.Msg("tên cơ quan %q thiếu %q trước %q, như văn bản viết %q", "the body's name %q lacks %q before %q, as the text writes %q", t, strings.ToUpper(unit), place, unit+" "+capitalWords(place)),
			diag.Msg("viết %q", "write %q", full))
	}
}

// unitPlace is the place a header line in capitals names after a
// territorial body's name with no unit noun before it ("PHÚ YÊN" in "HỘI
// LIÊN HIỆP PHỤ NỮ PHÚ YÊN"), "" when the line is no such name, names no
// place, or already names its unit ("ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM").
func unitPlace(t string) string {
	if !isUpperText(t) {
		return ""
	}
	ws := strings.Fields(t)
	f := strings.Fields(cite.Fold(strings.ToLower(t)))
	for _, b := range territorialBodies {
		n := len(strings.Fields(b))
		if len(f) < n+2 || strings.Join(f[:n], " ") != cite.Fold(b) {
			continue
		}
		for _, w := range f[n:] {
			if unitWords()[w] || placeLinks()[w] || unitWords()[cite.Fold(w)] {
				return ""
			}
		}
		if len(f)-n > 3 {
			return ""
		}
		return strings.Join(ws[n:], " ")
	}
	return ""
}

// unitBefore is the unit noun the prose writes right before the whole
// place, in its own case ("tỉnh" in "... phụ nữ tỉnh Phú Yên ..."), "" if
// none. The place must end there: "huyện Nam Giang" is no "huyện Nam".
func unitBefore(body, place string) string {
	for _, u := range []string{"tỉnh", "huyện", "thành phố", "thị xã", "quận", "xã", "phường", "thị trấn"} {
		for _, lead := range []string{u, capitalWords(u)} {
			key := lead + " " + place
			for from := 0; ; {
				i := strings.Index(body[from:], key)
				if i < 0 {
					break
				}
				i += from
				end := i + len(key)
				if (i == 0 || !isLetterByte(body[i-1])) && (end == len(body) || !isLetterByte(body[end])) && !capitalNext(body[end:]) {
					return u
				}
				from = i + 1
			}
		}
	}
	return ""
}

// capitalNext reports whether the next word of rest, on the same line,
// starts with a capital letter: "Giang" after "huyện Nam".
func capitalNext(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	if rest == "" || rest[0] == '\n' {
		return false
	}
	r := []rune(rest)[0]
	return isUpperRune(r)
}

func isLetterByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80 }

// isUpperText reports whether s has letters and none in small letters.
func isUpperText(s string) bool { return upperSelf(s) && lowerMoves(s) }

// capitalWords writes each word of s with a capital first letter and the
// rest small: "PHÚ YÊN" gives "Phú Yên".
func capitalWords(s string) string {
	ws := strings.Fields(strings.ToLower(s))
	for i, w := range ws {
		r := []rune(w)
		ws[i] = strings.ToUpper(string(r[0])) + string(r[1:])
	}
	return strings.Join(ws, " ")
}
