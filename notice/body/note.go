package body

import (
	"bytes"

	"github.com/thongbao/thongbao/notice/body/internal/goldmark/ast"
	"github.com/thongbao/thongbao/notice/body/internal/goldmark/parser"
	"github.com/thongbao/thongbao/notice/body/internal/goldmark/text"
)

var kindNoteRef = ast.NewNodeKind("NoteRef")

// noteRef is a footnote reference [^label].
type noteRef struct {
	ast.BaseInline
	Label string
	off   int
}

func (n *noteRef) Kind() ast.NodeKind { return kindNoteRef }

func (n *noteRef) Dump(source []byte, level int) {
	ast.DumpHelper(n, source, level, map[string]string{"Label": n.Label}, nil)
}

// noteParser reads [^label], where label is 1 to 32 letters, digits, "-"
// or "_".
type noteParser struct{}

func (noteParser) Trigger() []byte { return []byte{'['} }

func (noteParser) Parse(_ ast.Node, block text.Reader, _ parser.Context) ast.Node {
	line, seg := block.PeekLine()
	if len(line) < 4 || line[1] != '^' {
		return nil
	}
	end := bytes.IndexByte(line, ']')
	if end < 3 || end > 34 || !isLabel(line[2:end]) {
		return nil
	}
	block.Advance(end + 1)
	return &noteRef{Label: string(line[2:end]), off: seg.Start}
}

// isLabel reports whether b is a footnote label: ASCII letters, digits, "-"
// and "_".
func isLabel(b []byte) bool {
	for _, c := range b {
		ok := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_'
		if !ok {
			return false
		}
	}
	return true
}
