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
}

func newWordView(r *reading.Reading) *wordView {
	w := &wordView{doc: r.Word, listing: r.Listing}
	for _, p := range r.Text.Paras {
		wp := wordPara{Para: p, seg: textSeg(p)}
		wp.docs = w.sources(r.Text, p)
		wp.fmt = summarise(wp.docs)
		w.paras = append(w.paras, wp)
	}
	return w
}

// sources finds the Word paragraphs the text of p came from: one for a
// paragraph of the listing, several when the reading joined lines.
func (w *wordView) sources(f *plain.File, p plain.Para) []*docx.Paragraph {
	var out []*docx.Paragraph
	lastLine := 0
	for i := 0; i < len(p.Text); i++ {
		line, in := f.LineOffset(p.Offset(i))
		if line == lastLine && i > 0 {
			continue
		}
		lastLine = line
		if dp, _ := w.listing.At(line, in); dp != nil && (len(out) == 0 || out[len(out)-1] != dp) {
			out = append(out, dp)
		}
	}
	return out
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

func summarise(ps []*docx.Paragraph) runSummary {
	s := runSummary{faces: map[string]int{}}
	sizes := map[int]int{}
	for i, p := range ps {
		if i == 0 {
			pp := p.Props
			s.align, s.indent = pp.Align, pp.Indent.FirstLine
			s.before, s.after, s.line, s.lineRule = pp.Spacing.Before, pp.Spacing.After, pp.Spacing.Line, pp.Spacing.LineRule
		}
		for _, r := range p.Runs {
			for _, c := range r.Text {
				if !unicode.IsLetter(c) && !unicode.IsDigit(c) {
					continue
				}
				s.letters++
				sizes[r.Props.Size]++
				if r.Props.Bold {
					s.bold++
				}
				if r.Props.Italic {
					s.italic++
				}
				if unicode.IsUpper(c) || r.Props.Caps {
					s.upper++
				} else if unicode.IsLower(c) {
					s.lower++
				}
				if face := r.Props.Fonts.For(c); face != "" {
					s.faces[face]++
				}
			}
		}
	}
	best := 0
	for size, n := range sizes {
		if n > best || n == best && size < s.size {
			s.size, best = size, n
		}
	}
	return s
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
