package plain

import (
	"fmt"
	"math"
	"math/bits"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/thongbao/thongbao/notice"
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/source"
)

// Kind is the role of a paragraph in the notice.
type Kind int

const (
	Header    Kind = iota // a header line or cell: issuer, "Số:", Quốc hiệu, Tiêu ngữ, place and date
	Title                 // THÔNG BÁO
	Subject               // the trích yếu (of a Công văn: "V/v ...")
	Body                  // a paragraph of the body
	Note                  // a footnote
	Label                 // "Nơi nhận:"
	Recipient             // a line of Nơi nhận, as written ("- Lưu: VT..")
	Signer                // an authority line or the signer's title
	Name                  // the signer's name
	Appendix              // a paragraph of an appendix
	Cell                  // a table cell of the body or an appendix
	Addressee             // "Kính gửi: ..." (a Công văn)
	Path                  // a file path typed on a line of its own ("D:\\2011\\CV\\cv 454.doc"): the drafter's copy, no part of the notice
	Page                  // a line a web page or newspaper printed above the notice it posts (its title of the post, its lead): no part of the notice
	Cosigner              // an authority line or title of a later signature side by side with the first (a joint notice's)
	Coname                // the name under a later signature side by side
)

var kindNames = [...]string{"header", "title", "subject", "body", "note", "label", "recipient", "signer", "name", "appendix", "cell", "addressee", "path", "page", "cosigner", "coname"}

// String names the kind in English, for listings and tests.
func (k Kind) String() string {
	if int(k) >= 0 && int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", int(k))
}

// Column says where on its line a paragraph stood: a whole line, or a cell
// of a table row or a column of a page laid out side by side.
type Column int

const (
	Whole Column = iota // the whole line
	Left                // the first cell of a row, the left column of a page
	Right               // a later cell, the right column
)

var columnNames = [...]string{"whole", "left", "right"}

func (c Column) String() string {
	if int(c) >= 0 && int(c) < len(columnNames) {
		return columnNames[c]
	}
	return fmt.Sprintf("Column(%d)", int(c))
}

// Layout is how a text lays out its paragraphs.
type Layout int

const (
	// Auto decides from the text itself (see Options).
	Auto Layout = iota
	// Blank: paragraphs are separated by blank lines and the lines of one
	// paragraph are joined (Markdown, hand-wrapped text, text extracted
	// from a PDF with paragraphs cut by page breaks).
	Blank
	// OnePerLine: each line is a paragraph, table rows are cells on one
	// line separated by tabs or " | " (Word's "save as text", the listing
	// of a .docx).
	OnePerLine
	// Columns: lines wrapped as on the page, a paragraph's first line
	// indented, the header's and the signature's two columns side by side
	// (pdftotext -layout).
	Columns
)

var layoutNames = [...]string{"auto", "blank", "one-per-line", "columns"}

func (l Layout) String() string {
	if int(l) >= 0 && int(l) < len(layoutNames) {
		return layoutNames[l]
	}
	return fmt.Sprintf("Layout(%d)", int(l))
}

// Options say how to read a text.
type Options struct {
	// Layout is the text's layout; Auto decides from the text: Markdown
	// (.md) is Blank; otherwise long lines written one after the other
	// make it OnePerLine, indented first lines over flush wrapped lines
	// make it Columns, and blank lines between paragraphs make it Blank.
	Layout Layout
	// Word says the text is a Word file's listing: the office's own file,
	// no page a site served, so no line of it is read as the post's title
	// a site prints over the notice (postTitleOverBody).
	Word bool
}

// Para is a paragraph with its markup removed.
type Para struct {
	Kind   Kind
	Text   string
	Marker string // the numbering marker as written: "2.1.", "a)", "-", "II."
	Rest   int    // the offset in Text where the text after the marker starts
	// Bullet is the list's bullet a body paragraph with no Marker opens
	// with: "•", "◦", "▪", "●", "–" or "—" as typed or as a page renders a
	// Word list (kept in Text), or "*", which the reading takes off Text
	// as Markdown's markup (star_item.go). A point so marked is a list's
	// point all the same: the rules read its mark here.
	Bullet string
	// Pict are the pictographs the reading took off the paragraph's first
	// line ("💉" before "2. Tiêm phòng ..."): a page's post's marks, not
	// the notice's letters (pictograph.go). A point with no Marker they
	// open is a point of a list all the same, its Bullet the run.
	Pict   string
	pictAt int      // the byte of the file where Pict starts
	Notes  []string // footnote numbers the paragraph refers to
	Number string   // a footnote's own number
	// Sig numbers the later signature a Cosigner or Coname belongs to:
	// 1 the second signature side by side, 2 the third.
	Sig  int
	Line int
	Col  Column // where on its line the paragraph stood
	src  []int
	nfd  int // 1 + the offset in Text of the first character written with combining marks
	file *File
}

// PosAt returns the position in the file of byte off of Text.
func (p Para) PosAt(off int) diag.Pos {
	if len(p.src) == 0 {
		return diag.Pos{Path: p.file.Path, Line: p.Line, Col: 1}
	}
	off = max(0, min(off, len(p.src)-1))
	return p.file.posNear(p.src[off], p.Line-1)
}

// PictPos returns the position in the file of Pict's first character;
// the zero Pos when the paragraph has no Pict. Pict stands before Text's
// first byte, where no offset of Text reaches.
func (p Para) PictPos() diag.Pos {
	if p.Pict == "" || p.file == nil {
		return diag.Pos{}
	}
	return p.file.posNear(p.pictAt, p.Line-1)
}

// LineAt is PosAt(off).Line, found without counting the column: a rule
// that compares the lines of a paragraph's words asks it at every gap.
func (p Para) LineAt(off int) int {
	if len(p.src) == 0 {
		return p.Line
	}
	off = max(0, min(off, len(p.src)-1))
	return p.file.lineNear(p.src[off], p.Line-1) + 1
}

// OneLine reports whether every byte of Text was read from one line of
// the file, so that LineAt is the same for all: a paragraph of a Word
// file's listing, or of a text typed without line breaks.
func (p Para) OneLine() bool {
	if len(p.src) == 0 {
		return true
	}
	lo, hi := p.src[0], p.src[0]
	for _, o := range p.src[1:] {
		lo, hi = min(lo, o), max(hi, o)
	}
	l := p.file.lineNear(lo, p.Line-1)
	return l+1 == len(p.file.lines) || p.file.lines[l+1] > hi
}

// Decomposed returns the offset in Text of the first character that the
// file wrote with combining marks (Text itself is in NFC).
func (p Para) Decomposed() (int, bool) {
	return p.nfd - 1, p.nfd > 0
}

// Lookalike returns the offset in Text of the first letter the file wrote
// with a look-alike letter that is no Vietnamese letter ("ƣ" for "ư",
// source.Lookalike), the letter written and the one Text reads in its
// place.
func (p Para) Lookalike() (off int, wrote, read rune, ok bool) {
	if !p.file.lookalikes {
		return 0, 0, 0, false
	}
	for i, r := range p.Text {
		if i >= len(p.src) {
			break
		}
		w, _ := utf8.DecodeRuneInString(p.file.Text[p.src[i]:])
		to, ok := source.Lookalike(w, 0)
		if ok && w != r && baseLetter(r) == to {
			return i, w, to, true
		}
	}
	return 0, 0, 0, false
}

// baseLetter is r without the tone mark NFC composed onto it: "ứ" is "ư".
func baseLetter(r rune) rune {
	var b []rune
	for _, c := range norm.NFD.String(string(r)) {
		switch c {
		case '\u0300', '\u0301', '\u0303', '\u0309', '\u0323':
		default:
			b = append(b, c)
		}
	}
	c, _ := utf8.DecodeRuneInString(norm.NFC.String(string(b)))
	return c
}

// File is a notice read from text.
type File struct {
	Path   string
	Text   string
	Paras  []Para
	Layout Layout // the layout the text was read with
	// Unreadable: most words are not Vietnamese, as in the text layer of
	// a scan whose marks became digits and symbols. Paras is still filled.
	Unreadable bool
	// NoBreaks: the whole document stands on one or a few very long
	// lines (a site's text preview), so its elements cannot be told
	// apart by their lines. Paras is still filled.
	NoBreaks bool
	lines    []int
	// marks are the characters before every markStride bytes of Text
	// (runeMarks).
	marks []int
	// valid: Text is valid UTF-8, so that its characters between two
	// that start one are counted by runeCount
	valid bool
	// lookalikes: the file writes letters read as others (source.Lookalike)
	lookalikes bool
	// legacy: the passages of the file typed in a legacy encoding, which
	// the paragraphs read converted (legacy.go)
	legacy []source.Passage
}

func (f *File) pos(off int) diag.Pos { return f.posNear(off, -1) }

// posNear is pos for an offset that likely stands on line hint (from 0)
// or one of the three after it, as a paragraph's offsets stand on its
// first line or near it: those lines are tried before a search of them
// all.
func (f *File) posNear(off, hint int) diag.Pos {
	line := f.lineNear(off, hint)
	col := f.runesBefore(off) - f.runesBefore(f.lines[line]) + 1
	return diag.Pos{Path: f.Path, Line: line + 1, Col: col}
}

// lineNear is the line (from 0) of offset off of the file, tried first on
// line hint and the three after it, as posNear says.
func (f *File) lineNear(off, hint int) int {
	line := -1
	if hint >= 0 && hint < len(f.lines) && f.lines[hint] <= off {
		for k := hint; k < min(hint+4, len(f.lines)); k++ {
			if k+1 == len(f.lines) || f.lines[k+1] > off {
				line = k
				break
			}
		}
	}
	if line < 0 {
		line = sort.Search(len(f.lines), func(i int) bool { return f.lines[i] > off }) - 1
	}
	return line
}

// markStride is how far apart runeMarks counts: a position's column is
// then counted from at most some 35 bytes before it, where it was
// counted from the start of its line, which for a paragraph of a Word
// file or of a text typed without line breaks is the whole paragraph.
const markStride = 32

// runeMarks returns, for each k, the characters (utf8.RuneCountInString)
// of text before markAt(text, k).
func runeMarks(text string) []int {
	marks := make([]int, len(text)/markStride+1)
	n, p := 0, 0
	for k := range marks {
		q := markAt(text, k)
		n += utf8.RuneCountInString(text[p:q])
		marks[k], p = n, q
	}
	return marks
}

// markAt is byte k*markStride of text, moved on past the bytes that
// continue a character: a count of characters up to it and one from it
// add up to the count across it.
func markAt(text string, k int) int {
	q := min(k*markStride, len(text))
	for k > 0 && q < len(text) && !utf8.RuneStart(text[q]) {
		q++
	}
	return q
}

// runesBefore is utf8.RuneCountInString(f.Text[:off]).
func (f *File) runesBefore(off int) int {
	k := off / markStride
	q := markAt(f.Text, k)
	if q > off {
		k--
		q = markAt(f.Text, k)
	}
	if f.valid && (off == len(f.Text) || utf8.RuneStart(f.Text[off])) {
		return f.marks[k] + runeCount(f.Text[q:off])
	}
	return f.marks[k] + utf8.RuneCountInString(f.Text[q:off])
}

// runeCount is utf8.RuneCountInString(s) for s valid UTF-8: its bytes
// that do not continue a character, found eight at a time (a byte
// continues one when its top bits are 10). A column is asked for every
// word of some rules, and decoding each character to count it cost a
// long text more than the rule's own work.
func runeCount(s string) int {
	const hi = 0x8080808080808080
	n := len(s)
	for len(s) >= 8 {
		x := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
			uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
		n -= bits.OnesCount64(x &^ (x << 1) & hi)
		s = s[8:]
	}
	for i := 0; i < len(s); i++ {
		if s[i]&0xC0 == 0x80 {
			n--
		}
	}
	return n
}

// Read reads a notice written as plain text or Markdown, deciding its
// layout from the text.
func Read(path string, src []byte) (*File, error) {
	return ReadWith(path, src, Options{})
}

// ReadWith reads a notice written as plain text or Markdown.
func ReadWith(path string, src []byte, opts Options) (*File, error) {
	text, legacy, err := source.DecodeText(path, src, notice.MaxSourceSize)
	if err != nil {
		return nil, err
	}
	text = noBreakSpaces(loneCRBreaks(text)) // no_break_spaces.go
	f := &File{Path: path, Text: text, lines: []int{0}, marks: runeMarks(text), valid: utf8.ValidString(text), lookalikes: source.HasLookalike(text), legacy: legacy}
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			f.lines = append(f.lines, i+1)
		}
	}
	if len(f.lines) > MaxLines {
		return nil, tooLong(f.pos(f.lines[MaxLines]), diag.Msg("tệp có %s dòng, quá giới hạn %s của một thông báo", "the file has %s lines, over the %s of any notice", diag.Count(len(f.lines)), diag.Count(MaxLines)),
			diag.Msg("kiểm tra đây có phải một thông báo không; tệp gộp nhiều thông báo thì tách mỗi thông báo ra một tệp", "check that this is a notice; a file of several notices is split into one file each"))
	}
	raws := make([]rawLine, len(f.lines))
	for i, start := range f.lines {
		end := len(text)
		if i+1 < len(f.lines) {
			end = f.lines[i+1] - 1
		}
		raws[i] = rawLine{s: strings.TrimRight(text[start:end], "\r"), off: start, num: i + 1}
	}
	pageHeaderLines(raws) // page_header_comment.go
	f.Layout = opts.Layout
	if f.Layout == Auto {
		f.Layout = decide(raws, strings.EqualFold(filepath.Ext(path), ".md"))
	}
	md := strings.EqualFold(filepath.Ext(path), ".md")
	var wraps []bool
	var marks []noteMark
	if !md {
		wraps = hardWraps(raws, f.Layout) // hard_wrap.go
		if wraps != nil && opts.Layout == Auto {
			f.Layout = unwrappedLayout(raws, wraps, f.Layout)
		}
	}
	if !md && wraps == nil && opts.Layout == Auto && f.Layout != Columns {
		if pl := pageWraps(raws); pl != nil { // page_wraps.go
			raws, wraps = pl.keptLines(raws)
			marks = pl.marks
			f.Layout = OnePerLine
		}
	}
	served, seams := raws, map[int][]seam(nil)
	if f.Layout != Columns {
		raws, seams = joinedRaws(raws, wraps) // hard_wrap.go
	}
	var units []line
	switch f.Layout {
	case Columns:
		units = columnUnits(raws)
		cutNoteMarks(units, columnNoteMarks(raws)) // page_note_marks.go
	default:
		marked := strings.EqualFold(filepath.Ext(path), ".md") || markdownText(raws)
		units = headerRows(raws, f.Layout == Blank || marked, opts.Word)
		remapSeams(units, seams)
		cutNoteMarks(units, marks) // page_note_marks.go
		if marked {
			trimListPadding(units) // list_padding.go
		}
	}
	f.Paras = (&reader{f: f, layout: f.Layout}).read(units)
	loneStars(f.Paras) // list_marks.go
	if len(legacy) > 0 {
		for i := range f.Paras {
			f.Paras[i].readLegacy(legacy)
		}
	}
	for _, p := range f.Paras {
		if n := utf8.RuneCountInString(p.Text); n > notice.MaxTextLen {
			return nil, tooLong(p.PosAt(0), diag.Msg("đoạn văn dài %s ký tự, quá giới hạn %s", "the paragraph is %s characters long, over the limit of %s", diag.Count(n), diag.Count(notice.MaxTextLen)),
				diag.Msg("kiểm tra đây có phải một thông báo không; chia văn bản quá dài thành nhiều đoạn", "check that this is a notice; split an over-long text into paragraphs"))
		}
	}
	f.Unreadable = garbled(f.Paras)
	f.NoBreaks = noBreaks(unwrapped(served, wraps))
	return f, nil
}

// MaxLines is the most lines a notice written as text may have: a
// thirty-page notice has some fifteen hundred.
const MaxLines = 5000

// tooLong is a text beyond a limit, with what to do about that limit: a
// file of too many lines was told to split its text into paragraphs, which
// makes more lines.
func tooLong(pos diag.Pos, what, fix diag.Text) error {
	return diag.List{{Pos: pos, Rule: "too-long", Severity: diag.Error, Message: what, Fix: fix}}
}

// rawLine is a line of the file as written, without its line ending.
type rawLine struct {
	s   string
	off int // byte offset of the line in the file
	num int // line number, from 1
	// note is the number of the footnote this line opens, taken from a
	// page's foot (page_notes.go); "" for none
	note string
	// cell: the line opens a table's cell, its cells one under the other
	// on a page's text layer (page_table_cells.go)
	cell bool
}

// Offset returns the byte offset in the file's text of byte off of Text:
// where the character was typed, for a reader that maps the text back to
// what it was made from (the listing of a Word file).
func (p Para) Offset(off int) int {
	if len(p.src) == 0 {
		return p.file.lineStart(p.Line)
	}
	return p.src[max(0, min(off, len(p.src)-1))]
}

// Stretch returns how many bytes of Text from off on, off being where a
// character starts, stand where they were typed: each character that
// starts in them (reading on from off) starts at Offset(off) plus its
// distance from off. The answer is at least 1, and at most limit (when
// limit is 1 or more) and the end of Text. A reader that maps the text
// back to what it was made from (the listing of a Word file) looks up
// once for each stretch instead of once for each character.
func (p Para) Stretch(off, limit int) int {
	n := min(len(p.src), len(p.Text)) - off
	if limit >= 1 {
		n = min(n, limit)
	}
	if off < 0 || n <= 1 {
		return 1
	}
	src, text := p.src[off:], p.Text[off:]
	k := 0
	for k < n && src[k] == src[0]+k {
		if text[k] < utf8.RuneSelf {
			k++
			continue
		}
		_, w := utf8.DecodeRuneInString(text[k:])
		k += w
	}
	return min(k, n)
}

// LineOffset returns the line (from 1) of a byte offset of the file's
// text, and the offset within that line.
func (f *File) LineOffset(off int) (line, inLine int) {
	line = sort.Search(len(f.lines), func(i int) bool { return f.lines[i] > off })
	return line, off - f.lines[line-1]
}

// LineSpan returns the line (from 1) of a byte offset of the file's
// text and the offsets [start, end) that line covers: a reader that walks
// the text asks LineOffset again only past end.
func (f *File) LineSpan(off int) (line, start, end int) {
	line, in := f.LineOffset(off)
	end = math.MaxInt
	if line < len(f.lines) {
		end = f.lines[line]
	}
	return line, off - in, end
}

func (f *File) lineStart(line int) int {
	if line < 1 || line > len(f.lines) {
		return 0
	}
	return f.lines[line-1]
}
