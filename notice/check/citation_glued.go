package check

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// gluedAround reports whether words are glued where a citation's date or
// issuer would stand: in the clause before it ("củaGiám đốc Sở Nội vụ tại
// tờ trình số ..."), and after it up to the clause's end ("ngày 22 tháng
// 5năm 2008"). A site that joined wrapped lines so hides what the reader
// looks for; citationFirstMention then says only what is sure.
func gluedAround(c cited) (before, after bool) {
	head := c.seg.Text[:c.Start()]
	if i := strings.LastIndexAny(head, ";."); i >= 0 {
		head = head[i+1:]
	}
	tail := c.seg.Text[c.End:]
	if i := strings.IndexAny(tail, ";"); i >= 0 {
		tail = tail[:i]
	}
	if i := clauseStop(tail); i >= 0 {
		tail = tail[:i]
	}
	return hasGlue(head), hasGlue(tail) || codeGlued(c.Number.Raw)
}

// clauseStop is the offset of the first ". " in s (a period inside a
// date or a number is not one), -1 if none.
func clauseStop(s string) int {
	for i := 0; i+1 < len(s); i++ {
		if s[i] == '.' && s[i+1] == ' ' {
			return i
		}
	}
	return -1
}

// hasGlue reports whether s holds a word glued to the next: two small
// letters or more followed by a capital ("củaGiám"), or a figure
// followed by two small letters or more ("5năm"). Codes ("TTr-SNV",
// "QyĐ") are not glued words.
func hasGlue(s string) bool {
	for w := range strings.FieldsSeq(s) {
		if !strings.Contains(w, "/") && glueInWord(w) || dateGlued(w) {
			return true
		}
	}
	return false
}

func glueInWord(w string) bool {
	lower, digit := 0, false
	for i, r := range w {
		switch {
		case isUpperRune(r) && lower >= 2:
			return true
		case isLowerRune(r) && digit && smallRun(w[i:]) >= 2:
			return true
		}
		digit = unicode.IsDigit(r)
		if isLowerRune(r) {
			lower++
		} else {
			lower = 0
		}
	}
	return false
}

// smallRun is the number of small letters s starts with.
func smallRun(s string) int {
	n := 0
	for len(s) > 0 {
		r, w := utf8.DecodeRuneInString(s)
		if !isLowerRune(r) {
			break
		}
		n++
		s = s[w:]
	}
	return n
}

// dateGlued reports a date run into its word, "ngày14/11/2013": the date
// is not read, and glued-words says the slip.
func dateGlued(w string) bool {
	rest, ok := strings.CutPrefix(w, "ngày")
	return ok && rest != "" && rest[0] >= '0' && rest[0] <= '9'
}
