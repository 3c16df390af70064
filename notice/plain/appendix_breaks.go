package plain

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// A PDF converted to text (markitdown, pdftotext) leaves blank lines where
// the page's line spacing was wide and a page's number on a line of its own
// between blank lines, inside a sentence as often as between two. In the
// body a paragraph cut so is joined again (reader.body); an appendix of
// such a copy (a Quy chế under its Quyết định) is cut the same way, and
// read so it is joined the same way: the line after the blank goes on with
// the paragraph above it, past a page's number, when it starts in small
// letters, closes a bracket the paragraph left open, or the paragraph
// stops on a word that never ends a sentence.

// lonePageRe is a page's number on a line of its own ("9").
var lonePageRe = lazyre.New(`^\d{1,3}$`)

// blockCut is the index of the paragraph of kind k that the line l after
// a blank line goes on with in a Blank text, or -1: the last paragraph,
// past page numbers standing alone.
func (r *reader) blockCut(k Kind, l line) int {
	if r.layout != Blank || r.rebroken || lonePageRe().MatchString(l.text) {
		return -1
	}
	i := len(r.paras) - 1
	for i >= 0 && r.paras[i].Kind == k && lonePageRe().MatchString(r.paras[i].Text) {
		i--
	}
	if i < 0 || r.paras[i].Kind != k {
		return -1
	}
	if !goesOn(r.paras[i], l.text) {
		return -1
	}
	r.paras = r.paras[:i+1] // the page's numbers between are no text
	return i
}

// blockHeadingEnds reports whether the last paragraph of an appendix is a
// short heading the line after it does not go on with (headingEnds): "6.
// Nhiệm vụ và quyền hạn của Phó Chủ tịch HĐTS" over "Phó Chủ tịch HĐTS
// thực hiện ...". A long line that the PDF's justification left short of
// the widest is a wrapped sentence, not a heading; a line ending in a
// colon ends its sentence whatever its length; one stopping on a word
// that wants more ("của Bộ" over "GDĐT.") is no heading.
func (r *reader) blockHeadingEnds(l line) bool {
	p := r.paras[len(r.paras)-1].Text
	short := len(strings.Fields(p)) <= 12 && !hangingWords[lastWord(p)] || strings.HasSuffix(p, ":")
	return short && r.headingEnds(l)
}

// goesOn reports whether s, the line after a blank one, is the rest of
// the paragraph p: it starts in small letters and is no point of its
// own, or the paragraph stops inside its sentence (brokenBefore,
// wrapsOn), or it stops on a word and s is the tail of its sentence:
// a bracket the sentence goes on after ("theo nhóm trường" over "(khu
// vực miền Bắc); công bố ..."), a figure and a small letter (numberLower),
// or, after a point, a line ending as a point does with ";" or a few
// words ending with the stop ("... trong việc thực hiện" over "Quy chế
// này.").
func goesOn(p Para, s string) bool {
	prev := p.Text
	if lonePageRe().MatchString(prev) {
		return false
	}
	if cite.HasMarker(s) {
		return numberLower(prev, s)
	}
	if startsLower(s) || brokenBefore(prev, s) || wrapsOn(prev, s) {
		return true
	}
	if !endsOnWord(prev) || closingOpenerRe().MatchString(s) {
		return false
	}
	return bracketTailRe().MatchString(s) ||
		p.Marker != "" && (strings.HasSuffix(s, ";") || len(strings.Fields(s)) <= 4 && strings.HasSuffix(s, "."))
}

// numberLower reports whether s, starting with a figure such as "1.2"
// (no stop or bracket after it) and a word in small letters, goes on
// with prev stopping on a word ("điểm XTTN diện" over "1.2 của các thí
// sinh;"): a category's number the line break put first, no point's
// number, which a capital follows.
func numberLower(prev, s string) bool {
	return endsOnWord(prev) && numberLowerRe().MatchString(s)
}

var numberLowerRe = lazyre.New(`^\d+(?:\.\d+)+\s+\p{Ll}`)

// bracketTailRe is a short bracket and a mark after it that goes on
// with the sentence: no paragraph starts so.
var bracketTailRe = lazyre.New(`^\([^()]{1,60}\)[;.,:]`)

// endsOnWord reports whether s ends with a letter: no mark closes it.
func endsOnWord(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsLetter(r)
}

// capsGoesOn reports whether a line in capitals (no heading) goes on
// with the paragraph above it: the paragraph stops on a word that wants
// the rest of its name ("theo quy định của Bộ" over "GDĐT.").
func capsGoesOn(prev, s string) bool {
	return hangingWords[lastWord(prev)] && strings.ContainsAny(lastRune(s), ".;,")
}
