package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// A directive silences rules where a finding would otherwise be reported:
//
//	# thongbao:ignore deadline-past -- nhiệm vụ thường xuyên, đã thống nhất
//	<!-- thongbao:ignore repeated-phrase -- trích nguyên văn -->
//
// On a line of its own it covers the next line (and all lines of the
// value whose key starts there); at the end of a line, that line.
type directive struct {
	pos    diag.Pos
	rules  []string
	reason string
	target int // the line it covers besides its own
	last   int // the last line it covers
}

func (d directive) has(rule string) bool {
	for _, r := range d.rules {
		if r == rule {
			return true
		}
	}
	return false
}

// htmlComment reads a directive of a Markdown or text source;
// tomlComment, a TOML source's, is read by hand (tomlIgnoreIn,
// suppress_read.go).
var htmlComment = lazyre.New(`<!--\s*thongbao:ignore\s+([A-Za-z0-9,\- ]+?)\s*(?:--\s*(.*?))?\s*-->`)

// htmlIgnoreIn is htmlComment's submatches on a line.
func htmlIgnoreIn(l string) []int { return htmlComment().FindStringSubmatchIndex(l) }

// directives finds the directives of a source, written as find reads
// them (tomlIgnoreIn, htmlIgnoreIn: the submatches of tomlComment's or
// htmlComment's expression on a line): the lines that hold
// "thongbao:ignore", found by one search of the source, not of each of
// its lines. Most sources have none: the first search finds nothing.
func directives(path, text string, find func(line string) []int) []directive {
	var out []directive
	line, at := 0, 0 // the line (from 0) that starts at byte at
	for from := 0; from < len(text); {
		k := indexLit(text[from:], "thongbao:ignore")
		if k < 0 {
			break
		}
		k += from
		start := strings.LastIndexByte(text[:k], '\n') + 1
		line += strings.Count(text[at:start], "\n")
		at = start
		end := lineEnd(text, k)
		from = end + 1 // the next line: a line is read once
		l := text[start:end]
		m := find(l)
		if m == nil {
			continue
		}
		d := directive{
			pos:    diag.Pos{Path: path, Line: line + 1, Col: len([]rune(l[:m[0]])) + 1},
			reason: strings.TrimSpace(group(l, m, 2)),
		}
		d.rules = strings.FieldsFunc(group(l, m, 1), func(r rune) bool { return r == ',' || r == ' ' })
		d.target, d.last = line+1, line+1
		if strings.TrimSpace(l[:m[0]]) == "" {
			for j, e := line+1, end; e < len(text); j++ {
				b := e + 1
				e = lineEnd(text, b)
				if strings.TrimSpace(text[b:e]) != "" {
					d.target, d.last = j+1, j+1
					break
				}
			}
		}
		out = append(out, d)
	}
	return out
}

// lineEnd is the offset of the end of the line of text that holds byte
// i: its line break, or len(text).
func lineEnd(text string, i int) int {
	if j := strings.IndexByte(text[i:], '\n'); j >= 0 {
		return i + j
	}
	return len(text)
}

func group(s string, m []int, k int) string {
	if m[2*k] < 0 {
		return ""
	}
	return s[m[2*k]:m[2*k+1]]
}

func joinIDs(ids []string) string { return strings.Join(ids, ",") }
