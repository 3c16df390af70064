package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
)

// territorialHeads start the names of bodies named after their unit of
// territory with the unit's noun: "HỘI LIÊN HIỆP PHỤ NỮ TỈNH PHÚ YÊN",
// "HỘI NÔNG DÂN HUYỆN ...", "LIÊN ĐOÀN LAO ĐỘNG TỈNH ...", "ỦY BAN NHÂN DÂN
// XÃ ...". A company or a school may carry a place's name without it
// ("CÔNG TY ... THỦY LỢI TÂY NINH") and is left.
var territorialHeads = []string{"hội ", "ủy ban ", "uỷ ban ", "ubnd ", "hđnd ", "hội đồng nhân dân ", "liên đoàn lao động ", "ủy ban mặt trận", "uỷ ban mặt trận"}

// unitNouns are the nouns of the units of territory, as the last word
// before the place's name: "TỈNH", "HUYỆN", "THÀNH PHỐ", "THỊ XÃ" ..., and
// their short forms ("TP.", "TX.")
var unitNouns = setOf("tỉnh", "huyện", "xã", "phường", "phố", "quận", "trấn", "khu", "tp", "tp.", "tx", "tx.", "tt", "tt.", "q.", "h.", "x.", "p.")

// placeLinks are words that put a place after a name without making it
// the body's unit: "HỘI ĐỒNG HƯƠNG QUẢNG NAM TẠI HÀ NỘI".
var placeLinks = setOf("tại", "ở", "của", "và", "miền", "vùng", "khu vực")

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
		prose.WriteString(cite.Fold(s.Text))
		prose.WriteString("\n")
	}
	body := prose.String()
	head := v.headAbove()
	for i := range head {
		s := &head[i]
		t := strings.TrimSpace(s.Text)
		f := cite.Fold(strings.ToLower(t))
		if !isUpperText(t) || !hasAnyPrefix(f, territorialHeads) {
			continue
		}
		ws := strings.Fields(t)
		for k := 1; k <= 3 && k+2 <= len(ws); k++ {
			place := strings.Join(ws[len(ws)-k:], " ")
			before := cite.Fold(strings.ToLower(ws[len(ws)-k-1]))
			if unitNouns[before] || placeLinks[before] {
				break // "... TỈNH PHÚ YÊN", "HỘI ĐỒNG HƯƠNG ... TẠI HÀ NỘI"
			}
			lower := cite.Fold(strings.ToLower(place))
			unit := unitBefore(body, lower)
			if unit == "" {
				continue
			}
			full := strings.Join(ws[:len(ws)-k], " ") + " " + strings.ToUpper(unit) + " " + place
			p.Report(s, strings.LastIndex(s.Text, place), diag.Msg("tên cơ quan %q thiếu %q trước %q, như văn bản viết %q", "the body's name %q lacks %q before %q, as the text writes %q", t, strings.ToUpper(unit), place, unit+" "+capitalWords(place)),
				diag.Msg("viết %q", "write %q", full))
			break
		}
	}
}

// unitBefore is the unit noun the folded prose writes right before the
// folded place ("tỉnh" in "... phụ nữ tỉnh phú yên ..."), "" if none.
func unitBefore(body, place string) string {
	for _, u := range []string{"tỉnh", "huyện", "thành phố", "thị xã", "quận", "xã", "phường", "thị trấn"} {
		key := cite.Fold(u) + " " + place
		for from := 0; ; {
			i := strings.Index(body[from:], key)
			if i < 0 {
				break
			}
			i += from
			end := i + len(key)
			if (i == 0 || !isLetterByte(body[i-1])) && (end == len(body) || !isLetterByte(body[end])) {
				return u
			}
			from = i + 1
		}
	}
	return ""
}

func isLetterByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80 }

func hasAnyPrefix(s string, prefixes []string) bool {
	for _, h := range prefixes {
		if strings.HasPrefix(s, cite.Fold(h)) {
			return true
		}
	}
	return false
}

// isUpperText reports whether s has letters and none in small letters.
func isUpperText(s string) bool { return strings.ToUpper(s) == s && strings.ToLower(s) != s }

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
