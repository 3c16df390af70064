package notice

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
)

// Limits on what one notice may hold. Real notices are far inside them;
// they exist so that a hostile or broken file gets a clear error instead
// of exhausting memory, the stack or the clerk's patience.
const (
	// MaxSourceSize is the largest source accepted, in bytes. Real
	// notices are a few tens of kilobytes.
	MaxSourceSize = 4 << 20
	// MaxBrackets is the deepest nesting of arrays and inline tables the
	// TOML may have. The TOML parser recurses on nesting: without this
	// limit a line of a million "[" exhausts the stack.
	MaxBrackets = 32
	// MaxKeyParts is the most dotted parts the keys of one line may have
	// ("meeting.chair.name" has three): the parser's work grows with the
	// square of the parts.
	MaxKeyParts = 64
	// MaxTextLen is the longest text field, in characters: some ten
	// pages of a single paragraph.
	MaxTextLen = 20000
	// MaxListLen is the longest array: attendees, items, recipients.
	MaxListLen = 1000
	// MaxNesting is how deep groups and items may nest: the numbering
	// has five levels (I., 1., a), -, +).
	MaxNesting = 6
	// MaxFootnotes is the most footnotes a notice may have.
	MaxFootnotes = 300
	// MaxProblems is the most load problems reported for one file; a
	// file with more is most likely not a notice at all.
	MaxProblems = 100
)

// checkNesting finds, outside strings and comments, the first bracket that
// nests arrays and inline tables deeper than MaxBrackets, or the first dot
// past MaxKeyParts on one line. It returns the offset and the problem, or
// -1 when there is none.
func checkNesting(text string) (int, diag.Text) {
	depth, dots := 0, 0
	for i := 0; i < len(text); i++ {
		switch c := text[i]; c {
		case '\n':
			dots = 0
		case '#':
			i = lineEnd(text, i) - 1
		case '"', '\'':
			i = stringEnd(text, i)
		case '.':
			if i == 0 || i+1 == len(text) || !isDigit(text[i-1]) || !isDigit(text[i+1]) {
				if dots++; dots >= MaxKeyParts {
					return i, diag.Msg("khóa có quá %d phần nối bằng dấu chấm", "a key has more than %d dotted parts", MaxKeyParts)
				}
			}
		case '[', '{':
			if depth++; depth > MaxBrackets {
				return i, diag.Msg("mảng hoặc bảng lồng nhau quá %d cấp", "arrays or tables nest more than %d deep", MaxBrackets)
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

// stringEnd returns the offset of the last quote of the string that starts
// at i (basic or literal, single- or multi-line); an unterminated string
// runs to the end of its line, or of the text.
func stringEnd(text string, i int) int {
	q := text[i]
	if strings.HasPrefix(text[i:], strings.Repeat(string(q), 3)) {
		delim := text[i : i+3]
		for j := i + 3; j < len(text); j++ {
			if q == '"' && text[j] == '\\' {
				j++
				continue
			}
			if strings.HasPrefix(text[j:], delim) {
				for j+3 < len(text) && text[j+3] == q { // up to two quotes may close the content
					j++
				}
				return j + 2
			}
		}
		return len(text)
	}
	for j := i + 1; j < len(text); j++ {
		switch text[j] {
		case '\\':
			if q == '"' {
				j++
			}
		case q:
			return j
		case '\n':
			return j - 1
		}
	}
	return len(text)
}

func tooDeep(s *source, off int, what diag.Text) error {
	return diag.List{{
		Pos: s.pos(off), Rule: "too-deep", Severity: diag.Error, Message: what,
		Fix: diag.Msg("kiểm tra dấu ngoặc [ ], { } và các khóa trên dòng này", "check the [ ], { } brackets and the keys on this line"),
	}}
}
