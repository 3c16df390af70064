package check

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// abbrevWord is an abbreviation written in a text: a word in capitals
// that no Vietnamese syllable is spelt like ("BHXH", "THPT", "UBND"), or
// such words joined by "&", "-" or "." ("GD&ĐT", "KT-XH", "TP.HCM").
type abbrevWord struct {
	off  int    // where it starts in the text, in bytes
	end  int    // where it ends
	text string // as written, without the marks around it
	// defined: it stands in brackets right after what it shortens,
	// "bảo hiểm xã hội (BHXH)", "(sau đây gọi tắt là Sở GD&ĐT)".
	defined bool
}

// abbrevLead are the marks a word may open with, abbrevTrail those it may
// close with; neither is part of the abbreviation.
const (
	abbrevLead  = "(\"'“‘[{«"
	abbrevTrail = ")\"'”’]}».,;:!?…*"
	// abbrevMarks are both, once each.
	abbrevMarks = "(\"'“‘[{«)”’]}».,;:!?…*"
)

// abbrevWords returns the abbreviations written in s, in order. A word
// that holds a digit or "/" is a code ("26/QĐ-UBND", "COVID-19", "V/v")
// and a Roman numeral a number: neither is an abbreviation.
//
// It reads the words of s parted by white space (fieldsAt) in one pass,
// telling in the same pass which hold a pair of capitals (capsPair): only
// those are looked at, with the words on each side of them (inCode).
// TestAbbrevWordsAsFields holds it to the splitting it stands for.
func abbrevWords(s string) []abbrevWord {
	if !capsPair(s) {
		return nil
	}
	var out []abbrevWord
	var prev2, prev, pend, pendPrev, pendPrev2 wordAt // the two words before; a word with a pair waiting for the next, and the two before it
	havePend := false
	for i := 0; i < len(s); {
		if n := fieldSpaceAt(s, i); n > 0 {
			i += n
			continue
		}
		f, pair := readField(s, i)
		i = f.end
		if havePend {
			if w, ok := abbrevAt(s, pend, pendPrev2, pendPrev, f); ok {
				out = append(out, w)
			}
			havePend = false
		}
		if pair {
			pend, pendPrev, pendPrev2, havePend = f, prev, prev2, true
		}
		prev2, prev = prev, f
	}
	if havePend {
		if w, ok := abbrevAt(s, pend, pendPrev2, pendPrev, wordAt{}); ok {
			out = append(out, w)
		}
	}
	return out
}

// fieldSpaceAt is the width of the white space character (unicode.IsSpace)
// s holds at i, or 0.
func fieldSpaceAt(s string, i int) int {
	if c := s[i]; c < utf8.RuneSelf {
		if c == ' ' || '\t' <= c && c <= '\r' {
			return 1
		}
		return 0
	}
	if r, w := utf8.DecodeRuneInString(s[i:]); unicode.IsSpace(r) {
		return w
	}
	return 0
}

// readField reads the word of s (up to white space) that starts at i,
// and whether it holds a pair of capitals as capsPair reads them.
func readField(s string, i int) (wordAt, bool) {
	start, pair, state := i, false, 0 // capsPair's pair and state
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			switch {
			case c == ' ' || '\t' <= c && c <= '\r':
				return wordAt{s[start:i], start, i}, pair
			case 'A' <= c && c <= 'Z':
				pair = pair || state > 0
				state = 2
			case state == 2 && (c == '&' || c == '-' || c == '.'):
				state = 1
			default:
				state = 0
			}
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			return wordAt{s[start:i], start, i}, pair
		case upperRune(r):
			pair = pair || state > 0
			state = 2
		default:
			state = 0
		}
		i += w
	}
	return wordAt{s[start:], start, len(s)}, pair
}

// abbrevAt reads the abbreviation the word f of s (with a pair of
// capitals) is, between the words before and after it, before2 the word
// before that ("" where the text has none).
func abbrevAt(s string, f, before2, before, after wordAt) (abbrevWord, bool) {
	inner := strings.TrimLeft(f.text, abbrevLead)
	off := f.off + len(f.text) - len(inner)
	inner = strings.TrimRight(inner, abbrevTrail)
	from, to := gluedSpan(inner)
	off += from
	inner = inner[from:to]
	if inner == "" || strings.ContainsAny(inner, "/0123456789") || !abbrevShape(inner) || inCode(before2.text, before.text, after.text) {
		return abbrevWord{}, false
	}
	w := abbrevWord{off: off, end: off + len(inner), text: inner}
	w.defined = definedAt(s, w) || glossedAt(s, w)
	return w, true
}

// capsPair reports whether s holds two capitals in a row or with one of
// "&", "-", "." between them: an abbreviation of abbrevShape's holds
// such a pair, so text without one holds none and need not be split.
func capsPair(s string) bool {
	prev := 0 // 2 after a capital, 1 after a capital and a joining mark
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case 'A' <= c && c <= 'Z':
				if prev > 0 {
					return true
				}
				prev = 2
			case prev == 2 && (c == '&' || c == '-' || c == '.'):
				prev = 1
			default:
				prev = 0
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if !upperRune(r) {
			prev = 0
			continue
		}
		if prev > 0 {
			return true
		}
		prev = 2
	}
	return false
}

// upperRune is unicode.IsUpper, quicker for the letters with a tone
// ("Ả", "ế"): in U+1EA0-U+1EFF each capital is at an even code point and
// its small letter right after it.
func upperRune(r rune) bool {
	if 0x1EA0 <= r && r <= 0x1EFF {
		return r%2 == 0
	}
	return isUpperRune(r)
}

// abbrevShape reports whether w is an abbreviation in capitals: groups of
// capital letters joined by "&", "-" or ".", with two letters at least,
// and, when it is one group, a word no Vietnamese syllable is spelt like
// or a word data/abbreviations.txt lists.
func abbrevShape(w string) bool {
	letters, groups := 0, 1
	prevSep := true
	for _, r := range w {
		switch {
		case r == '&' || r == '-' || r == '.':
			if prevSep {
				return false
			}
			prevSep = true
			groups++
		case isUpperRune(r):
			letters++
			prevSep = false
		default:
			return false
		}
	}
	if prevSep || letters < 2 {
		return false
	}
	if _, ok := abbrevTable()[w]; ok {
		return true
	}
	if groups == 1 {
		return !vietSyllable(w) && !romanRe().MatchString(w)
	}
	for _, g := range strings.FieldsFunc(w, func(r rune) bool { return r == '&' || r == '-' || r == '.' }) {
		if utf8.RuneCountInString(g) >= 3 && vietSyllable(g) {
			return false // words in capitals joined by a dash: "HÒA-BÌNH"
		}
	}
	return true
}

// romanRe is a Roman numeral, maybe with the letter of a class after
// it ("đá IIB", "nhóm IA").
var romanRe = lazyre.New(`^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})[ABC]?$`)

// inCode reports whether a word is part of a code typed with spaces,
// prev and next the words on each side of it and before2 the word before
// prev ("" where the text has none): after a word that ends a code's group
// ("376/QĐ- BTP", "383/PGD ĐT"), after a number's "/" ("Số: 02/ QC-CM"),
// after a dash standing alone behind a code ("41/2010/TT - BGDĐT"), or
// beside a word of letters and digits ("BTCT M200", "TB Am44").
func inCode(before2, prev, next string) bool {
	if prev != "" {
		if codeGroupEnd(prev) || strings.HasSuffix(prev, "/") && strings.ContainsAny(prev, "0123456789") {
			return true
		}
		if before2 != "" && (prev == "-" || prev == "–") && codeGroupEnd(before2) {
			return true
		}
		if mixedCode(prev) {
			return true
		}
	}
	return next != "" && mixedCode(next)
}

// codeGroupEnd reports whether w is a code whose next group may follow
// it after a space: one holding a letter ("383/PGD", not the date
// "(10/3") that ends with "-" or "/", or holds "/" and ends with no mark
// of the prose.
func codeGroupEnd(w string) bool {
	if strings.IndexFunc(w, unicode.IsLetter) < 0 {
		return false
	}
	return strings.HasSuffix(w, "-") || strings.HasSuffix(w, "/") || strings.Contains(w, "/") && !strings.ContainsAny(w[len(w)-1:], ".,;:)")
}

// mixedCode reports whether w holds letters and digits: a code
// ("M300", "Am44", "H38.2"), not a word.
func mixedCode(w string) bool {
	w = strings.Trim(w, abbrevMarks)
	return strings.ContainsAny(w, "0123456789") && strings.IndexFunc(w, unicode.IsLetter) >= 0
}

// syllableRe is a Vietnamese syllable without its tone: a consonant start,
// one to three vowels, and a final consonant.
var syllableRe = lazyre.New(`^(b|c|ch|d|đ|g|gh|gi|h|k|kh|l|m|n|ng|ngh|nh|p|ph|q|qu|r|s|t|th|tr|v|x)?[aăâeêioôơuưy]{1,3}(c|ch|m|n|ng|nh|p|t)?$`)

// vietSyllable reports whether w, in any case, is spelt as a Vietnamese
// syllable: "TỈNH", "GIỮ", "VÕ" are words in capitals, "THPT", "UBND",
// "BHYT" are not.
func vietSyllable(w string) bool {
	var b strings.Builder
	for _, r := range strings.ToLower(w) {
		if x := letterTone(r); x.bare != 0 {
			r = x.bare
		}
		b.WriteRune(r)
	}
	return syllableRe().MatchString(b.String())
}

// hasVowel reports whether w holds a vowel letter: a word in capitals
// with none ("THPT", "GTGT", "KHTC") can only be an abbreviation.
func hasVowel(w string) bool {
	for _, r := range strings.ToLower(w) {
		if x := letterTone(r); x.bare != 0 {
			r = x.bare
		}
		if strings.ContainsRune("aăâeêioôơuưy", r) {
			return true
		}
	}
	return false
}

// definedAt reports whether w stands in brackets as the short form of what
// goes before it: "(BHXH)", "(Cục ATMT)", "(sau đây gọi tắt là BHXH)",
// "(viết tắt là UBND)".
func definedAt(s string, w abbrevWord) bool {
	open := strings.LastIndex(s[:w.off], "(")
	if open < 0 || strings.Contains(s[open:w.off], ")") {
		return false
	}
	lead := strings.TrimSpace(s[open+1 : w.off])
	if !strings.HasPrefix(strings.TrimLeft(s[w.end:], "\"'”’"), ")") && !abbrevListCloses(s[w.end:]) && !yearCloses(s[w.end:]) && !(lead == "" && placeCloses(s[:open], s[w.end:])) {
		return quotedShortName(lead, s[w.end:])
	}
	return len(strings.Fields(lead)) <= 2 && !strings.ContainsAny(lead, "0123456789") || namingLead(lead)
}

// yearCloses reports whether rest, after an abbreviation in brackets,
// holds only the year of the convention it names before the bracket
// closes: "Quy tắc quốc tế phòng ngừa đâm va tàu thuyền trên biển
// (COLREG 72)", "(MARPOL 73/78)" (a thông báo hàng hải, p93).
func yearCloses(rest string) bool {
	inner, _, ok := strings.Cut(rest, ")")
	if !ok || !strings.HasPrefix(inner, " ") {
		return false
	}
	for _, y := range strings.Split(inner[1:], "/") {
		if (len(y) != 2 && len(y) != 4) || strings.Trim(y, "0123456789") != "" {
			return false
		}
	}
	return true
}

// placeCloses reports whether rest, after an abbreviation in brackets,
// holds only the name of a place that the full form before the bracket
// ends with: "Hiệp hội Doanh nghiệp Hàn Quốc tại Bắc Ninh (KBA Bắc
// Ninh)", the body's short form carrying its seat as the full form does
// (p94: a Ban Quản lý các khu công nghiệp's đối thoại). "(KBA Hà Nội)"
// after "tại Bắc Ninh" names no seat written before, and is not read;
// nor is "(Sở NN&PTNT Cần Thơ)" after "thành phố Cần Thơ", the bracket
// opening with a word: another body named, not a short form given.
func placeCloses(before, rest string) bool {
	inner, _, ok := strings.Cut(rest, ")")
	if !ok || !strings.HasPrefix(inner, " ") {
		return false
	}
	place := strings.TrimSpace(inner)
	n := len(strings.Fields(place))
	if n == 0 || n > 4 || strings.ContainsAny(place, "(,;:0123456789") || !unicode.IsUpper([]rune(place)[0]) {
		return false
	}
	return strings.HasSuffix(strings.TrimSpace(before), " "+place)
}

// namingLead reports whether the words in brackets before an
// abbreviation name it as the short form ("sau đây viết tắt là",
// "gọi tắt là:").
func namingLead(lead string) bool {
	l := strings.ToLower(strings.TrimRight(lead, " \"'“‘"))
	return strings.HasSuffix(l, " là") || strings.HasSuffix(l, "là:")
}

// quotedShortName reports whether an abbreviation opens a short name in
// quotation marks that the brackets name so ("(sau đây viết tắt là “ĐHBK
// Hà Nội” hoặc “Đại học”)"): the abbreviation is defined with the words
// quoted after it.
func quotedShortName(lead, rest string) bool {
	if !namingLead(lead) || !strings.HasSuffix(lead, "“") && !strings.HasSuffix(lead, "\"") {
		return false
	}
	inner, _, ok := strings.Cut(rest, ")")
	return ok && !strings.Contains(inner, "(") && strings.ContainsAny(inner, "”\"")
}

// abbrevListCloses reports whether rest, after an abbreviation in
// brackets, holds only more abbreviations parted by commas before the
// bracket closes: "(ĐHNN, ĐHQGHN)" gives both names written before it
// their short forms at once.
func abbrevListCloses(rest string) bool {
	inner, _, ok := strings.Cut(rest, ")")
	if !ok || !strings.HasPrefix(inner, ",") {
		return false
	}
	for f := range strings.SplitSeq(inner[1:], ",") {
		f = strings.TrimSpace(f)
		if f == "" || strings.ContainsAny(f, " 0123456789") || hasLower(f) || !abbrevShape(f) {
			return false
		}
	}
	return true
}

// glossedAt reports whether w is followed by its full form in brackets,
// the words' initials spelling it, a "và" among them left out or not:
// "GĐ (Giảng đường)", "PM (Phòng máy)".
func glossedAt(s string, w abbrevWord) bool {
	rest := strings.TrimLeft(s[w.end:], " ")
	if !strings.HasPrefix(rest, "(") {
		return false
	}
	inner, _, ok := strings.Cut(rest[1:], ")")
	if !ok {
		return false
	}
	if namedGloss(inner) {
		return true
	}
	letters := lettersOf(w.text)
	var initials []rune
	for f := range strings.FieldsSeq(inner) {
		if f == "và" || f == "&" {
			continue
		}
		initials = append(initials, initialOf(f))
	}
	return len(letters) >= 2 && slices.Equal(initials, letters)
}

// namedGloss reports whether the words in brackets after an abbreviation
// name what it is, a name of three words or more starting with a capital
// and holding no figure: a foreign body's short name glossed in
// Vietnamese, "KMK (Hội đồng Bộ trưởng văn hóa, giáo dục ...)".
func namedGloss(inner string) bool {
	fs := strings.Fields(inner)
	if len(fs) < 3 || strings.ContainsAny(inner, "0123456789") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(fs[0])
	return upperRune(r) && hasLower(fs[0]) && hasLower(fs[1])
}

// gluedSpan returns where in w the abbreviation stands when w glues it
// to a word: by a "." to a name's first word after it ("TP.Tuy" of
// "TP.Tuy Hòa": "TP"), or by a "-" to a word in small letters before it
// ("Khoa-BM": "BM"). Any other w is read whole, 0 to len(w). An
// abbreviation before a "-" ("MERS-CoV") is the name of something
// else and stays whole.
func gluedSpan(w string) (from, to int) {
	if i := strings.LastIndexByte(w, '.'); i > 0 && i+1 < len(w) {
		r, n := utf8.DecodeRuneInString(w[i+1:])
		if rest := w[i+1+n:]; upperRune(r) && rest != "" && hasLower(rest) && !hasLower(w[:i]) {
			return 0, i
		}
	}
	if i := strings.LastIndexByte(w, '-'); i > 0 && i+1 < len(w) && hasLower(w[:i]) && !hasLower(w[i+1:]) && !strings.ContainsAny(w, "/0123456789") {
		return i + 1, len(w)
	}
	return 0, len(w)
}

// abbrevWordsOf is abbrevWords(s) read from the view's index of s: a
// pair of capitals is two capitals in a row inside a word of letters
// (the lexeme's shape), or a word that ends with a capital joined to one
// that starts with a capital by one "&", "-" or "."; only the words of
// white space (fields) that hold such a pair are read, with the two
// fields before and the one after, instead of every field of s.
// TestAbbrevWordsOf holds it to abbrevWords.
func (v *View) abbrevWordsOf(s string) []abbrevWord {
	x := v.index(s)
	var out []abbrevWord
	done := 0 // the end of the last field read
	for i, w := range x.words {
		if w.off < done {
			continue
		}
		pair := x.lex[i].shape&shapeUpPair != 0
		if !pair && x.lex[i].shape&shapeLastUp != 0 && i+1 < len(x.words) && x.words[i+1].off == w.end+1 &&
			x.lex[i+1].shape&shapeFirstUp != 0 {
			c := s[w.end]
			pair = c == '&' || c == '-' || c == '.'
		}
		if !pair {
			continue
		}
		f := fieldAround(s, w.off)
		done = f.end
		// abbrevAt reads the words around by their text alone.
		var before, before2 wordAt
		if t, j := fieldBefore(s, f.off); j >= 0 {
			before.text = t
			before2.text, _ = fieldBefore(s, j)
		}
		if a, ok := abbrevAt(s, f, before2, before, wordAt{text: fieldAfter(s, f.end)}); ok {
			out = append(out, a)
		}
	}
	return out
}

// fieldAround is the word of s parted by white space (fieldSpaceAt) that
// holds byte i, which is no white space.
func fieldAround(s string, i int) wordAt {
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if isFieldSpace(r) {
			break
		}
		i -= n
	}
	f, _ := readField(s, i)
	return f
}
