package notice

import (
	"sort"
	"sync"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
)

// source is one loaded file: its text and where its lines start, so that a
// byte offset can be turned into a line and a character column.
type source struct {
	path  string
	text  string
	lines []int // byte offset of the start of each line

	// The last position found: positions are mostly asked for in order,
	// and counting on from the last one keeps a long line (an array of
	// thousands of values) from costing its length for every value.
	mu               sync.Mutex
	lastOff, lastCol int
}

func newSource(path, text string) *source {
	lines := []int{0}
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			lines = append(lines, i+1)
		}
	}
	return &source{path: path, text: text, lines: lines, lastCol: 1}
}

// pos returns the position of byte offset off. Columns count runes.
func (s *source) pos(off int) diag.Pos {
	if s == nil {
		return diag.Pos{}
	}
	off = max(0, min(off, len(s.text)))
	line := sort.Search(len(s.lines), func(i int) bool { return s.lines[i] > off }) - 1
	start, col := s.lines[line], 1
	s.mu.Lock()
	if s.lastOff >= start && s.lastOff <= off {
		start, col = s.lastOff, s.lastCol
	}
	col += utf8.RuneCountInString(s.text[start:off])
	s.lastOff, s.lastCol = off, col
	s.mu.Unlock()
	return diag.Pos{Path: s.path, Line: line + 1, Col: col}
}
