package plain

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice"
	"github.com/thongbao/thongbao/notice/diag"
)

// Kind is the role of a paragraph in the notice.
type Kind int

const (
	Header    Kind = iota // a header line: issuer, "Số:", Quốc hiệu, Tiêu ngữ, place and date
	Title                 // THÔNG BÁO
	Subject               // the trích yếu
	Body                  // a paragraph of the body
	Note                  // a footnote
	Label                 // "Nơi nhận:"
	Recipient             // a line of Nơi nhận, as written ("- Lưu: VT..")
	Signer                // an authority line or the signer's title
	Name                  // the signer's name
	Appendix              // a paragraph of an appendix
	Cell                  // a table cell
)

// Para is a paragraph with its markup removed.
type Para struct {
	Kind   Kind
	Text   string
	Marker string   // the numbering marker as written: "2.1.", "a)", "-", "II."
	Rest   int      // the offset in Text where the text after the marker starts
	Notes  []string // footnote numbers the paragraph refers to
	Number string   // a footnote's own number
	Line   int
	src    []int
	file   *File
}

// PosAt returns the position in the file of byte off of Text.
func (p Para) PosAt(off int) diag.Pos {
	if len(p.src) == 0 {
		return diag.Pos{Path: p.file.Path, Line: p.Line, Col: 1}
	}
	off = max(0, min(off, len(p.src)-1))
	return p.file.pos(p.src[off])
}

// File is a notice read from text.
type File struct {
	Path  string
	Text  string
	Paras []Para
	lines []int
}

func (f *File) pos(off int) diag.Pos {
	line := sort.Search(len(f.lines), func(i int) bool { return f.lines[i] > off }) - 1
	col := utf8.RuneCountInString(f.Text[f.lines[line]:off]) + 1
	return diag.Pos{Path: f.Path, Line: line + 1, Col: col}
}

// Read reads a notice written as plain text or Markdown.
func Read(path string, src []byte) (*File, error) {
	text, err := notice.DecodeSource(path, src)
	if err != nil {
		return nil, err
	}
	f := &File{Path: path, Text: text, lines: []int{0}}
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			f.lines = append(f.lines, i+1)
		}
	}
	if len(f.lines) > MaxLines {
		return nil, tooLong(f.pos(f.lines[MaxLines]), diag.Msg("tệp có %d dòng, quá giới hạn %d của một thông báo", "the file has %d lines, over the %d of any notice", len(f.lines), MaxLines))
	}
	var ls []line
	for i, start := range f.lines {
		end := len(text)
		if i+1 < len(f.lines) {
			end = f.lines[i+1] - 1
		}
		ls = append(ls, cleanLine(text[start:end], start, i+1))
	}
	f.Paras = (&reader{f: f}).read(ls)
	for _, p := range f.Paras {
		if n := utf8.RuneCountInString(p.Text); n > notice.MaxTextLen {
			return nil, tooLong(p.PosAt(0), diag.Msg("đoạn văn dài %d ký tự, quá giới hạn %d", "the paragraph is %d characters long, over the limit of %d", n, notice.MaxTextLen))
		}
	}
	return f, nil
}

// MaxLines is the most lines a notice written as text may have: a
// thirty-page notice has some fifteen hundred.
const MaxLines = 5000

func tooLong(pos diag.Pos, what diag.Text) error {
	return diag.List{{Pos: pos, Rule: "too-long", Severity: diag.Error, Message: what,
		Fix: diag.Msg("kiểm tra đây có phải một thông báo không; chia văn bản quá dài thành nhiều đoạn", "check that this is a notice; split an over-long text into paragraphs")}}
}

var (
	markerRe   = regexp.MustCompile(`^(?:([IVXL]{1,6})\.|(\d{1,2}(?:\.\d{1,2})+)\.?|(\d{1,3})\.|([a-zđ]{1,2})\)|(-)|(\+))(?:[ \t\x{00A0}]+|$|(\p{L}))`)
	titleRe    = regexp.MustCompile(`^THÔNG BÁO$`)
	labelRe    = regexp.MustCompile(`(?i)^nơi nhận\s*:?$`)
	appendixRe = regexp.MustCompile(`(?i)^phụ lục(?:\s+[IVXLC\d]+)?$`)
	plainNote  = regexp.MustCompile(`^\d{1,2} \p{Lu}`)
	// authorityRe starts an authority line, whatever its case: "Kt. Chánh
	// văn phòng" is a signer line written wrongly, not the name.
	authorityRe = regexp.MustCompile(`(?i)^(?:TUQ|TM|KT|TL|Q)\s*\.`)
)

type state int

const (
	inHeader state = iota
	inSubject
	inBody
	inRecipients
	inSigner
	inAfter
	inAppendix
)

type reader struct {
	f     *File
	paras []Para
	lines []line
	at    int // index in lines of the line being read
	st    state
	// superscript marks were seen, so "6 Phân khai ..." is a footnote
	marks bool
}

func (r *reader) read(ls []line) []Para {
	hasTitle := false
	for _, l := range ls {
		if titleRe.MatchString(l.text) {
			hasTitle = true
		}
		if len(l.notes) > 0 {
			r.marks = true
		}
	}
	if !hasTitle {
		r.st = inBody
	}
	r.lines = ls
	blank := true
	for i, l := range ls {
		if l.text == "" {
			blank = true
			continue
		}
		r.at = i
		r.line(l, blank)
		blank = false
	}
	return r.paras
}

// line assigns one cleaned line to a paragraph; newPara says a blank line
// came before it.
func (r *reader) line(l line, newPara bool) {
	switch {
	case r.st == inHeader && titleRe.MatchString(l.text):
		r.add(Title, l)
		r.st = inSubject
	case r.st == inHeader:
		r.add(Header, l)
	case r.st == inSubject:
		if r.last(Subject) && !newPara {
			r.join(l, " ")
		} else if r.last(Subject) {
			r.st = inBody
			r.line(l, newPara)
		} else {
			r.add(Subject, l)
		}
	case labelRe.MatchString(l.text) && r.st <= inBody:
		r.add(Label, l)
		r.st = inRecipients
	case r.st == inRecipients && strings.HasPrefix(l.text, "-"):
		r.add(Recipient, l)
	case r.st == inRecipients, r.st == inSigner:
		if isUpper(l.text) || authorityRe.MatchString(l.text) {
			r.add(Signer, l)
			r.st = inSigner
		} else {
			r.add(Name, l)
			r.st = inAfter
		}
	case r.st >= inAfter && l.note != "":
		r.add(Note, l)
	case r.st == inAfter && appendixRe.MatchString(l.text), r.st == inAppendix:
		r.st = inAppendix
		r.block(Appendix, l, newPara)
	case r.st == inAfter:
		r.block(Appendix, l, newPara)
		r.st = inAppendix
	default:
		r.body(l, newPara)
	}
}

// body places a line of the body: a footnote, a new paragraph, or the
// continuation of one cut by a page break.
func (r *reader) body(l line, newPara bool) {
	if l.cells != nil || len(l.src) == 0 {
		r.block(Body, l, true) // a table row, or a rule row
		return
	}
	isNote := l.note != "" || r.marks && newPara && plainNote.MatchString(l.text)
	if isNote {
		p := r.newPara(Note, l)
		if p.Number == "" {
			n, _, _ := strings.Cut(l.text, " ")
			p.Number = n
			p.Rest = len(n) + 1
		}
		r.paras = append(r.paras, p)
		return
	}
	marker := markerRe.MatchString(l.text)
	switch {
	case !newPara && !marker && r.last(Body):
		r.join(l, " ")
	case newPara && !marker && r.lastBody() >= 0 && (startsLower(l.text) || unfinished(r.paras[r.lastBody()].Text)):
		// A heading has no final stop either, but it is short.
		r.joinAt(r.lastBody(), l, " ") // a paragraph cut by a page break
	case newPara && !marker && r.noteCut() >= 0 && r.nextIsNote(l):
		r.joinAt(r.noteCut(), l, "") // a footnote cut by a page break
	default:
		r.add(Body, l)
	}
}

// block places an appendix line: table cells one by one, other lines
// joined into paragraphs.
func (r *reader) block(k Kind, l line, newPara bool) {
	if len(l.src) == 0 && l.cells == nil {
		return
	}
	if l.cells != nil {
		for _, c := range l.cells {
			if c.text != "" {
				r.add(Cell, c)
			}
		}
		return
	}
	if !newPara && !markerRe.MatchString(l.text) && r.last(k) && !isUpper(l.text) {
		r.join(l, " ")
		return
	}
	r.add(k, l)
}

func (r *reader) newPara(k Kind, l line) Para {
	p := Para{Kind: k, Text: l.text, src: l.src, Notes: l.notes, Number: l.note, Line: l.num, file: r.f}
	if k == Body || k == Appendix {
		p.Marker, p.Rest = marker(l.text)
	}
	return p
}

func (r *reader) add(k Kind, l line) {
	r.paras = append(r.paras, r.newPara(k, l))
}

func (r *reader) last(k Kind) bool {
	return len(r.paras) > 0 && r.paras[len(r.paras)-1].Kind == k
}

func (r *reader) join(l line, sep string) { r.joinAt(len(r.paras)-1, l, sep) }

func (r *reader) joinAt(i int, l line, sep string) {
	p := &r.paras[i]
	if len(l.src) == 0 {
		return
	}
	if sep != "" {
		p.Text += sep
		p.src = append(p.src, l.src[0])
	}
	p.Text += l.text
	p.src = append(p.src, l.src...)
	p.Notes = append(p.Notes, l.notes...)
}

// lastBody is the index of the last body paragraph, -1 if none.
func (r *reader) lastBody() int {
	for i := len(r.paras) - 1; i >= 0; i-- {
		switch r.paras[i].Kind {
		case Body:
			return i
		case Note:
			continue
		}
		return -1
	}
	return -1
}

// noteCut is the index of the last footnote when it ends mid-word ("58/QĐ-"),
// cut by a page break; else -1.
func (r *reader) noteCut() int {
	for i := len(r.paras) - 1; i >= 0; i-- {
		if r.paras[i].Kind == Note {
			if strings.HasSuffix(r.paras[i].Text, "-") {
				return i
			}
			return -1
		}
	}
	return -1
}

// nextIsNote reports whether the next paragraph after the current line is
// a footnote: the continuation of a footnote cut by a page break stands at
// the foot of the next page, just before that page's own notes.
func (r *reader) nextIsNote(line) bool {
	blank := false
	for _, l := range r.lines[r.at+1:] {
		if l.text == "" {
			blank = true
			continue
		}
		return blank && (l.note != "" || r.marks && plainNote.MatchString(l.text))
	}
	return false
}

func marker(s string) (string, int) {
	m := markerRe.FindStringSubmatchIndex(s)
	if m == nil {
		return "", 0
	}
	end := m[1]
	if m[14] >= 0 { // a letter right after the marker: "-Mục"
		end = m[14]
	}
	mk := strings.TrimRight(s[m[0]:end], " \t\u00a0")
	return mk, end
}

// unfinished reports whether a paragraph stops mid-sentence: it is long
// (a heading is short and has no final stop either) and ends in a word.
func unfinished(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return (unicode.IsLetter(r) || unicode.IsDigit(r) || r == ',') && len(strings.Fields(s)) >= 20
}

func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// isUpper reports whether s has letters and none in lower case.
func isUpper(s string) bool {
	letters := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters = true
		}
	}
	return letters
}

var kindNames = [...]string{"header", "title", "subject", "body", "note", "label", "recipient", "signer", "name", "appendix", "cell"}

// String names the kind in English, for listings and tests.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", int(k))
}
