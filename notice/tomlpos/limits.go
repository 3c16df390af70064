package tomlpos

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/source"
)

// Limits bound what one document may hold, so that a hostile or broken
// file gets a clear error instead of exhausting memory, the stack or the
// reader's patience. The caller sets them: a notice, a configuration and a
// registry of thousands of documents need different ones. A zero limit is
// no limit, but for MaxBrackets and MaxKeyParts, which guard the parser
// itself and default to DefaultBrackets and DefaultKeyParts.
type Limits struct {
	// MaxBrackets is the deepest nesting of arrays and inline tables. The
	// TOML parser recurses on nesting: without a limit a line of a
	// million "[" exhausts the stack.
	MaxBrackets int
	// MaxKeyParts is the most dotted parts the keys of one line may have
	// ("meeting.chair.name" has three): the parser's work grows with the
	// square of the parts.
	MaxKeyParts int
	// MaxTextLen is the longest string, in characters.
	MaxTextLen int
	// MaxListLen is the longest array.
	MaxListLen int
	// MaxNesting is how deep arrays of tables may nest.
	MaxNesting int
	// MaxProblems is the most problems reported; the rest are counted.
	MaxProblems int
	// What to advise when a text, a list or the nesting is over its
	// limit; a general advice when zero.
	TextFix, ListFix, NestingFix diag.Text
	// NestingName names what nests ("groups and items"), for the finding.
	NestingName diag.Text
	// KeyFix and TableFix advise on a key or a table's name written
	// wrong (a space inside, a missing "]"), with the document's own
	// names as examples; the notice source's advice when zero.
	KeyFix, TableFix diag.Text
}

// The limits that guard the parser when the caller sets none.
const (
	DefaultBrackets = 32
	DefaultKeyParts = 64
)

func (l Limits) brackets() int {
	if l.MaxBrackets > 0 {
		return l.MaxBrackets
	}
	return DefaultBrackets
}

func (l Limits) keyParts() int {
	if l.MaxKeyParts > 0 {
		return l.MaxKeyParts
	}
	return DefaultKeyParts
}

// checkNesting finds, outside strings and comments, the first bracket that
// nests arrays and inline tables deeper than MaxBrackets, or the first dot
// past MaxKeyParts on one line. It returns the offset and the problem, or
// -1 when there is none.
func checkNesting(text string, lim Limits) (int, diag.Text) {
	maxBrackets, maxKeyParts := lim.brackets(), lim.keyParts()
	depth, dots := 0, 0
	esc := &escapeFinder{s: text} // one for every string of the text
	for i := 0; i < len(text); i++ {
		switch c := text[i]; c {
		case '\n':
			dots = 0
		case '#':
			i = lineEnd(text, i) - 1
		case '"', '\'':
			i = stringEnd(text, i, esc)
		case '.':
			if i == 0 || i+1 == len(text) || !isDigit(text[i-1]) || !isDigit(text[i+1]) {
				if dots++; dots >= maxKeyParts {
					return i, diag.Msg("khóa có quá %d phần nối bằng dấu chấm", "a key has more than %d dotted parts", maxKeyParts)
				}
			}
		case '[', '{':
			if depth++; depth > maxBrackets {
				return i, diag.Msg("mảng hoặc bảng lồng nhau quá %d cấp", "arrays or tables nest more than %d deep", maxBrackets)
			}
		case ']', '}':
			depth = max(0, depth-1)
		}
	}
	return -1, diag.Text{}
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func lineEnd(text string, i int) int {
	if j := strings.IndexByte(text[i:], '\n'); j >= 0 {
		return i + j
	}
	return len(text)
}

// tripled reports whether text has three q at i: a multi-line string's
// delimiter.
func tripled(text string, i int, q byte) bool {
	return i+2 < len(text) && text[i] == q && text[i+1] == q && text[i+2] == q
}

// stringEnd returns the offset of the last quote of the string that starts
// at i (basic or literal, single- or multi-line); an unterminated string
// runs to the end of its line, or of the text. finder finds the
// backslashes of text; the caller shares one between the strings of a text.
func stringEnd(text string, i int, finder *escapeFinder) int {
	q := text[i]
	esc := stringEscapes{finder, q == '"'}
	if tripled(text, i, q) {
		for j := i + 3; j < len(text); j++ {
			k := indexFrom(text, j, q)
			if b := esc.next(j); b < k {
				j = b + 1 // the escaped byte; the loop steps past it
				continue
			}
			if j = k; j >= len(text) {
				break
			}
			if tripled(text, j, q) {
				for j+3 < len(text) && text[j+3] == q { // up to two quotes may close the content
					j++
				}
				return j + 2
			}
		}
		return len(text)
	}
	end := lineEnd(text, i)
	for j := i + 1; j < len(text); {
		k := indexFrom(text[:end], j, q)
		if b := esc.next(j); b < k {
			if j = b + 2; b+1 == end && end < len(text) {
				end = lineEnd(text, end+1) // an escaped newline does not end the string
			}
			continue
		}
		if k < end {
			return k
		}
		break
	}
	if end < len(text) {
		return end - 1
	}
	return len(text)
}

// indexFrom returns the offset of the first c in s at or after i, or
// len(s).
func indexFrom(s string, i int, c byte) int {
	if k := strings.IndexByte(s[i:], c); k >= 0 {
		return i + k
	}
	return len(s)
}

// escapeFinder finds the backslashes of a text, remembering the next one,
// so that a text is searched once for all its strings: a finder of each
// string's own searched from the string to the next backslash, which in a
// text with none is its end, for every string.
type escapeFinder struct {
	s    string
	from int // where the search that found off started
	off  int // the first backslash at or after from, or len(s)
	set  bool
}

// next returns the offset of the first backslash at or after i, or
// len(s).
func (e *escapeFinder) next(i int) int {
	if !e.set || i < e.from || e.off < i {
		e.from, e.off, e.set = i, indexFrom(e.s, i, '\\'), true
	}
	return e.off
}

// stringEscapes are the backslashes of one string: found by the text's finder
// in a basic string, none in a literal one.
type stringEscapes struct {
	f  *escapeFinder
	on bool
}

// next returns the offset of the first backslash at or after i, or
// len(s); past it when backslashes do not escape.
func (e stringEscapes) next(i int) int {
	if !e.on {
		return len(e.f.s)
	}
	return e.f.next(i)
}

func tooDeep(s *source.File, off int, what diag.Text) error {
	return diag.List{{
		Pos: s.Pos(off), Rule: "too-deep", Severity: diag.Error, Message: what,
		Fix: diag.Msg("kiểm tra dấu ngoặc [ ], { } và các khóa trên dòng này", "check the [ ], { } brackets and the keys on this line"),
	}}
}
