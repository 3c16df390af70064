package notice

import (
	"strings"

	"github.com/thongbao/thongbao/notice/body"
	"github.com/thongbao/thongbao/notice/diag"
)

// noNotePlaces are the fields printed as plain text, where a footnote mark
// [^id] cannot stand (the header, the place, the signature, an appendix's
// title and its table's header and criterion numbers, a note itself):
// matched against a field's path with its indexes dropped.
var noNotePlaces = []string{
	"place", "issuer.", "signer.", "footnotes.text",
	"appendices.title", "appendices.table.columns", "appendices.table.groups.rows.ref",
}

// footnoteRefs reports each footnote mark of n that names no footnote of
// [[footnotes]], or that stands in a field printed without it: either
// would print otherwise than the clerk wrote, the mark as "[^id]" or not
// at all.
func (n *Notice) footnoteRefs() []diag.Finding {
	if !mayHoldCaret(n.SourceText()) {
		return nil // no text holds a mark: the walk over every field is not needed
	}
	ids := map[string]bool{}
	for _, f := range n.Footnotes {
		ids[f.ID] = true
	}
	var out []diag.Finding
	n.EachTextPath(func(p *TextPath, t Text) {
		if !strings.Contains(t.S, "[^") {
			return
		}
		path := p.String()
		for _, id := range body.Notes(n.Runs(t)) { // the parse the view and the document share
			mark := "[^" + id + "]"
			// The position is worked out only for a finding: a mark that
			// names a footnote, where marks are printed, costs nothing more.
			pos := func() diag.Pos { return t.PosAt(max(strings.Index(t.S, mark), 0)) }
			switch {
			case !ids[id]:
				out = append(out, diag.Finding{Pos: pos(), Rule: "unknown-footnote", Severity: diag.Error,
					Message: diag.Msg("chú thích %s chưa có trong [[footnotes]]", "footnote %s is not in [[footnotes]]", mark),
					Fix:     diag.Msg("thêm chú thích [[footnotes]] với id = %q, hoặc sửa nhãn cho đúng nhãn đã có", "add a [[footnotes]] table with id = %q, or correct the label to one that exists", id)})
			case noNotePlace(path):
				out = append(out, diag.Finding{Pos: pos(), Rule: "footnote-place", Severity: diag.Error,
					Message: diag.Msg("không đặt được chú thích %s ở %s: phần này không in dấu chú thích", "footnote %s cannot stand in %s: it is printed without footnote marks", mark, path),
					Fix:     diag.Msg("xóa %s ở đây và đặt dấu chú thích trong đoạn văn có liên quan", "remove %s here and put the mark in the paragraph it explains", mark)})
			}
		}
	})
	return out
}

func noNotePlace(path string) bool {
	p := dropIndexes(path)
	for _, place := range noNotePlaces {
		if p == place || strings.HasSuffix(place, ".") && strings.HasPrefix(p, place) {
			return true
		}
	}
	return false
}

// dropIndexes returns path without its indexes: "appendices[1].title"
// gives "appendices.title".
func dropIndexes(path string) string {
	if strings.IndexByte(path, '[') < 0 {
		return path
	}
	var b strings.Builder
	for {
		i := strings.IndexByte(path, '[')
		if i < 0 {
			b.WriteString(path)
			return b.String()
		}
		j := strings.IndexByte(path[i:], ']')
		if j > 0 && allDigits(path[i+1:i+j]) {
			b.WriteString(path[:i])
			path = path[i+j+1:]
			continue
		}
		b.WriteString(path[:i+1])
		path = path[i+1:]
	}
}

// allDigits reports whether s is one ASCII digit or more.
func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// mayHoldCaret reports whether a text decoded from the TOML source src
// may hold "^", as every footnote mark does: src has it typed, or an
// escape \uXXXX or \UXXXXXXXX that may stand for it. A source with
// neither (nearly every notice) has no footnote mark in any field.
func mayHoldCaret(src string) bool {
	return strings.IndexByte(src, '^') >= 0 || strings.Contains(src, `\u`) || strings.Contains(src, `\U`)
}
