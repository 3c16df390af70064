package check

import (
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/thongbao/thongbao/notice/docx"
	"github.com/thongbao/thongbao/notice/docx/docxtest"
	"github.com/thongbao/thongbao/notice/plain"
	"github.com/thongbao/thongbao/notice/reading"
)

// formattingByChar is formatting as it was before it walked the text by
// stretches, looking at each character: the reference the walk is held
// to.
func (w *wordView) formattingByChar(f *plain.File, p plain.Para) ([]*docx.Paragraph, runSummary) {
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
		if pr.Caps {
			s.caps++
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
		s.sizes = append(s.sizes, struct{ size, n int }{size, n})
	}
	sortSizes(s.sizes)
	if len(docs) > 0 {
		pp := docs[0].Props
		s.align, s.indent = pp.Align, pp.Indent.FirstLine
		s.before, s.after, s.line, s.lineRule = pp.Spacing.Before, pp.Spacing.After, pp.Spacing.Line, pp.Spacing.LineRule
	}
	return docs, s
}

// sortSizes puts the counts of sizes in the order of the sizes.
func sortSizes(sc sizeCounts) {
	sort.Slice(sc, func(i, j int) bool { return sc[i].size < sc[j].size })
}

// sameFormatting fails t where the view of r differs from what
// formattingByChar finds.
func sameFormatting(t *testing.T, name string, r *reading.Reading) {
	t.Helper()
	w := newWordView(r)
	for i, wp := range w.paras {
		docs, s := w.formattingByChar(r.Text, wp.Para)
		wp.fmt.sizes = append(sizeCounts(nil), wp.fmt.sizes...)
		sortSizes(wp.fmt.sizes) // the walk counts sizes in the order it meets them
		if !reflect.DeepEqual(wp.docs, docs) || !reflect.DeepEqual(wp.fmt, s) {
			t.Errorf("%s: paragraph %d %q:\n got %+v\nwant %+v", name, i, wp.Text, wp.fmt, s)
		}
	}
}

// TestFormattingByStretches holds the view's walk by stretches to the
// walk character by character, on every Word file of testdata and on
// files made to mix runs, scripts, faces, sizes and cells.
func TestFormattingByStretches(t *testing.T) {
	var files []string
	for _, g := range []string{"../../testdata/*/*.docx", "../docx/testdata/*/*.docx"} {
		m, _ := filepath.Glob(g)
		files = append(files, m...)
	}
	n := 0
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		r, err := reading.Read(f, src)
		if err != nil {
			continue // the broken files
		}
		sameFormatting(t, f, r)
		n++
	}
	if n < 10 {
		t.Fatalf("only %d Word files read", n)
	}
	for name, body := range mixedBodies() {
		path := name + ".docx"
		r, err := reading.Read(path, docxtest.Doc{Body: body}.Bytes())
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		sameFormatting(t, name, r)
	}
}

// mixedBodies are bodies whose paragraphs change run, face, size or
// script within words and lines.
func mixedBodies() map[string]string {
	const (
		tnr   = `<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>`
		vn    = `<w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/>`
		arial = `<w:rFonts w:ascii="Arial" w:hAnsi="Tahoma" w:eastAsia="MS Mincho" w:cs="Mangal" w:hint="eastAsia"/>`
	)
	r := docxtest.R
	p := docxtest.P
	return map[string]string{
		"runs": p("", r(tnr+`<w:sz w:val="28"/>`, "Thông báo kết "), r(tnr+`<w:b/><w:sz w:val="26"/>`, "luận"), r(vn, " của Chủ tịch UBND"), r(`<w:caps/>`, " huyện 2023")) +
			p(`<w:jc w:val="center"/>`, r(tnr+`<w:i/>`, "Lý Sơn, ngày 22 tháng 02 năm 2023")),
		"scripts": p("", r(arial, "Tiếng Việt, 日本語 «quoted» – ٣٤٥ हिन्दी ĐẶNG ǅ ǈ Ⅻ ⅻ ½ ²"), r("", "ΑΒΓ αβγ Ꭰ 𝔄𝔅"), r(arial+`<w:caps/>`, "đ ư ơ 9")),
		"tabs": p("", r(tnr, "UBND HUYỆN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")) +
			p("", r(tnr+`<w:b/>`, "VĂN PHÒNG"), r(tnr, "\t\tĐộc lập - Tự do - Hạnh phúc")),
		"cells": docxtest.Table("", docxtest.Row(
			docxtest.Cell(p("", r(tnr, "Số: 12/TB-"), r(tnr+`<w:b/>`, "UBND")), p("", r("", "dòng hai"))),
			docxtest.Cell(p("", r(vn+`<w:sz w:val="26"/>`, "Kính gửi: "), r(tnr, "các cơ quan")), p("", r(tnr, "x"))),
		)),
		"broken lines": p("", r(tnr, "Một dòng\nbị ngắt\tgiữa "), r(tnr+`<w:sz w:val="24"/>`, "chừng"), r(tnr, strings.Repeat("ạ", 40))),
	}
}

// TestAlnumClasses holds alnumClasses and asciiClasses to the unicode
// package and Fonts.For.
func TestAlnumClasses(t *testing.T) {
	tab := runeClasses()
	fonts := docx.Fonts{ASCII: "a", HAnsi: "h", EastAsia: "e", CS: "c"}
	for c := rune(0); c <= unicode.MaxRune; c++ {
		alnum := unicode.IsLetter(c) || unicode.IsDigit(c)
		var k uint8
		var ok, latin bool
		if c < 0x80 {
			k = asciiClasses[c]
			ok = k != 0
		} else {
			k, ok, latin = alnumClasses(tab, c)
		}
		if ok != alnum {
			t.Fatalf("%U: letter or digit %v, want %v", c, ok, alnum)
		}
		if !ok {
			continue
		}
		if up := k&classUpper != 0; up != unicode.IsUpper(c) {
			t.Fatalf("%U: upper %v", c, up)
		}
		if low := k&classLower != 0; low != (!unicode.IsUpper(c) && unicode.IsLower(c)) {
			t.Fatalf("%U: lower %v", c, low)
		}
		for _, hint := range []string{"", "eastAsia", "cs"} {
			fonts.Hint = hint
			if latin && fonts.For(c) != fonts.HAnsi {
				t.Fatalf("%U: Latin, but Fonts.For with hint %q gives %q", c, hint, fonts.For(c))
			}
		}
	}
}
