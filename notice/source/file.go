package source

import (
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
)

// File is one loaded file: its text and where its lines start, so that a
// byte offset can be turned into a line and a character column.
type File struct {
	Path  string
	Text  string
	lines []int // byte offset of the start of each line
	utf8  bool  // Text is known to be UTF-8 (the file came from Load)

	// The last position found: positions are mostly asked for in order,
	// and counting on from the last one keeps a long line (an array of
	// thousands of values) from costing its length for every value.
	mu               sync.Mutex
	lastOff, lastCol int
}

// New indexes the lines of text, which names path in positions.
func New(path, text string) *File {
	lines := make([]int, 1, strings.Count(text, "\n")+1)
	for i := 0; ; {
		j := strings.IndexByte(text[i:], '\n')
		if j < 0 {
			break
		}
		i += j + 1
		lines = append(lines, i)
	}
	return &File{Path: path, Text: text, lines: lines, lastCol: 1}
}

// Load checks the encoding of src as Decode does and returns it as a File.
func Load(path string, src []byte, max int64) (*File, error) {
	text, err := Decode(path, src, max)
	if err != nil {
		return nil, err
	}
	f := New(path, text)
	f.utf8 = true
	return f, nil
}

// ValidUTF8 reports whether the text is UTF-8.
func (s *File) ValidUTF8() bool { return s.utf8 || utf8.ValidString(s.Text) }

// Lines returns how many lines the text has (a final newline starts an
// empty last line).
func (s *File) Lines() int { return len(s.lines) }

// LineStart returns the byte offset where line (from 1) starts, or
// len(Text) past the last line.
func (s *File) LineStart(line int) int {
	if line < 1 {
		return 0
	}
	if line > len(s.lines) {
		return len(s.Text)
	}
	return s.lines[line-1]
}

// Pos returns the position of byte offset off. Columns count runes.
func (s *File) Pos(off int) diag.Pos {
	if s == nil {
		return diag.Pos{}
	}
	off = max(0, min(off, len(s.Text)))
	line := sort.Search(len(s.lines), func(i int) bool { return s.lines[i] > off }) - 1
	start, col := s.lines[line], 1
	s.mu.Lock()
	if s.lastOff >= start && s.lastOff <= off {
		start, col = s.lastOff, s.lastCol
	}
	col += utf8.RuneCountInString(s.Text[start:off])
	s.lastOff, s.lastCol = off, col
	s.mu.Unlock()
	return diag.Pos{Path: s.Path, Line: line + 1, Col: col}
}
