package check

import (
	"fmt"
	"strings"
	"sync"
	"unicode"

	"github.com/thongbao/thongbao/notice/diag"
)

func init() {
	register(&Rule{ID: "count-two-ways", Severity: diag.Info, Ref: diag.Practice, Run: countTwoWays,
		Title: diag.Msg("một số lượng viết thống nhất, bằng chữ số hoặc bằng chữ", "a count is written one way, in figures or in words"),
		Help:  diag.Msg("cùng một số lượng của cùng một sự vật viết một cách trong toàn văn bản: \"02 ngày\" hoặc \"hai ngày\"", "write the same count of the same thing one way throughout the text: \"02 ngày\" or \"hai ngày\"")})
}

// countValues are the counts from two to ten written in words, with
// their value. "một" is left out ("một số" is no count), and so is
// "năm", a year as often as five.
var countValues = sync.OnceValue(func() map[string]int {
	return map[string]int{"hai": 2, "ba": 3, "bốn": 4, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
})

// countInitial are the first bytes of countValues' words, in either case.
var countInitial = func() (b [256]bool) {
	for w := range countValues() {
		b[w[0]], b[w[0]-'a'+'A'] = true, true
	}
	return b
}()

// countWordSet are the words of countValues as a lexeme knows them: whether
// a word of a text is a count is worked out once for each distinct word
// (lexeme.in), not looked up in the map at every word with a count's
// first letter (s94: the map's 0.11M instructions a seed).
var countWordSet = newWordSet(func(x *lexeme) bool {
	_, ok := countValues()[x.lowered()]
	return ok
})

// countNotBefore are the words after which a figure or a number word is
// an ordinal, a name's number or part of a larger number, not a count:
// "thứ hai", "tháng hai", "Điều 2", "lần 2", "hai mươi", "mười hai".
var countNotBefore = sync.OnceValue(func() map[string]bool {
	return map[string]bool{
		"thứ": true, "tháng": true, "hạng": true, "lần": true, "số": true, "điều": true, "khoản": true,
		"điểm": true, "mục": true, "chương": true, "phần": true, "lớp": true, "tầng": true, "phòng": true,
		"khu": true, "tổ": true, "ấp": true, "thôn": true, "khóa": true, "đợt": true, "kỳ": true, "cấp": true,
		"mươi": true, "mười": true, "trăm": true, "nghìn": true, "ngàn": true, "triệu": true, "tỷ": true,
		"lẻ": true, "linh": true, "hai": true, "ba": true, "bốn": true, "năm": true, "sáu": true, "bảy": true,
		"tám": true, "chín": true, "phẩy": true, "bước": true, "vòng": true, "ca": true, "tiết": true,
	}
})

// countNotNoun are the words after a count that are no thing counted:
// a larger number's part ("hai triệu", "2 nghìn") or a linking word ("2
// đến 3", "hai hoặc ba").
var countNotNoun = sync.OnceValue(func() map[string]bool {
	return map[string]bool{
		"mươi": true, "mười": true, "trăm": true, "nghìn": true, "ngàn": true, "triệu": true, "tỷ": true,
		"lẻ": true, "linh": true, "phẩy": true, "đến": true, "tới": true, "và": true, "hoặc": true, "hay": true,
		"với": true, "của": true, "là": true, "trong": true, "đợt": true,
	}
})

// countSpot is a count written before the thing it counts: the value,
// the thing, whether in figures, and where.
type countSpot struct {
	seg     *Seg
	off     int
	form    string
	value   int
	noun    string
	figures bool
}

// countTwoWays reports a count of one thing written in figures in one
// place of the body and in words in another ("trong 02 ngày Quốc tang"
// beside "Trong hai ngày Quốc tang"; "chính quyền 02 cấp" beside
// "chính quyền địa phương hai cấp"): the text writes one thing two ways.
// The form written fewer times is said (the later one when as often),
// once for each count and thing. A figure with its words in brackets
// ("05 (năm) ngày"), quotations and ordinals ("thứ hai", "lần 2") are
// left alone.
func countTwoWays(p *Pass) {
	type countKey struct {
		value int
		noun  string
	}
	byKey := map[countKey][]countSpot{}
	var keys []countKey
	for _, seg := range p.View.bodySegs() {
		for _, c := range countSpots(seg, p.View.index(seg.Text)) {
			k := countKey{c.value, c.noun}
			if byKey[k] == nil {
				keys = append(keys, k)
			}
			byKey[k] = append(byKey[k], c)
		}
	}
	for _, k := range keys {
		var figs, words []countSpot
		for _, c := range byKey[k] {
			switch {
			case c.figures && len(figs) == 0 && !hasWords(byKey[k]):
				// one form only: no need to ask what stands in quotes
			case quoted(c.seg.Text, c.off):
				continue // a quotation's count is the quoted text's
			}
			if c.figures {
				figs = append(figs, c)
			} else {
				words = append(words, c)
			}
		}
		if len(figs) == 0 || len(words) == 0 {
			continue
		}
		said, other := countMinority(figs, words)
		at, with := sharedWords(said[0], other[0])
		lines := countLines(other)
		p.Report(at.seg, at.off, diag.Text{
			VI: fmt.Sprintf("%q: cùng số lượng được viết cách khác ở dòng %s (%q)", at.form, lines, with.form),
			EN: fmt.Sprintf("%q: the same count is written otherwise on line %s (%q)", at.form, lines, with.form)},
			diag.Msg("viết thống nhất một cách trong toàn văn bản, %q hoặc %q", "write it one way throughout the text, %q or %q", at.form, with.form))
	}
}

// hasWords reports whether a count is written in words at one of spots.
func hasWords(spots []countSpot) bool {
	for _, c := range spots {
		if !c.figures {
			return true
		}
	}
	return false
}

// countMinority parts the two forms of one count: the one written fewer
// times, the later one when both are written as often, and the other.
func countMinority(figs, words []countSpot) (said, other []countSpot) {
	switch {
	case len(figs) < len(words):
		return figs, words
	case len(words) < len(figs):
		return words, figs
	}
	if countSpotBefore(figs[0], words[0]) {
		return words, figs
	}
	return figs, words
}

// countSpotBefore reports whether a stands before b in the text.
func countSpotBefore(a, b countSpot) bool {
	la, lb := a.seg.LineAt(a.off), b.seg.LineAt(b.off)
	if la != lb {
		return la < lb
	}
	return a.off < b.off
}

// countLines names the lines of spots: "10", "10, 12".
func countLines(spots []countSpot) string {
	var lines []string
	seen := map[int]bool{}
	for _, c := range spots {
		if l := c.seg.LineAt(c.off); !seen[l] {
			seen[l] = true
			lines = append(lines, fmt.Sprint(l))
		}
	}
	return strings.Join(lines, ", ")
}

// countSpots reads the counts of seg's text: a figure from 2 to 10 (a
// zero before it or not) or a number word, then one space and a word in
// small letters, the thing counted.
func countSpots(seg *Seg, x *textIndex) []countSpot {
	t, words := seg.Text, x.words
	var out []countSpot
	for i, w := range words {
		if !countInitial[w.text[0]] || !x.lex[i].in(countWordSet) {
			continue // no number word starts so, or the word is none: the map not asked
		}
		v := countValues()[x.lex[i].lowered()] // the lexeme's lowered form, made once a notice
		if w.text != x.lex[i].lowered() && w.text != strings.ToUpper(w.text[:1])+w.text[1:] {
			continue
		}
		if i > 0 && t[words[i-1].end:w.off] == " " && countNotBefore()[x.lex[i-1].lowered()] {
			continue
		}
		if w.off > 0 && strings.ContainsAny(t[w.off-1:w.off], "0123456789(") {
			continue
		}
		if i+1 < len(words) {
			if n := words[i+1]; t[w.end:n.off] == " " && countNoun(n.text) {
				out = append(out, countSpot{seg: seg, off: w.off, form: t[w.off:n.end], value: v, noun: n.text})
			}
		}
	}
	if x.marks[0]&digitMarks == 0 {
		return out // no figure
	}
	next := 0 // the first word after the figure
	for a := 0; a < len(t); a++ {
		if !isDigit(t[a]) {
			continue
		}
		b := a
		for b < len(t) && isDigit(t[b]) {
			b++
		}
		for next < len(words) && words[next].off < b {
			next++
		}
		if c, ok := figureCount(seg, x, next, a, b); ok {
			out = append(out, c)
		}
		a = b
	}
	return out
}

// figureCount reads the figure t[a:b] of seg as a count: from 2 to 10,
// standing alone (no date, code, decimal or range around it), not after
// an ordinal's word, and followed by one space and the thing counted.
// A figure before "tháng" and a figure is a date's day written out ("ngày
// 02 tháng 01 năm 2027"), not "02 tháng" counted (p92).
// words[next] is the first word after the figure.
func figureCount(seg *Seg, x *textIndex, next, a, b int) (countSpot, bool) {
	t, words := seg.Text, x.words
	fig := strings.TrimPrefix(t[a:b], "0")
	if len(t[a:b]) > 2 || fig == "" || fig != t[a:b] && len(fig) != 1 {
		return countSpot{}, false
	}
	v := 0
	for k := 0; k < len(fig); k++ {
		v = 10*v + int(fig[k]-'0')
	}
	if v < 2 || v > 10 {
		return countSpot{}, false
	}
	if a > 0 && (strings.ContainsRune("/.,:-–+(", rune(t[a-1])) || isLetterByte(t[a-1])) {
		return countSpot{}, false
	}
	if b >= len(t) || t[b] != ' ' {
		return countSpot{}, false
	}
	if next >= len(words) || words[next].off != b+1 || !countNoun(words[next].text) {
		return countSpot{}, false
	}
	if i := next - 1; i >= 0 && words[i].end <= a && strings.TrimSpace(t[words[i].end:a]) == "" && countNotBefore()[x.lex[i].lowered()] {
		return countSpot{}, false
	}
	w := words[next]
	if w.text == "tháng" && w.end+1 < len(t) && t[w.end] == ' ' && isDigit(t[w.end+1]) {
		return countSpot{}, false // a day of a date: "ngày 02 tháng 01 năm 2027"
	}
	return countSpot{seg: seg, off: a, form: t[a:w.end], value: v, noun: w.text, figures: true}, true
}

// countNoun reports whether w may be the thing a count counts: a word in
// small letters that is no part of a number nor a linking word.
func countNoun(w string) bool {
	r := firstRune(w)
	return unicode.IsLower(r) && !countNotNoun()[w] && countValues()[w] == 0
}

// sharedWords lengthens the forms of two spots of one count by the words
// in small letters both go on with, two at most, so that the thing
// counted is named whole ("hai cá nhân", not "hai cá").
func sharedWords(a, b countSpot) (countSpot, countSpot) {
	ra, rb := a.seg.Text[a.off+len(a.form):], b.seg.Text[b.off+len(b.form):]
	for range 2 {
		wa, wb := nextSmallWord(ra), nextSmallWord(rb)
		if wa == "" || wa != wb {
			break
		}
		a.form, b.form = a.form+wa, b.form+wb
		ra, rb = ra[len(wa):], rb[len(wb):]
	}
	return a, b
}

// nextSmallWord is the space and the word in small letters s opens
// with (" nhân"), "" when s opens otherwise.
func nextSmallWord(s string) string {
	if !strings.HasPrefix(s, " ") {
		return ""
	}
	ws := wordsWithOffsets(s)
	if len(ws) == 0 || ws[0].off != 1 || !unicode.IsLower(firstRune(ws[0].text)) {
		return ""
	}
	return s[:ws[0].end]
}
