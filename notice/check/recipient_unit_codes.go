package check

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/cite"
)

// A Bộ's Nơi nhận lists its own units by their initials: "- Các đơn vị:
// QLĐĐ&PCTT, TL, TT&BVTV, CN&TY, KH-TC;" stands for the Cục Quản lý đê
// điều và Phòng, chống thiên tai, the Cục Thủy lợi, the Cục Trồng trọt
// và Bảo vệ thực vật, the Cục Chăn nuôi và Thú y and the Vụ Kế hoạch -
// Tài chính the notice names. Read as the group "các đơn vị" the line
// reached every unit, so a Vụ given work and left out of it was not said
// (a88). Each code is the first letters of the words of a unit's name
// after its head, "&" for "và", "-" for the dash.

// ministryUnitHeads are the heads of a Bộ's units whose names such codes shorten.
var ministryUnitHeads = []string{"Tổng cục", "Cục", "Vụ", "Viện", "Thanh tra", "Văn phòng", "Trung tâm"}

// codedUnits reads a Nơi nhận line "Các đơn vị: <codes>" as the units of
// the notice's body whose names the codes shorten; whole when every code
// names one. "Các Vụ: KH-TC, PC", "Các Cục, Vụ: ..." read so too, each
// code a unit of the kinds the line names (a90). A line whose codes are
// not all read keeps its reading as a group.
func codedUnits(v *View, line string) (units []string, whole bool) {
	head, list, ok := strings.Cut(strings.TrimLeft(strings.TrimSpace(line), "- "), ":")
	if !ok {
		return nil, false
	}
	heads := codedKinds(head)
	if heads == nil {
		return nil, false
	}
	var words []string
	for _, s := range v.Body {
		words = append(words, strings.Fields(s.Text)...)
	}
	for _, code := range strings.FieldsFunc(list, func(r rune) bool { return r == ',' || r == ';' }) {
		code = strings.Trim(strings.TrimSpace(code), ".;")
		name := unitOfCode(words, code, heads)
		if name == "" {
			return nil, false
		}
		units = append(units, name)
	}
	return units, len(units) > 0
}

// codedKinds reads the head of a line of codes: "Các đơn vị" gives every
// head of ministryUnitHeads, "Các Vụ" or "Các Cục, Vụ" the heads it names;
// nil for any other head.
func codedKinds(head string) []string {
	f := cite.Fold(strings.TrimSpace(head))
	if f == "các đơn vị" {
		return ministryUnitHeads
	}
	rest, ok := strings.CutPrefix(f, "các ")
	if !ok {
		return nil
	}
	var heads []string
	for _, k := range strings.Split(rest, ",") {
		k = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(k), "các "))
		i := slices.IndexFunc(ministryUnitHeads, func(h string) bool { return cite.Fold(h) == k })
		if i < 0 {
			return nil // "Các sở, ngành": no units of a Bộ
		}
		heads = append(heads, ministryUnitHeads[i])
	}
	return heads
}

// unitOfCode is the first unit of words, a head of heads and the words
// after it, whose name code shortens; "" when none is, or code is no code
// (fewer than two capitals, a small letter).
func unitOfCode(words []string, code string, heads []string) string {
	if strings.ContainsFunc(code, unicode.IsLower) || strings.IndexFunc(code, unicode.IsUpper) < 0 || utf8.RuneCountInString(code) < 2 {
		return ""
	}
	for i := range words {
		for _, h := range heads {
			hw := strings.Fields(h)
			if i+len(hw) > len(words) || strings.Join(words[i:i+len(hw)], " ") != h {
				continue
			}
			if n := codeSpan(words[i+len(hw):], code); n > 0 {
				return strings.Join(words[i:i+len(hw)+n], " ")
			}
		}
	}
	return ""
}

// codeSpan is how many of words, from the first, code shortens: each
// capital the first letter of a word, "&" the word "và", "-" a dash; 0
// when they do not match.
func codeSpan(words []string, code string) int {
	n := 0
	for _, r := range code {
		if n >= len(words) {
			return 0
		}
		w := strings.Trim(words[n], ",;:.()")
		switch r {
		case '&':
			if w != "và" {
				return 0
			}
		case '-', '–':
			if w != "-" && w != "–" {
				return 0
			}
		default:
			f, _ := utf8.DecodeRuneInString(w)
			if unicode.ToUpper(f) != r {
				return 0
			}
		}
		n++
	}
	return n
}

// unitsOfCodes is lines with each line of codes read whole (codedUnits)
// given as the units it names, one a line.
func unitsOfCodes(v *View, lines []string) []string {
	for i, l := range lines {
		if units, whole := codedUnits(v, l); whole {
			out := append(slices.Clip(lines[:i]), units...)
			return append(out, unitsOfCodes(v, lines[i+1:])...)
		}
	}
	return lines
}
