package check

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
)

func init() {
	register(&Rule{ID: "unit-case", Severity: diag.Warning, Ref: diag.Practice, Run: unitCase,
		Title: diag.Msg("ký hiệu đơn vị đo viết đúng chữ thường, chữ hoa của nó: \"kg\", \"m2\", \"kWh\"", "a unit of measure keeps its own small and capital letters: \"kg\", \"m2\", \"kWh\""),
		Help: diag.Msg("viết ký hiệu đơn vị đo như đơn vị đo pháp định: \"kg\" (không \"Kg\"), \"m2\" (không \"M2\"), \"kWh\" (không \"KWh\")",
			"write the unit's symbol as the legal units write it: \"kg\" (not \"Kg\"), \"m2\" (not \"M2\"), \"kWh\" (not \"KWh\")")})
}

// unitCases maps a unit's symbol typed with a wrong capital to the
// symbol itself. "Km" (a road's kilometre post, "Quốc lộ 14 Km 5+300")
// and "Ha" are left out: both stand lawfully after a figure.
var unitCases = sync.OnceValue(func() map[string]string {
	return map[string]string{
		"Kg": "kg", "M2": "m2", "M3": "m3", "M²": "m²", "M³": "m³", "Km2": "km2", "Km²": "km²",
		"KWh": "kWh", "Kwh": "kWh", "KW": "kW", "Kw": "kW", "KV": "kV", "Kv": "kV", "Mw": "MW",
		"KVA": "kVA", "KVa": "kVA", "Kva": "kVA", "KVAr": "kVAr", "KVAR": "kVAr", "Mwh": "MWh",
		"KN": "kN", "Kn": "kN",
	}
})

// forceNouns name a force a kilonewton measures, as a line of technical
// figures writes it ("lực nén tối đa 2.000 KN", "tải trọng 50 KN"):
// "KN" after a figure is the unit only in a clause naming one; elsewhere
// it is an office's abbreviation ("khiếu nại", "kiến nghị"), and "15 KN"
// counts them. "lực" alone is no force's name: it closes "nỗ lực",
// "năng lực", "hiệu lực" and opens "lực lượng".
var forceNouns = []string{"lực nén", "lực kéo", "lực ép", "lực cắt", "lực căng", "lực uốn", "lực xiết", "lực siết",
	"lực nâng", "lực đẩy", "lực tác dụng", "lực phá hủy", "lực phá hoại", "tải trọng"}

// forceCompounds are the words "lực" closes a word with that names no
// force, before a verb a force's noun may look like ("nỗ lực đẩy nhanh",
// "năng lực nâng cao", "hiệu lực kéo dài", "nguồn lực đẩy mạnh").
var forceCompounds = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"nỗ": true, "năng": true, "hiệu": true, "nguồn": true, "nhân": true, "động": true, "áp": true, "tiềm": true, "quyền": true, "thể": true, "trí": true, "tài": true, "sinh": true, "vật": true, "học": true}
})

// measureNouns name what a unit in brackets after them measures:
// "Diện tích (M2)".
var measureNouns = []string{"diện tích", "khối lượng", "trọng lượng", "chiều dài", "công suất", "sản lượng", "điện năng", "điện áp", "đơn vị tính", "ĐVT"}

// unitLeads are the words a unit named alone follows: "đơn vị tính là Kg".
var unitLeads = []string{"đơn vị tính là ", "đơn vị tính: ", "Đơn vị tính: ", "ĐVT: ", "ĐVT:"}

// unitCase finds a unit of measure typed with a wrong capital ("Kg",
// "M2", "KWh") where it can only be the unit: after a figure ("106KWh",
// "50 Kg"), in brackets after what it measures ("Diện tích (M2)"), or
// after "đơn vị tính là". A paragraph written in capitals is left: its
// units are in capitals with it.
func unitCase(p *Pass) {
	for _, seg := range p.View.textSegs() {
		s := seg.Text
		if !hasLower(s) {
			continue
		}
		words := p.View.index(s).words
		at := 0
		for _, k := range p.View.startsOf(s, unitStarts) {
			i := words[k].off
			if i < at {
				continue
			}
			unit, right, ok := unitRead(s, i)
			if !ok {
				continue
			}
			p.Report(seg, i, diag.Msg("%q: ký hiệu đơn vị đo viết là %q", "%q: the unit is written %q", unit, right),
				diag.Msg("viết %q", "write %q", right))
			at = i + len(unit)
		}
	}
}

// unitStarts are the words a unit of unitCases starts: a unit stands
// where a word of the text index starts (no letter before it), and that
// word is the unit's letters before its first figure or "²", "³" ("M" of
// "M2", "Km" of "Km²", "Kg").
var unitStarts = newStartSet(func(x *lexeme) bool { return unitLetters[x.text] })

// unitLetters are the letters each unit of unitCases starts with, up to
// its first figure or mark.
var unitLetters = func() map[string]bool {
	out := map[string]bool{}
	for u := range unitCases() {
		if i := strings.IndexFunc(u, func(r rune) bool { return !unicode.IsLetter(r) }); i >= 0 {
			u = u[:i]
		}
		out[u] = true
	}
	return out
}()

// unitWordAt reads the word at s[i:] when it is one of unitCases,
// standing alone on its right (no letter or figure after it).
func unitWordAt(s string, i int) (unit, right string, ok bool) {
	j := i
	for j < len(s) {
		r, w := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(r) && !isDigit(s[j]) && r != '²' && r != '³' {
			break
		}
		j += w
	}
	if i > 0 {
		if r, _ := utf8.DecodeLastRuneInString(s[:i]); unicode.IsLetter(r) {
			return "", "", false // inside a word: "BKW", "VKV"
		}
	}
	right, ok = unitCases()[s[i:j]]
	return s[i:j], right, ok
}

// unitRead reads the unit of unitCases at s[i:] where only a unit
// stands (unitStands); a kilonewton only in a line naming a force.
func unitRead(s string, i int) (unit, right string, ok bool) {
	unit, right, ok = unitWordAt(s, i)
	if !ok || !unitStands(s, i) {
		return "", "", false
	}
	if right == "kN" && !namesForce(s[:i]) {
		return "", "", false
	}
	return unit, right, true
}

// namesForce reports whether the clause s ends with names a force: a
// phrase of forceNouns that starts a word and is no compound's close.
func namesForce(s string) bool {
	s = lastClause(s)
	for _, n := range forceNouns {
		for off := 0; off < len(s); {
			j := indexFold(s[off:], n)
			if j < 0 {
				break
			}
			j += off
			if !isLetterBefore(s, j) && !forceCompounds()[strings.ToLower(wordBefore(s, max(j-1, 0)))] {
				return true
			}
			off = j + len(n)
		}
	}
	return false
}

// lastClause is the last clause of s: what follows its last ";", ", " or
// ". " (a figure's "2.000" parts no clause).
func lastClause(s string) string {
	i := max(strings.LastIndex(s, ";"), strings.LastIndex(s, ", "), strings.LastIndex(s, ". "))
	return s[i+1:]
}

// unitStands reports whether the unit at s[i:] stands where only a unit
// stands: after a figure (a space between or none), in brackets after a
// measure's noun, or after a unit's lead.
func unitStands(s string, i int) bool {
	b := strings.TrimSuffix(s[:i], " ")
	if b != "" && isDigit(b[len(b)-1]) {
		return true
	}
	for _, l := range unitLeads {
		if strings.HasSuffix(s[:i], l) {
			return true
		}
	}
	if !strings.HasSuffix(b, "(") {
		return false
	}
	noun := strings.TrimSuffix(strings.TrimSuffix(b, "("), " ")
	for _, n := range measureNouns {
		if hasSuffixFold(noun, n) {
			return true
		}
	}
	return false
}
