package check

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
)

// closers maps each opening bracket to its closing one. Quotation marks
// are followed apart (quotations): a quotation may run over paragraphs.
var closers = map[rune]rune{'(': ')', '[': ']'}

// openers maps each closing bracket to its opening one.
var openers = map[rune]rune{')': '(', ']': '['}

type openMark struct {
	r   rune
	off int
}

// unbalanced finds the stray bracket or quote of each paragraph and says
// which one it is: an opening mark never closed, a closing mark with no
// opening one. A quotation of several paragraphs (the text of a law quoted
// Điều by Điều) opens on its first paragraph and closes on its last.
func unbalanced(p *Pass) {
	texts := withSegs(p.View.Texts())
	q := p.View.quotationsIn(texts)
	for _, seg := range texts {
		if !strings.ContainsAny(seg.Text, "()[]") {
			continue
		}
		from := 0
		if seg.Marker != "" && strings.HasPrefix(seg.Text, seg.Marker) {
			from = len(seg.Marker) // "a)" is not a bracket
		}
		bracketFaults(p, seg, from)
	}
	for _, f := range q.faults {
		p.Report(f.seg, f.off, f.msg, f.fix)
	}
}

func bracketFaults(p *Pass, seg *Seg, from int) {
	var stack []openMark
	for i, r := range seg.Text[from:] {
		i += from
		if _, ok := closers[r]; ok {
			stack = append(stack, openMark{r, i})
			continue
		}
		open, ok := openers[r]
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
			p.Report(seg, i, diag.Msg("dấu %q sau %q không có dấu %q mở trước", "the %q after %q has no opening %q", string(r), before(seg.Text, i), string(open)),
				diag.Msg("thêm dấu %q ở chỗ mở, hoặc xóa dấu %q thừa", "add the opening %q, or delete the stray %q", string(open), string(r)))
			continue
		}
		for _, m := range stack[k+1:] {
			unclosed(p, seg, m)
		}
		stack = stack[:k]
	}
	for _, m := range stack {
		unclosed(p, seg, m)
	}
}

// listMarkerAt reports whether the ")" at off closes the letter or numeral
// of a point ("b)", "iii)", "2)") that starts a word.
func listMarkerAt(s string, off int) bool {
	start := off
	for start > 0 {
		r, w := utf8.DecodeLastRuneInString(s[:start])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
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
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
		// A point starts a sentence or a clause: after ":", ";", "," or
		// an ellipsis, not after any mark ("| q)" is a stray bracket).
		before := strings.TrimRight(s[:start], " \t")
		if before != "" && !strings.HasSuffix(before, "…") && !strings.ContainsAny(before[len(before)-1:], ":;,.") {
			return false
		}
	}
	return utf8.RuneCountInString(word) == 1 || strings.Trim(strings.ToLower(word), "ivx") == "" || strings.Trim(word, "0123456789") == ""
}

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
	return closers[r]
}

// after returns the few words of s from off, to show where a mark is.
func after(s string, off int) string {
	w := strings.Fields(s[min(off, len(s)):])
	if len(w) > 4 {
		w = w[:4]
	}
	return strings.Join(w, " ")
}

// before returns the few words of s before off.
func before(s string, off int) string {
	w := strings.Fields(s[:off])
	if len(w) > 4 {
		w = w[len(w)-4:]
	}
	return strings.Join(w, " ")
}
