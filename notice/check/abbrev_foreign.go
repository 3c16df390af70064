package check

import (
	"strings"
	"unicode/utf8"
)

// A word in capitals that no Vietnamese initials spell is no abbreviation
// of Vietnamese words a body writes out: it is a foreign name, a test's,
// a firm's or a brand's ("TOEFL", "IELTS", "TEMIX"), kept as its owner
// writes it. Two signs tell it: a letter no Vietnamese syllable starts
// with (F, J, Z; W stands for "ương" in "TW", Trung ương), and a list it stands in beside a foreign name
// ("chứng chỉ IELTS, TOEFL"; "Samsung (Hàn Quốc), ..., TEMIX (Itay),
// Bosch").

// foreignInitials are letters no Vietnamese syllable starts with, and
// capitals of other alphabets no Vietnamese word holds ("ÖSD").
const foreignInitials = "FJZÄÖÜÑÇ"

// foreignCaps reports whether a word in capitals holds a letter no
// Vietnamese syllable starts with.
func foreignCaps(w string) bool {
	return !hasLower(w) && strings.ContainsAny(w, foreignInitials)
}

// foreignName reports whether a word is a foreign name: a capitalised
// word of letters only that is no Vietnamese syllable ("Bosch",
// "Samsung", "Sydney"), or a word in capitals foreignCaps tells.
func foreignName(n string) bool {
	if n == "" || strings.IndexFunc(n, func(r rune) bool { return !isLetter(r) }) >= 0 {
		return false
	}
	if foreignCaps(n) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(n)
	return isUpperRune(r) && hasLower(n) && !vietSyllable(n)
}

// spokenCaps reports whether a word in capitals of Latin letters is
// spoken as a word, not spelt as initials: two vowels or more (A, E, I,
// O, U, Y), making two letters in five or more ("IELTS", "TEMIX",
// "OCOP", "META", "CODE", "UNICEF"). Vietnamese initials take a vowel
// only from a word that opens with one ("UBND", "ATGT", "BHYT"), so they
// hold one at most, or two among many consonants ("UBATGT"); a word
// with a letter of Vietnamese's own ("ĐU", "NGƯT") is Vietnamese. An
// owner's name spoken as a word is written as its owner writes it, and
// offices keep bringing new ones (tests, firms, programmes, products):
// judged by its shape, not by a list.
func spokenCaps(w string) bool {
	letters, vowels := 0, 0
	for _, r := range w {
		switch {
		case strings.ContainsRune("AEIOUY", r):
			vowels++
			letters++
		case r >= 'A' && r <= 'Z':
			letters++
		case r == '-' || r == '&' || r == '.':
		default:
			return false
		}
	}
	return vowels >= 2 && 5*vowels >= 2*letters
}

// foreignAbbrev reports whether w, written in s, is a foreign name: its
// own letters say so (foreignCaps, spokenCaps), a neighbour in its list is one
// (foreignName) or a foreign name data/abbreviations.txt lets stand,
// past a gloss in brackets ("Sydney (Úc), TEMIX"; "HSK và HSKK"), or a
// foreign name stands right before it as its first word ("Aptis ESOL").
func foreignAbbrev(s string, w abbrevWord) bool {
	if foreignCaps(w.text) || spokenCaps(w.text) {
		return true
	}
	prev, _ := fieldBefore(s, w.off)
	if at := nameItemStart(s, w.off); at < w.off && openBracket(s[:at]) && foreignNeighbour(listNeighbourBefore(s[:at])) {
		return true // "(Grab, Xanh SM, Be)": a brand of two words among foreign names
	}
	return foreignNeighbour(listNeighbourBefore(s[:w.off])) || foreignNeighbour(listNeighbourAfter(s[w.end:])) || foreignName(prev) || foreignCapsPair(prev, w.text)
}

// foreignCapsPair reports whether a word in Latin capitals of four letters
// or more follows, in one name, a word in capitals its own letters tell
// foreign (foreignCaps, spokenCaps): "Trung tâm SEAMEO RETRAC", the
// second word of a foreign name written as its owner writes it.
// Vietnamese initials do not stand glued to a foreign name's capitals.
func foreignCapsPair(prev, w string) bool {
	if len(w) < 4 || strings.IndexFunc(w, func(r rune) bool { return r < 'A' || r > 'Z' }) >= 0 {
		return false
	}
	return len(prev) >= 2 && !hasLower(prev) && (foreignCaps(prev) || spokenCaps(prev))
}

// foreignNeighbour reports whether a neighbour in a list is a foreign
// name, or a name the table lets stand ("IELTS", "HSK").
func foreignNeighbour(n string) bool {
	if foreignName(n) {
		return true
	}
	e, ok := abbrevTable()[n]
	return ok && e.keep
}

// nameItemStart is where the list's item w stands in opens when capital
// words of one name stand before w: past one or two of them ("Xanh" in
// "(Grab, Xanh SM, Be)", p96), so that the item's neighbour in the list
// is read as w's own. off when no such word stands before w.
func nameItemStart(s string, off int) int {
	at := off
	for range 2 {
		f, k := fieldBefore(s, at)
		r, _ := utf8.DecodeRuneInString(f)
		if k < 0 || !isUpperRune(r) || !hasLower(f) || strings.ContainsAny(f, ",;/()") {
			break
		}
		at = k
	}
	return at
}

// openBracket reports whether before leaves a bracket open: the list
// stands in brackets, as names given as examples do ("xe công nghệ
// (Grab, Xanh SM, Be)"); "Internet, Sở GDĐT hướng dẫn" is prose.
func openBracket(before string) bool {
	return strings.LastIndex(before, "(") > strings.LastIndex(before, ")")
}

// listSeparators part the items of a list.
var listSeparators = []string{",", "/", ";", " và", " hoặc"}

// listNeighbourBefore is the last word of the list's item before, when
// before ends with a list's separator (past a gloss in brackets); else "".
func listNeighbourBefore(before string) string {
	t := strings.TrimRight(before, " ")
	sep := false
	for _, p := range listSeparators {
		if strings.HasSuffix(t, p) {
			t, sep = strings.TrimRight(strings.TrimSuffix(t, p), " "), true
			break
		}
	}
	if !sep {
		return ""
	}
	if strings.HasSuffix(t, ")") {
		if k := strings.LastIndex(t, "("); k >= 0 {
			t = strings.TrimRight(t[:k], " ")
		}
	}
	f, _ := fieldBefore(t, len(t))
	return strings.Trim(f, abbrevMarks)
}

// listNeighbourAfter is the first word of the list's item after, when
// after starts with a list's separator (past a gloss in brackets); else "".
func listNeighbourAfter(after string) string {
	t := strings.TrimLeft(after, " ")
	if strings.HasPrefix(t, "(") {
		if k := strings.Index(t, ")"); k >= 0 {
			t = strings.TrimLeft(t[k+1:], " ")
		}
	}
	sep := false
	for _, p := range listSeparators {
		if q := strings.TrimLeft(p, " "); strings.HasPrefix(t, q) && (q != p || strings.HasPrefix(t[len(q):], " ")) {
			t, sep = t[len(q):], true
			break
		}
	}
	if !sep {
		return ""
	}
	return strings.Trim(fieldAfter(t, 0), abbrevMarks)
}
