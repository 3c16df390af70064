package body

import (
	"bytes"

	"github.com/thongbao/thongbao/notice/body/internal/goldmark/ast"
	"github.com/thongbao/thongbao/notice/body/internal/goldmark/parser"
	"github.com/thongbao/thongbao/notice/body/internal/goldmark/text"
	"github.com/thongbao/thongbao/notice/body/internal/goldmark/util"
)

// inline is the one goldmark parser of the process: paragraphs only, and of
// the inline parsers only emphasis and footnote references.
var inline = parser.NewParser(
	parser.WithBlockParsers(util.Prioritized(parser.NewParagraphParser(), 100)),
	parser.WithInlineParsers(
		util.Prioritized(parser.NewEmphasisParser(), 100),
		util.Prioritized(noteParser{}, 200),
	),
)

// Parse reads one text field. Paragraph breaks inside it are read as spaces.
func Parse(src string) []Run {
	if IsPlain(src) {
		return []Run{{Text: src}}
	}
	return parse(src)
}

// ParseMarkup is Parse for a src that IsPlain says holds markup.
func ParseMarkup(src string) []Run { return parse(src) }

// IsPlain reports whether goldmark would read src as one run of plain
// text, src itself, which Parse then returns without calling it: it holds printable characters only, none that opens
// markup (emphasis, a footnote reference, an escape), and no space at its
// ends. Most fields are such text, and goldmark is the main cost of
// reading them.
func IsPlain(src string) bool {
	if src == "" || src[0] == ' ' || src[len(src)-1] == ' ' {
		return false
	}
	i := 0
	for ; i+8 <= len(src); i += 8 {
		b := src[i : i+8]
		if markupByte[b[0]]|markupByte[b[1]]|markupByte[b[2]]|markupByte[b[3]]|
			markupByte[b[4]]|markupByte[b[5]]|markupByte[b[6]]|markupByte[b[7]] != 0 {
			return false
		}
	}
	for ; i < len(src); i++ {
		if markupByte[src[i]] != 0 {
			return false
		}
	}
	return true
}

// markupByte is 1 for the bytes IsPlain turns away: control characters
// and the ones that open markup. IsPlain reads every byte of every field:
// eight look-ups joined by OR and one branch take half the instructions
// of a comparison of each byte (84K -> 47K a seed).
var markupByte = func() (t [256]uint8) {
	for c := range 256 {
		if c < ' ' || c == 0x7f || c == '*' || c == '_' || c == '\\' || c == '[' {
			t[c] = 1
		}
	}
	return t
}()

// parse reads src by fastParse, or with goldmark where fastParse declines.
func parse(src string) []Run {
	if runs, ok := fastParse(src); ok {
		return runs
	}
	return goldmarkParse(src)
}

// goldmarkParse reads src with goldmark.
func goldmarkParse(src string) []Run {
	source := []byte(src)
	doc := inline.Parse(text.NewReader(source))
	var runs []Run
	first := true
	for p := doc.FirstChild(); p != nil; p = p.NextSibling() {
		if !first {
			runs = appendText(runs, " ", 0, -1)
		}
		first = false
		runs = walk(runs, p, source, 0)
	}
	return runs
}

func walk(runs []Run, n ast.Node, source []byte, style Style) []Run {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			seg := c.Segment
			runs = appendText(runs, unescape(seg.Value(source)), style, seg.Start)
			if c.SoftLineBreak() || c.HardLineBreak() {
				runs = appendText(runs, " ", style, -1)
			}
		case *ast.Emphasis:
			s := Italic
			if c.Level >= 2 {
				s = Bold
			}
			runs = walk(runs, c, source, style|s)
		case *noteRef:
			runs = append(runs, Run{Note: c.Label, Style: style, Off: c.off})
		default:
			runs = walk(runs, c, source, style)
		}
	}
	return runs
}

// appendText adds text to runs, merging it into the last run when the style
// is the same. off < 0 means "continues the previous run".
func appendText(runs []Run, s string, style Style, off int) []Run {
	if s == "" {
		return runs
	}
	if k := len(runs) - 1; k >= 0 && runs[k].Note == "" && runs[k].Style == style {
		runs[k].Text += s
		return runs
	}
	if off < 0 {
		off = 0
		if k := len(runs) - 1; k >= 0 {
			off = runs[k].Off
		}
	}
	return append(runs, Run{Text: s, Style: style, Off: off})
}

// unescape drops the backslash of a backslash escape; goldmark leaves
// escapes in text segments for its renderer to resolve.
func unescape(b []byte) string {
	if bytes.IndexByte(b, '\\') < 0 {
		return string(b)
	}
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); i++ {
		if b[i] == '\\' && i+1 < len(b) && util.IsPunct(b[i+1]) {
			i++
		}
		out = append(out, b[i])
	}
	return string(out)
}
