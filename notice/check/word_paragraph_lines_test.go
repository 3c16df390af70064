package check_test

import (
	"sort"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/docx/docxtest"
)

// A body paragraph cut by Shift+Enter before a dash is printed as three
// lines and read as three lines of the listing (i81), but it is one
// paragraph of the file: the rules that judge a paragraph's layout judge
// it once, by its whole text.
const (
	cutParagraph = "Sau khi nghe báo cáo, đồng chí Phạm Thị Hương kết luận như sau:\n- Phòng Tài chính - Kế hoạch huyện báo cáo số thu quý I;\n- Các xã báo cáo số thu của xã."
	shortPieces  = "Tham dự cuộc họp gồm có các đồng chí sau đây:\n- Lãnh đạo Phòng Tài chính - Kế hoạch huyện;\n- Lãnh đạo Chi cục Thuế khu vực Lý Sơn;\n- Chủ tịch Ủy ban nhân dân các xã."
)

// bodyCut is the body with paragraph 1 replaced by text, every body
// paragraph in pPr, its runs in rPr (14 pt for "").
func bodyCut(pPr, rPr, text string) func(int, string) string {
	if rPr == "" {
		rPr = tnr + sz(28)
	}
	return func(i int, s string) string {
		if i == 1 {
			s = text
		}
		return docxtest.P(pPr, docxtest.R(rPr, s))
	}
}

// TestWordParagraphLinesCountOnce: body-format counts the paragraphs of
// the file, not the printed lines of one paragraph cut by Shift+Enter
// (main said "6 đoạn" of the notice's 4 paragraphs), and does not measure
// the space between two lines of one paragraph as the space between
// paragraphs.
func TestWordParagraphLinesCountOnce(t *testing.T) {
	tests := []struct {
		name, pPr, rPr, want string
	}{
		{"no first-line indent", `<w:jc w:val="both"/><w:ind w:firstLine="0"/><w:spacing w:before="120" w:after="0"/>`, "",
			"body-format: 4 đoạn nội dung không lùi đầu dòng 1 cm hoặc 1,27 cm (đoạn này: lùi đầu dòng 0 cm)"},
		{"no space between paragraphs", `<w:jc w:val="both"/><w:ind w:firstLine="720"/><w:spacing w:before="0" w:after="0"/>`, "",
			"body-format: 3 đoạn nội dung cách đoạn trên ít hơn 6 pt (đoạn này: cách đoạn trên 0 pt)"},
		{"line spacing 0.8", `<w:jc w:val="both"/><w:ind w:firstLine="720"/><w:spacing w:before="120" w:after="0" w:line="192" w:lineRule="auto"/>`, "",
			"body-format: 4 đoạn nội dung có giãn dòng ngoài khoảng từ dòng đơn đến 1,5 dòng (đoạn này: giãn dòng 0,8 dòng)"},
		{"12 pt", bodyPPr, tnr + sz(24), "body-format: 4 đoạn nội dung không có cỡ chữ 13-14 (đoạn này: cỡ 12)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := wordNotice{body: bodyCut(tc.pPr, tc.rPr, cutParagraph)}.findings(t)
			if len(got) != 1 || got[0] != tc.want {
				t.Errorf("got\n%s\nwant exactly\n%s", strings.Join(got, "\n"), tc.want)
			}
		})
	}
}

// TestWordParagraphLinesAlignedWhole: a left-aligned paragraph is not
// justified by its whole length, though each of its lines cut by
// Shift+Enter is 90 letters or fewer (main said nothing).
func TestWordParagraphLinesAlignedWhole(t *testing.T) {
	n := wordNotice{body: func(i int, s string) string {
		pPr := bodyPPr
		if i == 1 {
			s, pPr = shortPieces, strings.Replace(bodyPPr, `"both"`, `"left"`, 1)
		}
		return docxtest.P(pPr, docxtest.R(tnr+sz(28), s))
	}}
	want := "body-format: 1 đoạn nội dung không canh đều hai lề (đoạn này: canh trái)"
	if got := n.findings(t); len(got) != 1 || got[0] != want {
		t.Errorf("got\n%s\nwant exactly\n%s", strings.Join(got, "\n"), want)
	}
}

// TestWordParagraphLinesLawful: a lawful body whose paragraph is cut by
// Shift+Enter before its dashes gets no finding.
func TestWordParagraphLinesLawful(t *testing.T) {
	if got := (wordNotice{body: bodyCut(bodyPPr, "", shortPieces)}).findings(t); len(got) != 0 {
		t.Errorf("findings on a lawful notice:\n%s", strings.Join(got, "\n"))
	}
}

// TestWordParagraphLinesFirstIndent: the first-line indent moves the
// first printed line of a paragraph only; the Tiêu ngữ typed after the
// Quốc hiệu with Shift+Enter in a centred paragraph indented 1,27 cm is
// centred (main told both lines).
func TestWordParagraphLinesFirstIndent(t *testing.T) {
	n := wordNotice{header: func(c, i int, s string) string {
		switch {
		case c == 1 && i == 0:
			return docxtest.P(`<w:jc w:val="center"/><w:ind w:firstLine="720"/>`, docxtest.R(tnr+"<w:b/>"+sz(26), s+"\n"),
				docxtest.R(tnr+"<w:b/>"+sz(28), headerCells[1][1].text))
		case c == 1 && i == 1:
			return ""
		}
		return docxtest.P(center, docxtest.R(headerCells[c][i].rPr, s))
	}}
	want := "element-format: Quốc hiệu: canh giữa nhưng thụt dòng đầu 1,27 cm, dòng lệch khỏi giữa; bỏ thụt dòng đầu"
	if got := n.findings(t); len(got) != 1 || got[0] != want {
		t.Errorf("got\n%s\nwant exactly\n%s", strings.Join(got, "\n"), want)
	}
}

// TestWordParagraphLinesElsewhere: a paragraph printed as several lines
// by a w:cr, in the cell of a table of one column, and in a text box is
// one paragraph too (main said "4 đoạn" not indented and nothing of its
// alignment, or, for the w:cr, counted each line).
func TestWordParagraphLinesElsewhere(t *testing.T) {
	p := docxtest.P(`<w:jc w:val="left"/><w:ind w:firstLine="0"/><w:spacing w:before="120" w:after="0"/>`, docxtest.R(tnr+sz(28), shortPieces))
	for name, carry := range map[string]string{
		"w:cr":                  strings.ReplaceAll(p, "<w:br/>", "<w:cr/>"),
		"a table of one column": docxtest.Table("", docxtest.Row(docxtest.Cell(p))),
		"a text box":            docxtest.P(bodyPPr, docxtest.TextBoxAt(0, 0, p)),
	} {
		t.Run(name, func(t *testing.T) {
			n := wordNotice{body: func(i int, s string) string {
				if i == 1 {
					return carry
				}
				return docxtest.P(bodyPPr, docxtest.R(tnr+sz(28), s))
			}}
			got := n.findings(t)
			sort.Strings(got) // both stand on the paragraph's first line
			want := "body-format: 1 đoạn nội dung không canh đều hai lề (đoạn này: canh trái)\n" +
				"body-format: 1 đoạn nội dung không lùi đầu dòng 1 cm hoặc 1,27 cm (đoạn này: lùi đầu dòng 0 cm)"
			if strings.Join(got, "\n") != want {
				t.Errorf("got\n%s\nwant exactly\n%s", strings.Join(got, "\n"), want)
			}
		})
	}
}
