package check

import (
	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
)

func init() {
	register(&Rule{ID: "body-format", Severity: diag.Warning, Ref: diag.RefBody, Run: bodyFormat,
		Title: diag.Msg("phần nội dung cỡ 13-14, chữ đứng không đậm, canh đều hai lề, lùi đầu dòng 1-1,27 cm, cách đoạn từ 6pt, giãn dòng từ đơn đến 1,5", "the body: 13-14 pt, upright and not bold, justified, first line indented 1-1.27 cm, 6 pt or more between paragraphs, single to 1.5 line spacing"),
		Help:  diag.Msg("chọn các đoạn nội dung và đặt lại trong hộp thoại Đoạn văn (Paragraph)", "select the body paragraphs and set them again in the Paragraph dialog")})
}

// bodyFault is one way body paragraphs can differ from the decree, with
// how many do and the first that does.
type bodyFault struct {
	count int
	first *wordPara
	what  diag.Text // of the first
}

func (b *bodyFault) add(wp *wordPara, what diag.Text) {
	if b.count++; b.first == nil {
		b.first, b.what = wp, what
	}
}

func bodyFormat(p *Pass) {
	w := p.View.Word
	if w == nil {
		return
	}
	var size, align, indent, gap, lines, bold bodyFault
	long := 0 // the paragraphs long enough to be no heading nor a point's title (as align reads them)
	var prev *bodyPara
	paras := w.bodyParas() // body_paras.go
	for i := range paras {
		bp := &paras[i]
		wp, f := bp.first, bp.fmt
		if !bp.follows {
			prev = nil
		}
		if f.letters == 0 {
			prev = nil
			continue
		}
		if f.size != 0 && (f.size < 26 || f.size > 28) {
			size.add(wp, diag.Msg("cỡ %s", "%s pt", pt(f.size)))
		}
		heading := wp.Marker != "" && cite.RomanValue(trimDot(wp.Marker)) > 0 || f.align == "center" && bp.runes <= centredLineMax
		if !heading && f.align != "both" && f.align != "distribute" && bp.runes > 90 {
			align.add(wp, diag.Msg("canh %s", "aligned %s", alignName(f.align)))
		}
		start := firstLineStart(wp.docs[0].Props.Indent, f.size)
		if _, tab := leadSpaces(wp.docs[0].Text); wp.start == 0 && !tab && f.align != "center" && (start < 540 || start > 740) {
			indent.add(wp, diag.Msg("lùi đầu dòng %s cm", "first line at %s cm", cm(start)))
		}
		if prev != nil {
			above := prev.last.docs[len(prev.last.docs)-1].Props.Spacing
			between := spaceAfter(above) + spaceBefore(wp.docs[0].Props.Spacing)
			auto := above.AfterAuto || wp.docs[0].Props.Spacing.BeforeAuto
			if between < 115 && !auto {
				gap.add(wp, diag.Msg("cách đoạn trên %s pt", "%s pt from the paragraph above", pt(between/10)))
			}
		}
		if ok, what := lineSpacing(f); !ok {
			lines.add(wp, what)
		}
		if !heading && bp.runes > 90 {
			if long++; f.isBold() {
				bold.add(wp, diag.Msg("in đậm", "bold"))
			}
		}
		prev = bp
		if f.align == "center" {
			prev = nil // a centred line ("(Theo Kế hoạch ...)") is no paragraph of the text to space from
		}
	}
	// want says what the paragraphs are not, in Vietnamese, and in
	// English for one paragraph and for several.
	report := func(b bodyFault, vi, one, many string) {
		if b.count == 0 {
			return
		}
		en := "%d body paragraphs " + many + " (this one: %s)"
		if b.count == 1 {
			en = "%d body paragraph " + one + " (this one: %s)"
		}
		p.Report(&b.first.seg, 0, diag.Msg("%d đoạn nội dung "+vi+" (đoạn này: %s)", en, b.count, b.what))
	}
	report(size, "không có cỡ chữ 13-14", "is not 13-14 pt", "are not 13-14 pt")
	report(align, "không canh đều hai lề", "is not justified", "are not justified")
	report(indent, "không lùi đầu dòng 1 cm hoặc 1,27 cm", "is not indented 1 cm or 1.27 cm", "are not indented 1 cm or 1.27 cm")
	report(gap, "cách đoạn trên ít hơn 6 pt", "is less than 6 pt from the paragraph above", "are less than 6 pt from the paragraph above")
	report(lines, "có giãn dòng ngoài khoảng từ dòng đơn đến 1,5 dòng", "has line spacing outside single to 1.5 lines", "have line spacing outside single to 1.5 lines")
	if bold.count >= 2 && bold.count == long {
		// every paragraph of the text in bold: the body is set upright and
		// regular (Phụ lục I, Mục V: "đứng"); one paragraph bold among
		// regular ones is an office's emphasis, left
		p.Report(&bold.first.seg, 0, diag.Msg("%d đoạn nội dung in đậm; phần nội dung viết chữ đứng, không đậm", "%d body paragraphs are bold; the body is set upright, not bold", bold.count),
			diag.Msg("chọn các đoạn nội dung và bỏ in đậm (Ctrl+B)", "select the body paragraphs and take off the bold (Ctrl+B)"))
	}
}

// centredLineMax is the longest centred line of the body taken for a
// heading or a line such as "(Theo Kế hoạch ...)": two printed lines of
// 14 pt on A4. A centred paragraph longer than that is text that was not
// justified.
const centredLineMax = 160

// lineSpacing checks "khoảng cách giữa các dòng tối thiểu là dòng đơn,
// tối đa là 1,5 dòng" (Phụ lục I, Mục II, khoản 6, điểm e). Word's "auto"
// (Multiple) counts in 240ths of a line: 1 to 1.5 lines, a little room
// for rounding. An exact or at-least height in twips is measured against
// the font: a single line of Times New Roman is about 1.15 times its
// size, 1.5 lines about 1.73 times. Offices set "exactly 17 pt" or
// "exactly 18 pt" for 14 pt text (1.05 and 1.1 lines), which is what the
// decree means by single to 1.5 lines; anything from the font's size
// (0.87 of a single line: a tight single line, not a cramped text) to
// 1.75 times it passes. Below the size the lines touch; above, they are
// more than 1.5 lines apart.
func lineSpacing(f runSummary) (bool, diag.Text) {
	switch f.lineRule {
	case "", "auto":
		if f.line == 0 || f.line >= 235 && f.line <= 365 {
			return true, diag.Text{}
		}
		return false, diag.Msg("giãn dòng %s", "line spacing %s", lines(f.line))
	case "exact", "atLeast":
		size := f.size * 10 // twips of the font
		if size == 0 || f.lineRule == "atLeast" && f.line <= size*115/100 || f.line >= size && f.line <= size*175/100 {
			return true, diag.Text{}
		}
		return false, diag.Msg("giãn dòng %s pt", "line spacing %s pt", pt(f.line/10))
	}
	return true, diag.Text{}
}

// lines writes Word's 240ths of a line as lines: "1,15 dòng".
func lines(line int) diag.Text {
	return diag.Msg("%s dòng", "%s lines", dec(float64(line)/240))
}

func cm(twips int) string { return dec(float64(twips) / 567) }

// dec writes a number with at most two decimals and a decimal comma, as
// Vietnamese text writes it.
func dec(v float64) string {
	neg := v < 0
	if neg {
		v = -v
	}
	n := int(v*100 + 0.5)
	s := itoa(n / 100)
	if c := n % 100; c != 0 {
		s += "," + itoa(c/10)
		if c%10 != 0 {
			s += itoa(c % 10)
		}
	}
	if neg {
		s = "-" + s
	}
	return s
}

func trimDot(m string) string {
	if n := len(m); n > 0 && m[n-1] == '.' {
		return m[:n-1]
	}
	return m
}
