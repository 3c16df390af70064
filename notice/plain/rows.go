package plain

import (
	"strings"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// rowOrLine reads one line of the file: a table row, its cells apart, or
// a line. md says the text may be Markdown.
func rowOrLine(r rawLine, md bool) line {
	t := strings.TrimSpace(r.s)
	if md && strings.HasPrefix(t, "|") && (strings.HasSuffix(t, "|") && len(t) > 1 || tableRule().MatchString(t)) {
		return tableLine(r.s, r.off, r.num)
	}
	if spans := pipeCells(r.s); spans != nil {
		return row(r, spans, md)
	}
	if spans := tabCells(r.s); spans != nil {
		return row(r, spans, md)
	}
	return cleanLine(r.s, r.off, r.num, md)
}

// topLines is how many lines of text a header takes at most.
const topLines = 12

// headerRows reads the lines of a text: at its top, before the tên loại,
// the trích yếu or "Kính gửi", a line that is no row already and holds both cells of a header row
// parted by a space (headerCells) is read as that row; every other line
// as rowOrLine does. A Word file's listing (word) has no post title over
// its notice.
func headerRows(raws []rawLine, md, word bool) []line {
	out := make([]line, 0, len(raws))
	seen := 0
	below := false // under the tên loại, the trích yếu or Kính gửi
	for _, r := range raws {
		t := strings.TrimSpace(r.s)
		if t != "" {
			seen++
		}
		l := rowOrLine(r, md)
		if r.note != "" {
			l.note = r.note // a footnote from a page's foot (page_notes.go)
		}
		if r.cell && l.cells == nil && l.text != "" {
			l = line{num: l.num, cells: []line{l}} // a table's cell on a page's text layer (page_table_cells.go)
		}
		// below is only ever set with seen past topLines, so under a tên
		// loại, trích yếu or Kính gửi what opens is no longer asked
		opens := !below && (isTitle(t) || aboutRe().MatchString(t) || addresseeRe().MatchString(t))
		if below && t == "|" {
			l = line{num: r.num} // a library's cell mark alone on its line under the tên loại, between the body and the signature
		} else if seen > topLines || opens {
			below = below || opens
			seen = topLines + 1
		} else if spans := headerCells(r.s); spans != nil && l.cells == nil && !l.md {
			l = row(r, spans, md)
		}
		out = append(out, l)
	}
	spacedPairs(out, raws, md) // end_spaced_pair.go
	markCopyNotes(out, raws)   // copy_notes.go
	dropPlaceholders(out)      // placeholder.go
	loneCellMarks(out, raws, md)
	cutChunkLabels(out)    // chunk_label.go
	markRecord(out)        // page_record.go
	markPostFields(out)    // page_fields.go
	cutGluedViews(out)     // page_views_tail.go
	markTail(out)          // page_tail.go
	markRepeatedPost(out)  // page_repeat.go
	markAfterSignOff(out)  // page_initials.go
	markCloseNote(out)     // close_tail.go
	markFooter(out)        // page_footer.go
	markStamps(out)        // page_stamps.go
	stampedTitle(out)      // page_stamped_title.go
	markPostFurniture(out) // page_post_furniture.go
	imageCaptions(out)     // page_image_name.go
	stamps := dropChrome(out)
	cutCaption(out) // page_caption.go
	dropEchoes(out) // title_echo.go
	dropRepeatedTitles(out)
	markRepeatedHeadlines(out) // headline_repeat.go
	markPage(out, stamps, word)
	return runInParted(mottoParted(joinSessionPieces(joinBrokenCells(out)))) // broken_cells.go, session_broken.go, motto_joined.go, run_in.go
}

// markdownTables reports whether a text, whatever its layout, writes its
// tables in Markdown ("| --- | --- |" under a row): a converter's output
// saved as text, whose emphasis marks ("*Nơi nhận:*") are markup too.
func markdownTables(raws []rawLine) bool {
	for _, r := range raws {
		if t := strings.TrimSpace(r.s); strings.Contains(t, "|") && tableRule().MatchString(t) {
			return true
		}
	}
	return false
}

// span is a cell of a row: bytes [a, b) of the line.
type span struct{ a, b int }

// row reads the cells of a row; the first is the left column, the others
// the right one. A row whose cells are all empty is an empty line.
func row(r rawLine, spans []span, md bool) line {
	l := line{num: r.num}
	empty := true
	for i, s := range spans {
		col := Right
		if i == 0 {
			col = Left
		}
		for _, c := range cellLines(r.s[s.a:s.b], r.off+s.a, r.num, md, col) {
			if c.text != "" {
				empty = false
			}
			l.cells = append(l.cells, c)
		}
	}
	if empty {
		return line{num: r.num}
	}
	return l
}

// pipeCells splits a row written "left | right" (a Word table row in a
// listing, or typed so): every "|" with white space or the line's end on
// each side parts two cells; " | right" has an empty left cell. Nil when
// the line has no such "|".
func pipeCells(s string) []span {
	cuts := PipeCuts(s)
	if len(cuts) == 0 || strings.TrimSpace(strings.ReplaceAll(s, "|", "")) == "" {
		return nil
	}
	var out []span
	start := 0
	for _, c := range cuts {
		out = append(out, span{start, c})
		start = c + 1
	}
	out = append(out, span{start, len(s)})
	// "| a | b |": the first and last "|" are the table's border, not
	// the edges of empty cells
	t := strings.TrimSpace(s)
	if len(out) > 2 && strings.HasPrefix(t, "|") && strings.HasSuffix(t, "|") {
		out = out[1 : len(out)-1]
	}
	return out
}

// PipeCuts are the offsets of the "|" of a line that part a row's cells:
// white space or the line's end on each side, not escaped ("\|").
func PipeCuts(s string) []int {
	var cuts []int
	for i := 0; i < len(s); i++ {
		if s[i] != '|' || i > 0 && s[i-1] == '\\' {
			continue
		}
		before := i == 0 || s[i-1] == ' ' || s[i-1] == '\t'
		after := i+1 == len(s) || s[i+1] == ' ' || s[i+1] == '\t'
		if before && after {
			cuts = append(cuts, i)
		}
	}
	return cuts
}

// cellMarker is a left part that a tab follows without making a cell: a
// numbering marker ("1.\tText", as Word writes a numbered list) or a label
// that a tab aligns ("Kính gửi:\tSở Tài chính").
var cellMarker = lazyre.New(`^(?:[IVXL]{1,6}\.|\d{1,2}(?:\.\d{1,2})*\.?|[a-zđ]{1,2}\)|[-+•*]|(?i:kính\s*gửi)\s*:)$`)

// inSentence reports whether a tab after part, rest following it, stands
// inside a sentence, typed for a space: the text before it is long and
// not finished, which the last paragraph of a cell hardly is, and what
// follows is no text that opens a cell of its own and never goes on with
// a sentence: the Quốc hiệu or the Tiêu ngữ (a Công văn's long trích yếu,
// the last paragraph of the header's left cell, beside them), the place
// and date, a signer's authority ("KT. CHỦ TỊCH"). Nor is a run of tabs
// (an empty cell between two, as a table of three columns is saved) a
// space typed in a sentence.
func inSentence(part, rest string) bool {
	if utf8.RuneCountInString(part) <= 100 || finished(part) || strings.HasPrefix(rest, "\t") {
		return false
	}
	rest = strings.TrimLeft(rest, " \t")
	return !mottoRe().MatchString(rest) && !authorityLine(rest) && !placeDateRe().MatchString(rest)
}

// tabCells splits a row whose cells a tab parts, as Word saves a table as
// text. Tabs before or after the text are indentation, not cells; a tab
// after a numbering marker is part of the paragraph. Nil when no tab
// parts two texts.
func tabCells(s string) []span {
	a := len(s) - len(strings.TrimLeft(s, " \t"))
	b := len(strings.TrimRight(s, " \t"))
	if a >= b || !strings.Contains(s[a:b], "\t") {
		return nil
	}
	var out []span
	start := a
	for i := a; i < b; i++ {
		if s[i] != '\t' {
			continue
		}
		end := len(strings.TrimRight(s[start:i], " "))
		part := strings.TrimSpace(s[start : start+end])
		if len(out) == 0 && (cellMarker().MatchString(part) || itemSentence(part, s[i+1:b])) || inSentence(part, s[i+1:b]) {
			continue
		}
		out = append(out, span{start, start + end})
		j := i
		for j < b && (s[j] == '\t' || s[j] == ' ') {
			if s[j] == '\t' && j > i {
				out = append(out, span{j, j}) // an empty cell between two tabs
			}
			j++
		}
		start, i = j, j-1
	}
	if len(out) == 0 {
		return nil
	}
	return append(out, span{start, b})
}

var (
	// fixedFormRe finds the fixed forms of a header's right cell after
	// the text of its left one on the same line: the Quốc hiệu after the
	// issuer, the Tiêu ngữ after the issuer's second line.
	fixedFormRe = lazyre.New(`^(\P{Ll}+?)\s+(CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM|(?i:độc lập\s*[-–—]\s*tự do\s*[-–—]\s*hạnh phúc))\s*$`)
	// numberDateRe is the number followed by the place and date: "Số:
	// 454/UBND-NCTH Vị Thanh, ngày 6 tháng 4 năm 2011". A ký hiệu typed
	// with a space after a hyphen ("24 / PGD&ĐT- GDMN Thọ Xuân, ngày ...")
	// keeps the group after the hyphen, in capitals, in the number.
	numberDateRe = lazyre.New(`^(\s*Số\s*:?[\s\d.…_]*(?:[-–]\s*\p{Lu}[\d&.\p{Lu}]*\s*)?/\s*(?:[^\s,]*[-–]\s+\p{Lu}[\d&.\p{Lu}]*(?:[-–][^\s,]+)?|[^\s,]+))\s+(\p{Lu}[^,]{0,40},\s*ngày\b.*\btháng\b.*\bnăm.*)$`)
	// orgFormRe finds, after the issuer's name and a run of spaces, the
	// line the Đảng's and the Đoàn's documents write at the right of the
	// header where a state document writes the Quốc hiệu ("BAN CHẤP HÀNH
	// TRUNG ƯƠNG          ĐOÀN TNCS HỒ CHÍ MINH"). Parted by one space the
	// two are one name ("BAN CHẤP HÀNH TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH").
	orgFormRe = lazyre.New(`^(\P{Ll}+?)[ \t]{4,}(ĐẢNG CỘNG SẢN VIỆT NAM|ĐOÀN TNCS HỒ CHÍ MINH|ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH)\s*$`)
)

// headerCells splits a line of a header that a web page writes as the
// header table's two cells parted by one space ("ỦY BAN NHÂN DÂN CỘNG HÒA
// XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 454/UBND-NCTH Vị Thanh, ngày 6 tháng 4
// năm 2011") at the fixed forms of the right cell, which text precedes;
// nil when the line is no such row.
func headerCells(s string) []span {
	var m []int
	if mayHoldFixedForm(s) {
		m = fixedFormRe().FindStringSubmatchIndex(s)
	}
	if m == nil && mayHoldOrgForm(s) {
		m = orgFormRe().FindStringSubmatchIndex(s)
	}
	if m == nil && strings.Contains(s, "Số") && strings.Contains(s, "ngày") {
		m = numberDateRe().FindStringSubmatchIndex(s)
	}
	if m == nil || strings.TrimSpace(s[m[2]:m[3]]) == "" || strings.HasSuffix(s[m[2]:m[3]], "NGHĨA VIỆT NAM") {
		// the Quốc hiệu and the Tiêu ngữ of one cell; an issuer's line
		// ending "VIỆT NAM" (a Tập đoàn's, a Ngân hàng's) is split
		return nil
	}
	return []span{{m[2], m[3]}, {m[4], m[5]}}
}

// mayHoldFixedForm reports whether s holds what every match of
// fixedFormRe holds: the Quốc hiệu's "CỘNG H" or the dashes of the Tiêu
// ngữ. Each of the three expressions of headerCells, tried on a line,
// costs the regexp package's set-up; most lines of a header hold none
// of their words.
func mayHoldFixedForm(s string) bool {
	return strings.Contains(s, "CỘNG H") || strings.ContainsAny(s, "-–—")
}

// mayHoldOrgForm reports whether s holds what every match of orgFormRe
// holds: four spaces or tabs in a row.
func mayHoldOrgForm(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] != ' ' && s[i] != '\t' {
			run = 0
			continue
		}
		if run++; run == 4 {
			return true
		}
	}
	return false
}
