package check

import (
	"strings"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
)

// closers maps each opening bracket or quote to its closing one.
var closers = map[rune]rune{'(': ')', '[': ']', '“': '”'}

// openers maps each closing mark to its opening one.
var openers = map[rune]rune{')': '(', ']': '[', '”': '“'}

type openMark struct {
	r   rune
	off int
}

// unbalanced finds the stray bracket or quote of each paragraph and says
// which one it is: an opening mark never closed, a closing mark with no
// opening one, a quote closed by a bracket.
func unbalanced(p *Pass) {
	for _, seg := range withSegs(p.View.Texts()) {
		if !strings.ContainsAny(seg.Text, "()[]“”\"") {
			continue
		}
		from := 0
		if seg.Marker != "" && strings.HasPrefix(seg.Text, seg.Marker) {
			from = len(seg.Marker) // "a)" is not a bracket
		}
		bracketFaults(p, seg, from)
		if n := strings.Count(seg.Text, "\""); n%2 == 1 {
			i := strings.LastIndex(seg.Text, "\"")
			p.Report(seg, i, diag.Msg("dấu ngoặc kép \" trước %q không có dấu đóng hoặc dấu mở đi cùng", "the double quote before %q has no partner", after(seg.Text, i+1)),
				diag.Msg("thêm dấu \" còn thiếu hoặc xóa dấu thừa", "add the missing \" or delete the stray one"))
		}
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

func unclosed(p *Pass, seg *Seg, m openMark) {
	p.Report(seg, m.off, diag.Msg("dấu %q mở trước %q không được đóng", "the %q opened before %q is never closed", string(m.r), after(seg.Text, m.off+utf8.RuneLen(m.r))),
		diag.Msg("thêm dấu %q ở chỗ kết thúc, hoặc xóa dấu %q thừa", "add the closing %q where it ends, or delete the stray %q", string(closers[m.r]), string(m.r)))
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
