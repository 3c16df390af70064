package compose

import (
	"strings"
	"unicode"
)

// kinds are the words that name a body's kind, as Phụ lục II, Mục II writes
// them in a sentence, longest first where one starts another.
var kinds = []string{
	"Ủy ban Mặt trận Tổ quốc Việt Nam", "Ủy ban nhân dân", "Hội đồng nhân dân",
	"Tòa án nhân dân", "Viện kiểm sát nhân dân", "Bảo hiểm xã hội", "Kho bạc Nhà nước",
	"Ban Chỉ huy Quân sự", "Ban Quản lý", "Trung tâm", "Văn phòng", "Thanh tra",
	"Công an", "Chi cục", "Đảng ủy", "Sở", "Phòng", "Ban", "Cục", "Vụ", "Bộ", "Trường",
}

// abbreviations are the short names of bodies a header writes, kept in
// capitals in a sentence.
var abbreviations = map[string]bool{"UBND": true, "HĐND": true, "MTTQ": true, "UBMTTQ": true, "MTTQVN": true,
	"UBMTTQVN": true, "BCĐ": true, "BCH": true, "BQL": true, "TAND": true, "VKSND": true}

// fieldWords are fields written with more than one capital.
var fieldWords = []string{"Công Thương"}

// unitNouns are the common nouns of administrative units, longest first.
var unitNouns = []string{"thị xã", "thị trấn", "thành phố", "đặc khu", "tỉnh", "huyện", "quận", "xã", "phường"}

// runningName writes a body's name, given in the header's capitals, as a
// sentence writes it (Phụ lục II, Mục II): "ỦY BAN NHÂN DÂN", "XÃ AN
// BÌNH" is "Ủy ban nhân dân xã An Bình"; the words of the body's kind and
// field take a capital, the unit's noun none, the place's own name one on
// each syllable. A name already written in ordinary case stays as it is.
func runningName(lines []string) string {
	s := strings.Join(strings.Fields(strings.Join(lines, " ")), " ")
	if strings.IndexFunc(s, unicode.IsLower) >= 0 {
		return s
	}
	words := strings.Fields(s)
	var out []string
	field, place := false, false // in a body's field; in a place's name
	for i := 0; i < len(words); {
		if abbreviations[strings.TrimRight(words[i], ",")] {
			out = append(out, words[i]) // "UBND", "HĐND" stay in capitals
			i++
			field, place = true, false
			continue
		}
		if n, k := matchWords(words[i:], kindsSplit); n > 0 {
			out = append(out, k)
			i += n
			field, place = true, false
			continue
		}
		if n, f := matchWords(words[i:], fieldWordsSplit); n > 0 && field {
			out = append(out, f)
			i += n
			continue
		}
		if n, u := unitAt(words, i); n > 0 {
			out = append(out, u)
			i += n
			field, place = false, true
			continue
		}
		w := strings.ToLower(words[i])
		if place || len(out) == 0 || field && fieldStart(out) {
			w = capital(w)
		}
		out = append(out, w)
		i++
	}
	return strings.Join(out, " ")
}

// fieldStart reports whether the next word of a body's field starts a new
// field: it follows the kind, "và", a comma or a dash.
func fieldStart(out []string) bool {
	if len(out) == 0 {
		return true
	}
	last := out[len(out)-1]
	for _, k := range kinds {
		if last == k {
			return true
		}
	}
	return last == "và" || last == "-" || strings.HasSuffix(last, ",")
}

// unitAt reads a unit's noun at words[i]: in small letters before a name
// ("xã An Bình"), with its capital before a figure ("Phường 13") and in
// "Thành phố Hồ Chí Minh", as the decree writes it.
func unitAt(words []string, i int) (int, string) {
	n, u := matchWords(words[i:], unitNounsSplit)
	if n == 0 || u == "xã" && i+1 < len(words) && strings.ToLower(words[i+1]) == "hội" {
		return 0, ""
	}
	rest := words[i+n:]
	if len(rest) > 0 && rest[0] != "" && rest[0][0] >= '0' && rest[0][0] <= '9' ||
		u == "thành phố" && strings.ToLower(strings.Join(rest, " ")) == "hồ chí minh" {
		u = capital(u)
	}
	return n, u
}

// splitNames are names and each split into its words, once: matchWords
// is asked them at every word of every header's name.
type splitNames struct {
	names []string
	words [][]string
}

func split(names []string) splitNames {
	s := splitNames{names: names}
	for _, name := range names {
		s.words = append(s.words, strings.Fields(name))
	}
	return s
}

var kindsSplit, fieldWordsSplit, unitNounsSplit = split(kinds), split(fieldWords), split(unitNouns)

// matchWords reports how many of words the longest of names matches,
// letters' case aside, and that name.
func matchWords(words []string, names splitNames) (int, string) {
	for k, nw := range names.words {
		if len(nw) > len(words) {
			continue
		}
		ok := true
		for j, w := range nw {
			if !strings.EqualFold(strings.TrimRight(words[j], ","), w) || j < len(nw)-1 && strings.HasSuffix(words[j], ",") {
				ok = false
				break
			}
		}
		if ok {
			name := names.names[k]
			if strings.HasSuffix(words[len(nw)-1], ",") {
				name += ","
			}
			return len(nw), name
		}
	}
	return 0, ""
}

// capital writes the first letter of w in capitals.
func capital(w string) string {
	for i, r := range w {
		return w[:i] + string(unicode.ToUpper(r)) + w[i+len(string(r)):]
	}
	return w
}
