package check

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// The citation reader takes the issuer after "của" up to a mark or a
// word of issuerStops, so a sentence that goes on after the name with a
// verb of its own hands the verb's words to the issuer: "Kế hoạch số
// 12/KH-SYT ngày 15/01/2026 của Sở Y tế gộp đợt khám này với ...," reads
// the issuer "Sở Y tế gộp đợt khám này với ...". Where the same document
// is cited again "... của Sở Y tế.", the two issuers are one body: the
// words after the name are the sentence's, not the name's. Where a
// name's end cannot be told, citation-inconsistent says nothing.

// issuerRunsOn reports whether two issuers of one cited document name
// one body whose end is not certain: they agree word for word up to
// where one ends, and the other goes on in small letters ("Sở Y tế" and
// "Sở Y tế gộp đợt khám ...", "Sở Y tế tỉnh Quảng Trị"); or both go on
// in small letters after a whole name of data/official-names.txt, one of
// them with a word that is no place's level ("Sở Y tế gộp ..." and "Sở Y
// tế giao ..."; "Ủy ban nhân dân giao ..." and "Ủy ban nhân dân huyện
// ..."). A place's level after the name they share, on both sides,
// parts two bodies ("Ủy ban nhân dân tỉnh", "Ủy ban nhân dân huyện"), as
// does a capital ("Sở Y tế tỉnh Lào Cai", "... tỉnh Quảng
// Trị"; "Bộ Tài chính", "Bộ trưởng Bộ Tài chính").
func issuerRunsOn(a, b string) bool {
	na, nb := strings.Fields(normal(a)), strings.Fields(normal(b))
	k := 0
	for k < len(na) && k < len(nb) && na[k] == nb[k] {
		k++
	}
	if k == 0 {
		return false
	}
	ra, oka := restOpens(a, len(na)-k)
	rb, okb := restOpens(b, len(nb)-k)
	if !oka || !okb {
		return false
	}
	if ra == "" || rb == "" {
		return smallLetters(ra) && smallLetters(rb)
	}
	raw := strings.Fields(a)
	if !placedOfficial(raw[:len(raw)-(len(na)-k)]) {
		return false
	}
	// One goes on with the sentence's own word: it ended at the name they
	// share, and the other may go on as a longer name of it does.
	return goesOnUnplaced(ra) && smallLetters(rb) || goesOnUnplaced(rb) && smallLetters(ra)
}

// placedOfficial reports whether words as written are a whole name of
// data/official-names.txt, with its place after it or none: "Sở Y tế",
// "Ủy ban nhân dân huyện", "Sở Y tế tỉnh Quảng Trị".
func placedOfficial(words []string) bool {
	n := len(words)
	m := n
	for m > 1 && capitalised(trimNameMarks(words[m-1])) {
		m-- // a place's name in capitals after its level: "Quảng Trị"
	}
	if l := levelEnding(words[:m]); m < n && l > 0 {
		n = m - l
	} else if l := levelEnding(words); l > 0 {
		n -= l
	}
	return n > 0 && wholeOfficial(strings.Join(strings.Fields(normal(strings.Join(words[:n], " "))), " "))
}

// levelEnding returns how many words a place's level ending words takes
// ("tỉnh" one, "thành phố" two), 0 when none ends them.
func levelEnding(words []string) int {
	for l := 2; l >= 1; l-- {
		if len(words) > l && levelAt(strings.Join(words[len(words)-l:], " "), 0) == l {
			return l
		}
	}
	return 0
}

// restOpens returns the word as written that opens the last n words of
// s ("" when n is 0), and false when the words as written do not end
// as its normal form does (an abbreviation written out, a mark alone).
func restOpens(s string, n int) (string, bool) {
	if n == 0 {
		return "", true
	}
	raw := strings.Fields(s)
	if n > len(raw) {
		return "", false
	}
	w := trimNameMarks(raw[len(raw)-n])
	norm := strings.Fields(normal(strings.Join(raw[len(raw)-n:], " ")))
	return w, w != "" && len(norm) == n
}

// smallLetters reports whether a word is none or opens with no capital.
func smallLetters(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return w == "" || !isUpperRune(r)
}

// goesOnUnplaced reports whether a word in small letters goes on after a
// name with no place's level ("gộp", not "tỉnh").
func goesOnUnplaced(w string) bool {
	return w != "" && smallLetters(w) && levelAt(w, 0) == 0
}

// wholeOfficial reports whether words in normal form, one space apart,
// are a whole name of data/official-names.txt.
func wholeOfficial(words string) bool {
	return officialNormals()[words]
}

// officialNormals are the names of data/official-names.txt in normal
// form, read at the first pair of issuers that both run on.
var officialNormals = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, line := range strings.Split(officialNameData, "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			m[strings.Join(strings.Fields(normal(line)), " ")] = true
		}
	}
	return m
})
