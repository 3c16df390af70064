package plain

import (
	"strings"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// A portal may keep the end block's two columns by pushing the right one
// with a run of spaces: the signer's title far right above "Nơi nhận:",
// the name far right under the Lưu line, or both columns on one line
// ("- Lưu: VT.            Nguyễn Văn A").

const (
	// rightIndent is the least run of spaces before a line of the right
	// column; a paragraph's first line is indented by a few.
	rightIndent = 30
)

// columnGapRe is a run of spaces parting two columns on one line: eight
// or more, or tabs.
var columnGapRe = lazyre.New(`\S( {8,}|\t+ *)\S`)

// indent is the number of spaces and tabs before l's text on its line.
func (r *reader) indent(l line) int {
	if len(l.src) == 0 || l.cells != nil {
		return 0
	}
	start := r.f.lineStart(l.num)
	if l.src[0] < start {
		return 0
	}
	return utf8.RuneCountInString(r.f.Text[start:l.src[0]])
}

// pushedRight reports whether l stands in the right column, pushed there
// by a run of spaces.
func (r *reader) pushedRight(l line) bool {
	return r.indent(l) >= rightIndent
}

// spacedSigner reports whether l, in the body, is the signer's line of an
// end block whose right column was pushed by spaces, or that stands in
// the right cell of a row whose left cell is empty (a Word table saved as
// text, "\tHIỆU TRƯỞNG"): short, in capitals, and followed by "Nơi nhận:"
// with only such lines between, and the signer's name under them; or,
// in a notice with no Nơi nhận, by the name and then the heading of an
// appendix ("PHỤ LỤC").
func (r *reader) spacedSigner(l line) bool {
	t := l.text
	if !r.pushedRight(l) && !r.emptyLeftCell(l) || !capsTitle(t) || utf8.RuneCountInString(t) >= 60 || cite.HasMarker(t) {
		return false
	}
	named := false
	for _, n := range r.lines[r.at+1:] {
		nt := strings.TrimSpace(n.text)
		switch {
		case n.cells != nil:
			return false
		case nt == "" || signNoteRe().MatchString(nt):
		case labelRe().MatchString(nt):
			return true
		case named:
			return appendixRe().MatchString(nt) // no Nơi nhận: the name, then the appendix's heading ("PHỤ LỤC")
		case capsTitle(nt) && utf8.RuneCountInString(nt) < 60:
		case personName(degreeRe().ReplaceAllString(nt, "")):
			named = true
		default:
			return false
		}
	}
	return false
}

// degreeRe is the học hàm and học vị before a signer's name: "ThS. ",
// "PGS.TS. ".
var degreeRe = lazyre.New(`^(?:(?:GS|PGS|TS|ThS|Ths|BS|KS|CN|DS|CKI|CKII)\.\s*)+`)

// emptyLeftCell reports whether l's line opens with tabs and nothing
// else before its text: the empty left cell of a table's row, as Word
// saves a table as text.
func (r *reader) emptyLeftCell(l line) bool {
	if len(l.src) == 0 || l.cells != nil {
		return false
	}
	start := r.f.lineStart(l.num)
	if l.src[0] <= start {
		return false
	}
	return strings.Trim(r.f.Text[start:l.src[0]], "\t") == ""
}

// spacedColumns reads, at the end, a Nơi nhận line with the right
// column's text after a run of spaces ("- Lưu: VT.      Nguyễn Văn A")
// as the recipient and the signer's line, and reports whether it did.
func (r *reader) spacedColumns(l line) bool {
	if !r.dash(l.text) {
		return false
	}
	_, from := marker(l.text) // the tab Word's numbering writes after the dash ("-\tLưu: VT.") is the dash's space, no gap
	m := columnGapRe().FindStringSubmatchIndex(l.text[from:])
	if m == nil {
		return false
	}
	left, right := l.part(0, from+m[2]), l.part(from+m[3], len(l.text))
	r.recipient(left)
	r.closing(right)
	return true
}
