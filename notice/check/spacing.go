package check

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
)

func init() {
	register(
		&Rule{ID: "spacing", Severity: diag.Warning, Ref: diag.Practice, Run: spacing,
			Title: diag.Msg("không có dấu cách thừa", "no stray spaces"),
			Help:  diag.Msg("xóa dấu cách thừa", "delete the extra space")},
		&Rule{ID: "stray-period", Severity: diag.Warning, Ref: diag.Practice, Run: strayPeriod,
			Title: diag.Msg("không có dấu chấm sau chữ viết tắt giữa một tên", "no period after an abbreviation inside a name"),
			Help:  diag.Msg("xóa dấu chấm sau chữ viết tắt", "delete the period after the abbreviation")},
	)
}

// spacing reports two spaces inside a paragraph and a space before ";",
// "," or ":". A text laid out in columns (pdftotext) spaces words to
// justify them, so only prose read from a Word or Markdown text is looked
// at; TOML fields are normalised by the renderer.
func spacing(p *Pass) {
	if p.View.FromTOML {
		return
	}
	for _, seg := range withSegs(p.View.Texts()) {
		if seg.Role == RoleArchive || seg.Role == RoleCell {
			continue
		}
		text := seg.Text
		if at := doubleSpace(text); at >= 0 {
			p.Report(seg, at, diag.Msg("hai dấu cách liền nhau sau %q", "two spaces in a row after %q", before(text, at)))
		}
		for _, mark := range []string{" ;", " ,", " :"} {
			if i := strings.Index(text, mark); i > 0 && text[i-1] != ' ' {
				p.Report(seg, i, diag.Msg("dấu cách trước dấu %q sau %q", "a space before %q after %q", mark[1:], before(text, i)),
					diag.Msg("xóa dấu cách trước dấu %q", "delete the space before %q", mark[1:]))
			}
		}
	}
}

// doubleSpace is the offset of the first two spaces in a row inside text
// that are not a blank left to fill ("số       /KH-BTNMT"), or -1.
func doubleSpace(text string) int {
	lead := len(text) - len(strings.TrimLeft(text, " "))
	inner := strings.TrimSpace(text)
	for from := 0; ; {
		i := strings.Index(inner[from:], "  ")
		if i < 0 {
			return -1
		}
		at := from + i
		if !inBlank(inner, at, at+2) {
			return lead + at
		}
		from = at + len(inner[at:]) - len(strings.TrimLeft(inner[at:], " "))
	}
}

// placeAbbrevs stand before a place's name with a period: "TP. Hồ Chí
// Minh", "TX. Đức Phổ", "TT. Lý Sơn".
var placeAbbrevs = setOf("TP", "TX", "TT", "Q", "P", "H")

// bodyWords start the name of a body, not of a place: a period after an
// abbreviation before them is stray ("TT. HĐND", "TT. Đảng ủy").
var bodyWords = setOf("Đảng", "Huyện", "Tỉnh", "Thị", "Thành", "Ban", "Hội", "Ủy", "Mặt", "Văn", "Sở", "Phòng")

// strayPeriod reports a period after an abbreviation in capitals inside a
// name: "TT. HĐND xã", "UBND. huyện".
func strayPeriod(p *Pass) {
	for _, seg := range withSegs(p.View.Texts()) {
		if seg.Role == RoleArchive {
			continue
		}
		if !strings.Contains(seg.Text, ". ") {
			continue
		}
		ws := p.View.words(seg.Text)
		for i := 0; i+1 < len(ws); i++ {
			w, next := ws[i], ws[i+1]
			if seg.Text[w.end:next.off] != ". " || w.off == 0 || !isAbbrev(w.text) || isRoman(w.text) {
				continue // "II. NHIỆM VỤ" is a heading's number
			}
			r, _ := utf8.DecodeRuneInString(next.text)
			stray := isAbbrev(next.text) || unicode.IsLower(r) || bodyWords[next.text]
			if placeAbbrevs[w.text] && !isAbbrev(next.text) && !bodyWords[next.text] {
				stray = false // "TP. Hồ Chí Minh"
			}
			if stray && !sentenceEnd(seg.Text, ws, i) {
				p.Report(seg, w.end, diag.Msg("dấu chấm thừa sau %q trong %q", "a stray period after %q in %q", w.text, seg.Text[w.off:next.end]),
					diag.Msg("viết %q", "write %q", w.text+" "+next.text))
			}
		}
	}
}

// sentenceEnd reports whether the period after word i ends a sentence:
// the next word is capitalised and the one after is in lower case, as in
// "... báo cáo UBND. Giao phòng ...".
func sentenceEnd(s string, ws []wordAt, i int) bool {
	if i+2 >= len(ws) {
		return false
	}
	next, after := ws[i+1].text, ws[i+2].text
	return titleCase(next) && !bodyWords[next] && allLower(after)
}

// isRoman reports whether w is a Roman numeral: a heading's number.
func isRoman(w string) bool {
	return strings.Trim(w, "IVXLC") == ""
}

// afterMark reports a sentence's period, a comma or a semicolon with no
// space before the next word: "kèm theo.Thủ tướng", "phường,xã". Numbers
// ("0,93", "516.614"), abbreviations with periods ("P.T.T.Huyền",
// "TP.HCM") and a drafter's initials ("M.Hùng") are left alone: the mark
// must follow a word in lower case of two letters or more, and the next
// word be a word, not a number.
func afterMark(p *Pass, seg *Seg) {
	text := seg.Text
	for i := 1; i+1 < len(text); i++ {
		c := text[i]
		if c != '.' && c != ',' && c != ';' {
			continue
		}
		r, _ := utf8.DecodeRuneInString(text[i+1:])
		if !unicode.IsLetter(r) {
			continue
		}
		ws := wordsWithOffsets(text[:i])
		if len(ws) == 0 || ws[len(ws)-1].end != i || utf8.RuneCountInString(ws[len(ws)-1].text) < 2 || !allLower(ws[len(ws)-1].text) {
			continue
		}
		if c == '.' && !unicode.IsUpper(r) {
			continue // "v.v", a domain
		}
		p.Report(seg, i+1, diag.Msg("thiếu dấu cách sau dấu %q trong %q", "a space is missing after %q in %q", string(c), ws[len(ws)-1].text+text[i:i+1+len(string(r))]),
			diag.Msg("thêm dấu cách sau dấu %q", "add a space after %q", string(c)))
	}
}
