package notice

import (
	"sort"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
)

// source is one loaded file: its text and where its lines start, so that a
// byte offset can be turned into a line and a character column.
type source struct {
	path  string
	text  string
	lines []int // byte offset of the start of each line
}

func newSource(path, text string) *source {
	lines := []int{0}
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			lines = append(lines, i+1)
		}
	}
	return &source{path: path, text: text, lines: lines}
}

// pos returns the position of byte offset off. Columns count runes.
func (s *source) pos(off int) diag.Pos {
	if s == nil {
		return diag.Pos{}
	}
	off = max(0, min(off, len(s.text)))
	line := sort.Search(len(s.lines), func(i int) bool { return s.lines[i] > off }) - 1
	col := utf8.RuneCountInString(s.text[s.lines[line]:off]) + 1
	return diag.Pos{Path: s.path, Line: line + 1, Col: col}
}
