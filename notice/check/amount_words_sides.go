package check

import (
	"strings"
	"unicode/utf8"
)

// sumGap bounds the text between a sum's "đồng" and its "Bằng chữ": "
// (", "/học sinh/tháng (": a sum further back is another's.
const sumGap = 40

// figuresSumBefore reads the sum that ends just before "Bằng chữ" (before,
// the text up to it): "12.480.356.000 đồng (", "2.456,8 tỷ đồng (",
// "155.000 đồng/học sinh/tháng (", "1.000.000 đ (", "250.000.000 VNĐ (".
func figuresSumBefore(before string) (int64, bool) {
	n, _, ok := figuresSumEnd(before, sumGap)
	return n, ok
}

// figuresSumEnd reads the sum in figures whose unit, with what it is
// counted per, is followed by at most gap bytes of before other than
// spaces, none a figure, a dot or a semicolon; start is where its figures
// begin. Its thousands are grouped by dots (three figures a group) and its
// decimals follow a comma, as Vietnamese writes them; anything else is no
// sum read here.
func figuresSumEnd(before string, gap int) (n int64, start int, ok bool) {
	d, e, ok := lastUnit(before, max(0, len(before)-sumGap-len("đồng")))
	if !ok || len(before)-e > sumGap {
		return 0, 0, false
	}
	tail := skipPerTail(before[e:])
	if strings.ContainsAny(tail, "0123456789.;") || len(strings.TrimSpace(tail)) > gap {
		return 0, 0, false
	}
	rest := strings.TrimRight(before[:d], " \n\t")
	scale := int64(1)
	for w, s := range scaleWords() {
		if strings.HasSuffix(rest, w) && !endsInLetter(rest[:len(rest)-len(w)]) {
			scale, rest = s, strings.TrimRight(rest[:len(rest)-len(w)], " \n\t")
			break
		}
	}
	k := len(rest)
	for k > 0 && (isDigit(rest[k-1]) || rest[k-1] == '.' || rest[k-1] == ',') {
		k--
	}
	if k > 0 && endsInLetter(rest[:k]) {
		return 0, 0, false // "A1.000": a code, not a sum
	}
	n, ok = figuresValue(rest[k:], scale)
	return n, k, ok
}

// figuresValue is the value of figures grouped by dots with decimals after
// a comma, times scale; ok is false for any other shape ("1.250.00",
// "1,250", a part of a đồng).
func figuresValue(f string, scale int64) (int64, bool) {
	whole, frac, _ := strings.Cut(f, ",")
	groups := strings.Split(whole, ".")
	if groups[0] == "" || len(groups[0]) > 3 && len(groups) > 1 {
		return 0, false
	}
	var n int64
	for i, g := range groups {
		if i > 0 && len(g) != 3 || g == "" || !allDigits(g) {
			return 0, false
		}
		for _, c := range []byte(g) {
			if n = n*10 + int64(c-'0'); n > maxSum {
				return 0, false
			}
		}
	}
	if n > maxSum/scale {
		return 0, false
	}
	n *= scale
	if frac == "" {
		return n, true
	}
	if !allDigits(frac) || len(frac) > 6 {
		return 0, false
	}
	part := scale
	for _, c := range []byte(frac) {
		if part%10 != 0 {
			return 0, false // a part of a đồng
		}
		part /= 10
		n += int64(c-'0') * part
	}
	return n, true
}

// sumWordsAfter reads the words of a sum after "Bằng chữ" (at, the byte
// after it; a colon or a dash may stand first) up to "đồng" (or "VNĐ"):
// from is where the first word stands. ok is false when no "đồng" closes
// them within the sentence or a bracket closes first.
func sumWordsAfter(s string, at int) (from int, words []string, ok bool) {
	for at < len(s) && (strings.IndexByte(" :-\n\t", s[at]) >= 0 || strings.HasPrefix(s[at:], "–") || strings.HasPrefix(s[at:], "—")) {
		_, n := utf8.DecodeRuneInString(s[at:])
		at += n
	}
	end := at
	for end < len(s) && strings.IndexByte(").;(", s[end]) < 0 {
		end++
	}
	words = sumWordsOf(s[at:end])
	for i, w := range words {
		if l := strings.ToLower(w); l == "đồng" || l == "vnđ" || l == "vnd" {
			return at, words[:i], i > 0
		}
	}
	return 0, nil, false
}

// sumWordsOf parts a sum's words: spaces, commas, line ends and hyphens
// ("hai mươi - mốt") stand between them.
func sumWordsOf(text string) []string {
	return strings.FieldsFunc(text, func(r rune) bool { return r == ' ' || r == ',' || r == '\n' || r == '\t' || r == '-' })
}
