package check_test

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
)

// columnProblems are the findings of got whose column, counted in
// characters from 1, stands past the end of its line of fx (one past the
// last character is the line's end, where a missing mark is reported),
// and the pictograph findings that do not land on the first character of
// the pictograph they quote: the reader takes a run of them off a line's
// head, and a column counted from the text after it pointed past the run.
func columnProblems(fx fixture, got diag.List) []string {
	lines := strings.Split(string(fx.src), "\n")
	var out []string
	for _, f := range got {
		if f.Pos.Line < 1 || f.Pos.Line > len(lines) {
			continue
		}
		l := strings.TrimRight(lines[f.Pos.Line-1], "\r")
		n := utf8.RuneCountInString(l)
		if f.Pos.Col > n+1 {
			out = append(out, fmt.Sprintf("column past the line's end (%d characters): %d:%d %s", n, f.Pos.Line, f.Pos.Col, f.Rule))
			continue
		}
		if f.Rule != "pictograph" {
			continue
		}
		msg := f.Message.In(diag.EN)
		i := strings.IndexByte(msg, '"')
		if i < 0 {
			continue
		}
		j := strings.IndexByte(msg[i+1:], '"')
		if j < 0 {
			continue
		}
		first, _ := utf8.DecodeRuneInString(msg[i+1:])
		rs := []rune(l)
		if f.Pos.Col < 1 || f.Pos.Col > len(rs) || rs[f.Pos.Col-1] != first {
			out = append(out, fmt.Sprintf("pictograph %q not at its column: %d:%d", msg[i+1:i+1+j], f.Pos.Line, f.Pos.Col))
		}
	}
	return out
}
