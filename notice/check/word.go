package check

import (
	"strings"
	"unicode"

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
	}
	return Text(r.Text, cfg, opts)
}

// Word checks a notice read from a Word file: every rule that runs on a
// text runs on its listing, and the rules of thể thức run on its
// formatting: page, fonts, the size and style of each element, the body,
// page numbers.
func Word(r *reading.Reading, cfg *config.Config, opts Options) diag.List {
	v := FromText(r.Text)
	v.Word = newWordView(r)
	fd := run(v, cfg, &opts)
	return limit(apply(fd.list, directives(r.Text.Path, r.Text.Text, htmlComment)), fd)
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
	// too (cells typed side by side with tabs)
	shared bool
}

func newWordView(r *reading.Reading) *wordView {
	w := &wordView{doc: r.Word, listing: r.Listing}
	shared := map[*docx.Paragraph]int{}
	for _, p := range r.Text.Paras {
		wp := wordPara{Para: p, seg: textSeg(p)}
		wp.docs, wp.fmt = w.formatting(r.Text, p)
		for _, d := range wp.docs {
			shared[d]++
		}
		w.paras = append(w.paras, wp)
	}
	for i := range w.paras {
		for _, d := range w.paras[i].docs {
			if shared[d] > 1 {
				w.paras[i].shared = true
			}
		}
	}
	return w
}

// formatting finds the Word paragraphs the text of p came from (one for a
// paragraph of the listing, several when the reading joined lines) and
// sums up the formatting of its own characters: a cell typed beside
// another with tabs has the formatting of its own runs only.
func (w *wordView) formatting(f *plain.File, p plain.Para) ([]*docx.Paragraph, runSummary) {
	s := runSummary{faces: map[string]int{}}
	sizes := map[int]int{}
	var docs []*docx.Paragraph
	// Letters come in long stretches of one size and one face: they are
	// counted here and added to the maps when the size or face changes.
	size, nSize, face, nFace := 0, 0, "", 0
	// The line and the run of the character before, and the bytes where
	// they hold.
	line, lineLo, lineHi := 0, 0, -1
	var dp *docx.Paragraph
	var run *docx.Run
	runLo, runHi := 0, -1
	for i, c := range p.Text {
		off := p.Offset(i)
		if off < lineLo || off >= lineHi {
			line, lineLo, lineHi = f.LineSpan(off)
			runLo, runHi = 0, -1
		}
		if in := off - lineLo; in < runLo || in >= runHi {
			dp, run, runLo, runHi = w.listing.AtRange(line, in)
		}
		if dp == nil {
			continue
		}
		if len(docs) == 0 || docs[len(docs)-1] != dp {
			docs = append(docs, dp)
		}
		if run == nil || !unicode.IsLetter(c) && !unicode.IsDigit(c) {
			continue
		}
		pr := &run.Props
		s.letters++
		if pr.Size != size || nSize == 0 {
			if nSize > 0 {
				sizes[size] += nSize
			}
			size, nSize = pr.Size, 0
		}
		nSize++
		if pr.Bold {
			s.bold++
		}
		if pr.Italic {
			s.italic++
		}
		if unicode.IsUpper(c) || pr.Caps {
			s.upper++
		} else if unicode.IsLower(c) {
			s.lower++
		}
		if fc := pr.Fonts.For(c); fc != "" {
			if fc != face {
				if nFace > 0 {
					s.faces[face] += nFace
				}
				face, nFace = fc, 0
			}
			nFace++
		}
	}
	if nSize > 0 {
		sizes[size] += nSize
	}
	if nFace > 0 {
		s.faces[face] += nFace
	}
	best := 0
	for size, n := range sizes {
		if n > best || n == best && size < s.size {
			s.size, best = size, n
		}
	}
	if len(docs) > 0 {
		pp := docs[0].Props
		s.align, s.indent = pp.Align, pp.Indent.FirstLine
		s.before, s.after, s.line, s.lineRule = pp.Spacing.Before, pp.Spacing.After, pp.Spacing.Line, pp.Spacing.LineRule
	}
	return docs, s
}

// runSummary is the formatting that most of a paragraph's letters have.
type runSummary struct {
	letters      int
	size         int // half-points, the size of the most letters
	bold, italic int // letters bold, italic
	upper, lower int // letters in capitals, in small letters, as printed
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
