package check

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
)

// closers maps each opening bracket to its closing one. Quotation marks
// are followed apart (quotations): a quotation may run over paragraphs.
var closers = sync.OnceValue(func() map[rune]rune {
	return map[rune]rune{'(': ')', '[': ']'}
})

// openers maps each closing bracket to its opening one.
var openers = sync.OnceValue(func() map[rune]rune {
	return map[rune]rune{')': '(', ']': '['}
})

// isBracketByte reports whether c is a key of closers or openers: the
// loops over a paragraph's bytes ask it before the maps.
func isBracketByte(c byte) bool { return c == '(' || c == ')' || c == '[' || c == ']' }

type openMark struct {
	r   rune
	off int
}

// unbalanced finds the stray bracket or quote of each paragraph and says
// which one it is: an opening mark never closed, a closing mark with no
// opening one. A quotation of several paragraphs (the text of a law quoted
// Điều by Điều) opens on its first paragraph and closes on its last.
func unbalanced(p *Pass) {
	texts := p.View.textSegs()
	q := p.View.quotationsIn(texts)
	broken := brokenPairs(p.View, texts) // brackets_broken.go
	for _, seg := range texts {
		if !p.View.holdsMark(seg.Text, bracketMarks) || broken[seg] {
			continue
		}
		from := 0
		if seg.Marker != "" && strings.HasPrefix(seg.Text, seg.Marker) {
			from = len(seg.Marker) // "a)" is not a bracket
		}
		bracketFaults(p, seg, from)
	}
	wrapped := wrappedCellQuotes(p.View, q.faults) // quotes_cell_wrap.go
	for i, f := range q.faults {
		if !wrapped[i] {
			p.Report(f.seg, f.off, f.msg, f.fix)
		}
	}
}

// maxBracketFaults is the most stray brackets said of one paragraph; the
// rest are counted in one more finding.
const maxBracketFaults = 3

// bracketTally counts the stray brackets of a paragraph, to say the first
// few and the number of the rest.
type bracketTally struct {
	n, first int
}

// more reports whether the stray mark at off is among the first few of
// its paragraph, and counts it otherwise.
func (t *bracketTally) more(off int) bool {
	t.n++
	if t.n > maxBracketFaults {
		if t.n == maxBracketFaults+1 {
			t.first = off
		}
		return false
	}
	return true
}

// rest says the stray marks past the first few, once.
func (t *bracketTally) rest(p *Pass, seg *Seg) {
	if k := t.n - maxBracketFaults; k > 0 {
		p.Report(seg, t.first, diag.Msg("đoạn này còn %d dấu ngoặc khác không khớp (thừa dấu mở hoặc dấu đóng)", "this paragraph has %d more unmatched brackets", k),
			diag.Msg("soát lại các dấu ngoặc của đoạn: mỗi dấu mở có một dấu đóng", "go over the paragraph's brackets: each opening one has its closing one"))
	}
}

func bracketFaults(p *Pass, seg *Seg, from int) {
	var tally bracketTally
	defer tally.rest(p, seg)
	var stack []openMark
	for i := from; i < len(seg.Text); i++ {
		r := rune(seg.Text[i])
		if !isBracketByte(seg.Text[i]) {
			continue // the brackets are ASCII: no byte of another rune is one
		}
		if _, ok := closers()[r]; ok {
			stack = append(stack, openMark{r, i})
			continue
		}
		open, ok := openers()[r]
		if !ok {
			continue
		}
		k := len(stack) - 1
		for k >= 0 && stack[k].r != open {
			k--
		}
		if k < 0 {
			if r == ')' && listMarkerAt(seg.Text, i) {
				continue // "...b) Đối với": a point's letter, not a bracket
			}
			if !tally.more(i) {
				continue
			}
			p.Report(seg, i, diag.Msg("dấu %q sau %q không có dấu %q mở trước", "the %q after %q has no opening %q", string(r), before(seg.Text, i), string(open)),
				diag.Msg("thêm dấu %q ở chỗ mở, hoặc xóa dấu %q thừa", "add the opening %q, or delete the stray %q", string(open), string(r)))
			continue
		}
		for _, m := range stack[k+1:] {
			if tally.more(m.off) {
				unclosed(p, seg, m)
			}
		}
		stack = stack[:k]
	}
	for _, m := range stack {
		if tally.more(m.off) {
			unclosed(p, seg, m)
		}
	}
}

// listMarkerAt reports whether the ")" at off closes the letter or numeral
// of a point ("b)", "iii)", "2)") that starts a word.
func listMarkerAt(s string, off int) bool {
	start := off
	for start > 0 {
		r, w := utf8.DecodeLastRuneInString(s[:start])
		if !isLetter(r) && !unicode.IsDigit(r) {
			break
		}
		start -= w
	}
	word := s[start:off]
	if word == "" || utf8.RuneCountInString(word) > 4 {
		return false
	}
	if start > 0 {
		r, _ := utf8.DecodeLastRuneInString(s[:start])
		if isLetter(r) || unicode.IsDigit(r) {
			return false
		}
		// A point starts a sentence or a clause: after ":", ";", "," or
		// an ellipsis, not after any mark ("| q)" is a stray bracket).
		// A quoted point starts after its opening quotation mark ("“a)
		// Chi khấu hao ...").
		before := strings.TrimRight(s[:start], " \t")
		if quoteOpened(before) {
			before = strings.TrimRight(before[:len(before)-len(lastRune(before))], " \t")
		}
		if before != "" && !strings.HasSuffix(before, "…") && !strings.ContainsAny(before[len(before)-1:], ":;,.") &&
			!(utf8.RuneCountInString(word) == 1 && pointNamers()[lastWord(before)]) {
			return false
		}
	}
	return utf8.RuneCountInString(word) == 1 || strings.Trim(strings.ToLower(word), "ivx") == "" || strings.Trim(word, "0123456789") == ""
}

// pointNamers are the words after which a sentence names a point by its
// letter ("nội dung a) hoặc b) hoặc c)", "điểm a) và b)"): the ")" is the
// point's mark as the list writes it, no bracket.
var pointNamers = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"hoặc": true, "và": true, "điểm": true, "mục": true, "dung": true}
})

func unclosed(p *Pass, seg *Seg, m openMark) {
	p.Report(seg, m.off, unclosedMsg(seg.Text, m), diag.Msg("thêm dấu %q ở chỗ kết thúc, hoặc xóa dấu %q thừa", "add the closing %q where it ends, or delete the stray %q", string(closing(m.r)), string(m.r)))
}

func unclosedMsg(s string, m openMark) diag.Text {
	return diag.Msg("dấu %q mở trước %q không được đóng", "the %q opened before %q is never closed", string(m.r), after(s, m.off+utf8.RuneLen(m.r)))
}

func closing(r rune) rune {
	if r == '“' {
		return '”'
	}
	return closers()[r]
}

// wordsWindow is how many bytes after and before read around a mark: the
// few words they show, never a whole paragraph of thousands of marks.
const wordsWindow = 4 * maxQuote

// after returns the few words of s from off, to show where a mark is.
func after(s string, off int) string {
	s = s[min(off, len(s)):]
	if len(s) > wordsWindow {
		end := wordsWindow
		for end > 0 && !utf8.RuneStart(s[end]) {
			end--
		}
		s = s[:end]
	}
	w := strings.Fields(s)
	if len(w) > 4 {
		w = w[:4]
	}
	return strings.Join(w, " ")
}

// before returns the few words of s before off.
func before(s string, off int) string {
	s = s[:off]
	if len(s) > wordsWindow {
		start := len(s) - wordsWindow
		for start < len(s) && !utf8.RuneStart(s[start]) {
			start++
		}
		s = s[start:]
	}
	w := strings.Fields(s)
	if len(w) > 4 {
		w = w[len(w)-4:]
	}
	return strings.Join(w, " ")
}

// quoteOpened reports whether s ends with an opening quotation mark.
func quoteOpened(s string) bool {
	return strings.HasSuffix(s, "“") || strings.HasSuffix(s, "«") || strings.HasSuffix(s, "‘") || s == "\"" || strings.HasSuffix(s, " \"")
}
