package cite

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// singleCode reads a number whose ký hiệu is one group, the issuer's
// code alone ("Kế hoạch số 768/PGDĐT", "công văn số 461/VP", "Hướng dẫn
// số 4488/BCĐ"): ParseNumber wants a type and an issuer, as the decree
// numbers a document, but offices cite such numbers, and a rule must see
// them to say what they lack. Only a number written after a type name and
// "số" is read so, its code in capitals ("&" allowed: "PGD&ĐT") and no
// type code of its own, and not the head of a code a space cut ("5274/QĐ -
// BGD", "234/KCN .ĐN": citation-code-space's); "lớp 10/A", "202/TTg" (a
// number of the 1990s) and an address's "số 12/B" are not.
func singleCode(s string, start, end int, prev []Citation) (Number, bool) {
	raw := s[start:end]
	seq, code, ok := strings.Cut(raw, "/")
	if !ok || seq == "" || !allDigits(seq) || strings.ContainsAny(code, "/-") || !isCodeWord(code) {
		return Number{}, false
	}
	letters := 0
	for _, r := range code {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return Number{}, false
			}
			letters++
		}
	}
	if letters < 2 || IsTypeCode(code, Admin) || spacedTail(s[end:]) {
		return Number{}, false
	}
	if !soRe().MatchString(s[max(0, start-12):start]) {
		return Number{}, false
	}
	if t, _ := typeBefore(s, start, prev); t == "" && !LegislatureCode(code) {
		return Number{}, false
	}
	return Number{Raw: raw, Seq: seq, Issuer: code, Family: Admin}, true
}

// LegislatureCode reports whether a code is a Quốc hội's of one
// legislature ("QH15"): after "số", "N/QH15" is a law or a resolution of
// the Quốc hội cited without its year ("Luật Đất đai số 31/QH15"), the
// law's name between its type and its number.
func LegislatureCode(code string) bool {
	d, ok := strings.CutPrefix(code, "QH")
	return ok && len(d) >= 1 && len(d) <= 2 && allDigits(d)
}

// spacedTail reports whether s goes on with a code part after a spaced
// "-", "–" or ".": the number before it is a code cut by a space.
func spacedTail(s string) bool {
	t := strings.TrimLeft(s, " \u00a0")
	for _, sep := range []string{"-", "–", "."} {
		if rest, ok := strings.CutPrefix(t, sep); ok {
			if len(t) == len(s) && sep == "." {
				return false // "461/VP." ends a sentence
			}
			rest = strings.TrimLeft(rest, " \u00a0")
			r, _ := utf8.DecodeRuneInString(rest)
			return unicode.IsUpper(r)
		}
	}
	return false
}
