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
//
// Each side is walked by hasGlue only where the text's index shows a word
// glue may stand in (mayGlue): most clauses hold none.
func gluedAround(v *View, c cited) (before, after bool) {
	s := c.seg.Text
	from := 0
	if i := strings.LastIndexAny(s[:c.Start()], ";."); i >= 0 {
		from = i + 1
	}
	tail := s[c.End:]
	if i := strings.IndexAny(tail, ";"); i >= 0 {
		tail = tail[:i]
	}
	if i := clauseStop(tail); i >= 0 {
		tail = tail[:i]
	}
	x := v.index(s)
	before = mayGlue(x, from, c.Start()) && hasGlue(s[from:c.Start()])
	after = mayGlue(x, c.End, c.End+len(tail)) && hasGlue(tail)
	return before, after || codeGlued(c.Number.Raw)
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
// followed by two small letters or more ("5năm"), in a word without "/"
// (codes, "TTr-SNV", "QyĐ", are not glued words), or a date run into
// "ngày" (dateGlued). It is one walk over the runes of s: the white
// space that parts two words (unicode.IsSpace, as strings.Fields parts
// them) is neither a letter nor a figure, so that glueInWord's count of
// small letters and its figure start again at each word (held to the
// word by word reading by TestHasGlueAsWords and FuzzHasGlue).
func hasGlue(s string) bool {
	lower, digit := 0, false
	glued, slash := false, false // of the word the walk is in
	word := false                // the walk is in a word
	for i := 0; i < len(s); {
		c := s[i]
		r, w := rune(c), 1
		var k uint8 // the classes of a rune not ASCII
		space := false
		if c < utf8.RuneSelf {
			space = asciiSpaceTab[c]
		} else {
			r, w = utf8.DecodeRuneInString(s[i:])
			// a letter is no white space nor figure: Vietnamese's letters
			// are told by a table, not the unicode package's searches
			if k = classOf(r); k&classLetter == 0 {
				space = unicode.IsSpace(r)
			}
		}
		if space {
			if glued && !slash {
				return true
			}
			word, glued, slash = false, false, false
			lower, digit = 0, false
			i += w
			continue
		}
		if !word {
			word = true
			if dateGlued(s[i:]) {
				return true
			}
		}
		var up, low, dig bool
		if c < utf8.RuneSelf {
			up, low, dig = 'A' <= c && c <= 'Z', 'a' <= c && c <= 'z', '0' <= c && c <= '9'
		} else {
			up, low, dig = k&classUpper != 0, k&classLower != 0, k&classLetter == 0 && unicode.IsDigit(r)
		}
		switch {
		case c == '/':
			slash = true
		case up && lower >= 2:
			glued = true
		case low && digit && !glued && smallRun(s[i:]) >= 2:
			glued = true
		}
		digit = dig
		if low {
			lower++
		} else {
			lower = 0
		}
		i += w
	}
	return glued && !slash
}

// asciiSpaceTab is white space to strings.Fields among the ASCII bytes.
var asciiSpaceTab = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

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
