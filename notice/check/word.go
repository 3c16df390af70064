package check

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/config"
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/docx"
	"github.com/thongbao/thongbao/notice/plain"
	"github.com/thongbao/thongbao/notice/reading"
)

// Reading checks a notice however it was read: a TOML source through the
// model, a text, and a Word file both through its text and, for the thể
// thức, through its formatting.
func Reading(r *reading.Reading, cfg *config.Config, opts Options) diag.List {
	switch {
	case r.Notice != nil:
		return Notice(r.Notice, cfg, opts)
	case r.Word != nil:
		return Word(r, cfg, opts)
	case r.Kind == reading.Doc:
		return oldWord(r.Text, cfg, opts)
	}
	return Text(r.Text, cfg, opts)
}

// oldWord checks a Word 97-2003 file whose formatting could not be read,
// for its text: as a text, and doc-layout-unchecked says that its thể
// thức was not checked.
func oldWord(f *plain.File, cfg *config.Config, opts Options) diag.List {
	v := FromText(f)
	v.FromDoc = true
	dirs := directives(f.Path, f.Text, htmlIgnoreIn)
	fd := run(v, cfg, &opts, dirs)
	v.releaseLexicon()
	return limit(apply(fd.list, dirs), fd)
}

// Word checks a notice read from a Word file: every rule that runs on a
// text runs on its listing, and the rules of thể thức run on its
// formatting: page, fonts, the size and style of each element, the body,
// page numbers.
func Word(r *reading.Reading, cfg *config.Config, opts Options) diag.List {
	v := FromText(r.Text)
	mergedOwners(v.TaskRows, r.Listing) // word_task_merged.go
	v.Word = newWordView(r)
	v.FromDoc = r.Kind == reading.Doc
	dirs := directives(r.Text.Path, r.Text.Text, htmlIgnoreIn)
	fd := run(v, cfg, &opts, dirs)
	v.releaseLexicon()
	return limit(apply(fd.list, dirs), fd)
}

// wordView is what the rules of thể thức read: the Word file, and each
// paragraph of the reading with the Word paragraphs it came from.
type wordView struct {
	doc     *docx.Document
	listing *docx.Listing
	paras   []wordPara
}

// wordPara is one paragraph of the reading with its formatting.
type wordPara struct {
	plain.Para
	seg  Seg
	docs []*docx.Paragraph // the Word paragraphs its text came from
	fmt  runSummary
	// shared: its Word paragraph holds other paragraphs of the reading
	// too (cells typed side by side with tabs), not a block whose lines
	// are cut at manual line breaks (a signer's block typed as one
	// paragraph), whose alignment is each line's
	shared bool
	// start is where in docs[0].Text the printed line it starts on
	// begins: 0 for a Word paragraph's first line, more for a line after
	// a manual line break the listing cut (listing_piece.go in
	// notice/docx), which the first-line indent does not move and which
	// is no paragraph of its own.
	start int
}

func newWordView(r *reading.Reading) *wordView {
	w := &wordView{doc: r.Word, listing: r.Listing}
	shared := map[*docx.Paragraph]int{}
	for _, p := range r.Text.Paras {
		wp := wordPara{Para: p, seg: textSeg(p)}
		wp.docs, wp.fmt = w.formatting(r.Text, p)
		wp.start = w.pieceStart(r.Text, p, wp.docs)
		for _, d := range wp.docs {
			shared[d]++
		}
		w.paras = append(w.paras, wp)
	}
	for i := range w.paras {
		for _, d := range w.paras[i].docs {
			if shared[d] > 1 && (len(d.Breaks) == 0 || strings.Contains(d.Text, "\t")) {
				w.paras[i].shared = true
			}
		}
	}
	return w
}

// pieceStart is wordPara.start of p, whose text came from docs.
func (w *wordView) pieceStart(f *plain.File, p plain.Para, docs []*docx.Paragraph) int {
	if len(docs) == 0 || p.Text == "" {
		return 0
	}
	off := p.Offset(0)
	line, lo, _ := f.LineSpan(off)
	if dp, start := w.listing.PieceStart(line, off-lo); dp == docs[0] {
		return start
	}
	return 0
}

// formatting finds the Word paragraphs the text of p came from (one for a
// paragraph of the listing, several when the reading joined lines) and
// sums up the formatting of its own characters: a cell typed beside
// another with tabs has the formatting of its own runs only.
//
// The text is walked by stretches: bytes typed one after another in one
// run of one line of the listing, whose characters all have that run's
// formatting, so that the run is looked up once for each stretch.
func (w *wordView) formatting(f *plain.File, p plain.Para) ([]*docx.Paragraph, runSummary) {
	s := runSummary{faces: map[string]int{}}
	var sizes sizeCounts
	faces := faceCounts{m: s.faces}
	var docs []*docx.Paragraph
	// The line and the run of the last stretch, and the bytes where they
	// hold.
	line, lineLo, lineHi := 0, 0, -1
	var dp *docx.Paragraph
	var run *docx.Run
	runLo, runHi := 0, -1
	text, tab := p.Text, runeClasses()
	for i := 0; i < len(text); {
		off := p.Offset(i)
		if off < lineLo || off >= lineHi {
			line, lineLo, lineHi = f.LineSpan(off)
			runLo, runHi = 0, -1
		}
		in := off - lineLo
		if in < runLo || in >= runHi {
			dp, run, runLo, runHi = w.listing.AtRange(line, in)
		}
		// The characters that start in text[i:end] are in dp and run.
		end := i + p.Stretch(i, min(lineHi-off, runHi-in))
		if dp == nil {
			i = skipTo(text, i, end)
			continue
		}
		if len(docs) == 0 || docs[len(docs)-1] != dp {
			docs = append(docs, dp)
		}
		if run == nil {
			i = skipTo(text, i, end)
			continue
		}
		var st stretchCounts
		pr := &run.Props
		i = st.count(tab, text, i, end, &pr.Fonts, &faces)
		if st.letters == 0 {
			continue
		}
		faces.add(pr.Fonts.ASCII, st.ascii)
		faces.add(pr.Fonts.HAnsi, st.latin)
		s.letters += st.letters
		sizes.add(pr.Size, st.letters)
		if pr.Bold {
			s.bold += st.letters
		}
		if pr.Italic {
			s.italic += st.letters
		}
		if pr.Caps {
			s.upper += st.letters
			s.caps += st.letters
		} else {
			s.upper += st.upper
			s.lower += st.lower
		}
	}
	faces.flush()
	s.size, s.sizes = sizes.most(), sizes
	if len(docs) > 0 {
		pp := docs[0].Props
		s.align, s.indent = pp.Align, pp.Indent.FirstLine
		s.before, s.after, s.line, s.lineRule = pp.Spacing.Before, pp.Spacing.After, pp.Spacing.Line, pp.Spacing.LineRule
	}
	return docs, s
}

// skipTo returns where the first character that starts at or after end
// starts, i being the start of one.
func skipTo(text string, i, end int) int {
	for i < end {
		_, n := utf8.DecodeRuneInString(text[i:])
		i += n
	}
	return i
}

// stretchCounts are the letters and digits of a stretch of one run.
type stretchCounts struct {
	letters      int
	upper, lower int // as typed: unicode.IsUpper, else unicode.IsLower
	// letters and digits of ASCII, and letters of Latin outside it
	// (Vietnamese's among them): Fonts.For gives them the ASCII and the
	// HAnsi face.
	ascii, latin int
}

// count counts the characters that start in text[i:end], adding the
// face of each letter and digit other than those of ascii and latin to
// faces, and returns where the first character after them starts. tab
// is classOf's table.
func (st *stretchCounts) count(tab *[0x350]uint8, text string, i, end int, fonts *docx.Fonts, faces *faceCounts) int {
	for i < end {
		c := text[i]
		var k uint8
		if c < utf8.RuneSelf {
			i++
			if k = asciiClasses[c]; k == 0 {
				continue
			}
			st.ascii++
		} else {
			r, n := utf8.DecodeRuneInString(text[i:])
			i += n
			var ok, latin bool
			if k, ok, latin = alnumClasses(tab, r); !ok {
				continue
			}
			if latin {
				st.latin++
			} else {
				faces.add(fonts.For(r), 1)
			}
		}
		st.letters++
		if k&classUpper != 0 {
			st.upper++
		} else if k&classLower != 0 {
			st.lower++
		}
	}
	return i
}

// classAlnum marks a letter or a digit in asciiClasses.
const classAlnum = 1 << 7

// asciiClasses are classLetter, classUpper and classLower (as classOf
// gives them) of the letters and digits of ASCII, with classAlnum; 0 for
// any other character.
var asciiClasses = func() (t [utf8.RuneSelf]uint8) {
	for c := '0'; c <= '9'; c++ {
		t[c] = classAlnum
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] = classAlnum | classLetter | classLower
		t[c-'a'+'A'] = classAlnum | classLetter | classUpper
	}
	return t
}()

// alnumClasses reports whether c, outside ASCII, is a letter or a digit
// (unicode.IsLetter, unicode.IsDigit), and its classes (classOf): those
// of the letters of Vietnamese from tab, classOf's table, where the
// unicode package searches its tables for each of them. latin says c is
// a letter of tab's ranges of Latin, to which Fonts.For gives the HAnsi
// face (neither a complex script, nor East Asian, nor a symbol an
// eastAsia hint moves).
func alnumClasses(tab *[0x350]uint8, c rune) (k uint8, ok, latin bool) {
	switch {
	case c < 0x250:
		// No digit outside ASCII is in these ranges.
		k = tab[c]
		ok = k&classLetter != 0
		return k, ok, ok
	case 0x1E00 <= c && c < 0x1F00:
		k = tab[c-0x1E00+0x250]
		ok = k&classLetter != 0
		return k, ok, ok
	case isLetter(c):
		return classesOf(c), true, false
	}
	return 0, unicode.IsDigit(c), false
}

// faceCounts counts letters by face: a stretch of one face is counted
// here and added to the map m when the face changes.
type faceCounts struct {
	face string
	n    int
	m    map[string]int
}

// add counts n letters of face, "" for none.
func (fc *faceCounts) add(face string, n int) {
	if face == "" || n == 0 {
		return
	}
	if face != fc.face {
		fc.flush()
		fc.face = face
	}
	fc.n += n
}

// flush adds the letters counted to m.
func (fc *faceCounts) flush() {
	if fc.n > 0 {
		fc.m[fc.face] += fc.n
		fc.n = 0
	}
}

// sizeCounts counts letters by size: a paragraph has one size or a few.
type sizeCounts []struct{ size, n int }

func (sc *sizeCounts) add(size, n int) {
	for i := range *sc {
		if (*sc)[i].size == size {
			(*sc)[i].n += n
			return
		}
	}
	*sc = append(*sc, struct{ size, n int }{size, n})
}

// most returns the size of the most letters, the smaller of two with as
// many; 0 without letters.
func (sc sizeCounts) most() int {
	size, best := 0, 0
	for _, c := range sc {
		if c.n > best || c.n == best && c.size < size {
			size, best = c.size, c.n
		}
	}
	return size
}

// runSummary is the formatting that most of a paragraph's letters have.
type runSummary struct {
	letters      int
	size         int // half-points, the size of the most letters
	sizes        sizeCounts
	bold, italic int // letters bold, italic
	upper, lower int // letters in capitals, in small letters, as printed
	caps         int // letters Word prints in capitals by the run's All Caps (w:caps), as typed or not
	faces        map[string]int
	align        string
	indent       int // first line, twips (negative: hanging)
	before       int // spacing before, twips
	after        int
	line         int
	lineRule     string
}

// isBold and isItalic: most of the letters are.
func (s runSummary) isBold() bool   { return s.letters > 0 && s.bold*10 >= s.letters*8 }
func (s runSummary) isItalic() bool { return s.letters > 0 && s.italic*10 >= s.letters*8 }
func (s runSummary) notBold() bool  { return s.letters > 0 && s.bold*10 <= s.letters*2 }

// pt writes a size in half-points as a clerk says it: "13", "13,5".
func pt(half int) string {
	s := itoa(half / 2)
	if half%2 == 1 {
		s += ",5"
	}
	return s
}

func itoa(n int) string {
	if n < 0 {
		return "-" + itoa(-n)
	}
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

// trimmed is the text without the spaces and tabs it was positioned with.
func trimmed(s string) string { return strings.Trim(s, " \t\u00a0") }

// allCapsFormat reports whether every letter of s, a line of a Word
// file, is printed in capitals by Word's All Caps (w:caps) rather than
// typed so: turning the format off, not retyping, mends its case. False
// for a text.
func (v *View) allCapsFormat(s *Seg) bool {
	if v.Word == nil || s == nil {
		return false
	}
	at := s.PosAt(0)
	for i := range v.Word.paras {
		wp := &v.Word.paras[i]
		if wp.seg.PosAt(0) == at && wp.seg.Text == s.Text {
			return wp.fmt.letters > 0 && wp.fmt.caps == wp.fmt.letters
		}
	}
	return false
}

// allCapsFix is the fix of a line Word prints in capitals by its All Caps
// format, where what belongs is want: the format turned off, as a clerk
// does it in Word.
func allCapsFix(want string) diag.Text {
	return diag.Msg("chữ hoa do định dạng All caps của Word: chọn dòng, mở hộp Font (Ctrl+D), bỏ chọn \"All caps\" (Tất cả chữ hoa); dòng phải hiện là %q",
		"the capitals come from Word's All caps format: select the line, open the Font box (Ctrl+D), clear \"All caps\"; the line must show %q", want)
}
