package pdf

import (
	"strings"
	"testing"

	"github.com/thongbao/thongbao/fonts"
)

// bodyLine is a line of the body with what the page-break rules need to
// know about it.
type bodyLine struct {
	textLine
	first bool // the first line of its paragraph: indented
	bare  bool // a line of a heading with no text of its own: all bold
}

func bodyLines(l *Layout) []bodyLine {
	var out []bodyLine
	for _, ln := range linesOf(l, RoleBody, RoleHeading) {
		bare := true
		for _, b := range ln.boxes {
			bare = bare && b.Role == RoleHeading && b.Style&fonts.Bold != 0
		}
		out = append(out, bodyLine{textLine: ln, first: near(ln.left, TextLeft+Indent), bare: bare})
	}
	return out
}

// checkPageBreaks fails when a page ends with a paragraph's first line
// alone (an orphan) or a heading with nothing of its text under it, or
// starts with a paragraph's last line alone (a widow).
func checkPageBreaks(t *testing.T, name string, l *Layout) {
	t.Helper()
	ls := bodyLines(l)
	for k := 0; k+1 < len(ls); k++ {
		end, next := ls[k], ls[k+1]
		if end.page == next.page {
			continue
		}
		if end.bare {
			t.Errorf("%s: page %d ends with the heading %q", name, end.page, end.text())
		}
		if end.first && !next.first {
			t.Errorf("%s: page %d ends with the first line of a paragraph alone: %q", name, end.page, end.text())
		}
		widow := k+2 >= len(ls) || ls[k+2].page != next.page || ls[k+2].first
		if !next.first && widow && !strings.HasSuffix(next.text(), "./.") {
			t.Errorf("%s: page %d starts with the last line of a paragraph alone: %q", name, next.page, next.text())
		}
	}
}

// A heading keeps with two lines of what follows and no more; a paragraph
// breaks where the page ends, but never leaves one line alone; a heading
// with text run into it is a paragraph, kept with nothing.
func TestHeadingKeepsWithTwoLines(t *testing.T) {
	long := strings.Repeat("Tiếp tục rà soát, hoàn thiện các quy trình nội bộ và báo cáo kết quả thực hiện đúng thời hạn; ", 9)
	lead := leading(SizeBody, LineFactor)
	for n := 12; n < 44; n++ {
		src := baseSrc + "[assessment]\nresults = [" + strings.Repeat("\"Đoạn một dòng.\",", n) + "]\n" +
			"[[sections]]\ntitle = \"Nhiệm vụ trọng tâm trong thời gian tới\"\nparagraphs = [\"" + long + "\"]\n" +
			"[[sections]]\nassignee = \"Phòng Văn hóa và Thông tin\"\ntext = \"" + long + "\"\n" +
			"[[sections]]\ntitle = \"Tổ chức thực hiện\"\nparagraphs = [\"" + long + "\", \"" + long + "\"]\n"
		l := laySource(t, src)
		name := "fillers " + itoa(n)
		checkPageBreaks(t, name, l)
		ls := bodyLines(l)
		closing := len(ls) - 1 // the closing goes with the signature block: it has rules of its own
		for !ls[closing].first {
			closing--
		}
		for k := 0; k+1 < closing; k++ {
			end, next := ls[k], ls[k+1]
			if end.page == next.page {
				continue
			}
			// What was left at the foot of the page must have been too
			// little for what the next page starts with.
			room := Bottom - end.y - descent(SizeBody)
			need := 2 * lead // a paragraph broken at the page end: one line would be a widow
			if next.first {
				need = ParaSpace + 3*lead // a new paragraph: two lines, or a third one that would be a widow
			}
			if next.bare {
				need = 2*ParaSpace + 4*lead // the heading, and two lines of the paragraph after it
			}
			if room >= need {
				t.Errorf("%s: page %d ends %.1f mm short before %q", name, end.page, room, next.text())
			}
		}
	}
}

// The seeds break their pages as Word's widow and orphan control would.
func TestPageBreaksOfSeeds(t *testing.T) {
	for _, p := range seedPaths(t) {
		_, l := layFile(t, p, Options{})
		checkPageBreaks(t, p, l)
	}
}
