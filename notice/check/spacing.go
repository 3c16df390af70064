package check

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

func init() {
	register(
		&Rule{ID: "spacing", Severity: diag.Warning, Ref: diag.Practice, Run: spacing,
			Title: diag.Msg("không có dấu cách thừa", "no stray spaces"),
			Help:  diag.Msg("xóa dấu cách thừa", "delete the extra space")},
		&Rule{ID: "stray-period", Severity: diag.Warning, Ref: diag.Practice, Run: strayPeriod,
			Title: diag.Msg("không có dấu chấm sau chữ viết tắt giữa một tên, hay giữa số và đơn vị (\"30.phút\")", "no period after an abbreviation inside a name, nor between a figure and its unit (\"30.phút\")"),
			Help:  diag.Msg("xóa dấu chấm sau chữ viết tắt", "delete the period after the abbreviation")},
	)
}

// spacing reports two spaces inside a paragraph and a space before ";",
// "," or ":", and before the period that ends it. A text laid out in
// columns (pdftotext) spaces words to justify them and parts a label from
// its text by a gap, so its double spaces are not looked at; the spaces
// after a list's dash are the list's indent as an export writes it
// ("–        Năm học"). The header's place and date and the Kính gửi
// list are typed as the prose is; so is a table's cell (cellSpaces).
// TOML fields are normalised by the renderer.
func spacing(p *Pass) {
	if p.View.FromTOML {
		return
	}
	for i := range p.View.Header {
		h := &p.View.Header[i]
		if f := cite.Fold(h.Text); containsLit(f, "độc lập") || containsLit(f, "xã hội chủ nghĩa") {
			continue // the Quốc hiệu and Tiêu ngữ are motto's
		}
		ampersands(p, h)     // "PHÒNG GD& ĐT"
		lopsidedHyphen(p, h) // "PHÒNG GD- ĐT"
	}
	signNoteSpaces(p) // spacing_phone.go: "( Đã ký )"
	segs := spacingSegs(p.View)
	wordGap := wordListGap(segs)
	spacedDiseases(p, segs)           // spacing_disease.go
	rows := paddedRows(segs, wordGap) // spacing_table.go
	for _, seg := range segs {
		if seg.Role == RoleCell {
			cellSpaces(p, seg) // spacing_cell.go
			continue
		}
		if seg.Role == RoleArchive {
			continue
		}
		text := seg.Text
		lead := listLead(text, wordGap)
		double := typedDoubleSpace
		if rows[seg] {
			double = rowDoubleSpace // a row of a table set in runs of spaces
		}
		if at := double(text[lead:]); at >= 0 && !p.View.Columns {
			at += lead
			p.Report(seg, at, diag.Msg("hai dấu cách liền nhau sau %q", "two spaces in a row after %q", before(text, at)))
			laterLineSpaces(p, seg, at, double) // spacing_lines.go
		}
		// a part that is its mark alone ("c) ;") is empty-part's: the space
		// before its end mark is no second slip (x101's probes)
		alone := markOnly(seg)
		if !alone {
			spaceBeforeMarks(p, seg)
		}
		innerSpaces(p, seg)
		sentenceTab(p, seg, lead) // spacing_tab.go
		spacedPhones(p, seg)      // spacing_phone.go
		phoneHyphen(p, seg)       // spacing_phone_hyphen.go
		spacedDates(p, seg)       // spacing_date.go
		lopsidedHyphen(p, seg)    // spacing_hyphen.go
		hyphenGluedAfter(p, seg)
		lopsidedDashFigures(p, seg) // spacing_dash_figures.go
		spacingJoins(p, seg)        // spacing_joins.go
		if i := spaceBeforeEnd(text); i > 0 && !alone {
			mark := strings.TrimSpace(text[i:])
			p.Report(seg, i, diag.Msg("dấu cách trước dấu %q sau %q", "a space before %q after %q", mark, before(text, i)),
				diag.Msg("xóa dấu cách trước dấu %q", "delete the space before %q", mark))
		}
	}
}

// spacingSegs are the pieces of text spacing reads: the prose, the place
// and date, and the Kính gửi.
func spacingSegs(v *View) []*Seg {
	segs := v.textSegs()
	if v.DateSeg != nil {
		segs = append(segs, v.DateSeg)
	}
	if v.Addressee != nil {
		segs = append(segs, v.Addressee)
	}
	if v.Label != nil {
		segs = append(segs, v.Label) // "Nơi nhận :"
	}
	return segs
}

// listLead is the length of a list's dash, bullet or point label and
// the indent after it at the start of text, as an export writes a Word
// list's indent ("–        Năm học", "1.     Toàn thể": a tab or three
// spaces or more), 0 when text starts otherwise; two spaces after a dash
// or a label are typed ("-  Phí thẩm định"), unless wordGap is that
// very gap, the one every dash of the text has (wordListGap). Word's own
// number before a section's label typed after it takes the indent after
// the label ("1. A.   NHIỆM VỤ TRỌNG TÂM", sectionLabel).
func listLead(text, wordGap string) int {
	w, gap := listGap(text)
	if w == 0 {
		return 0
	}
	if gap == " " {
		// Word's own number before the label typed after it, the tab after
		// that as spaces: "1. A.   NHIỆM VỤ TRỌNG TÂM"
		rest := text[w+1:]
		if k := sectionLabel(rest); k > 0 {
			if gap2 := rest[k:][:len(rest[k:])-len(strings.TrimLeft(rest[k:], " \t"))]; strings.Contains(gap2, "\t") || len(gap2) >= 3 {
				return w + 1 + k + len(gap2)
			}
		}
	}
	if !strings.Contains(gap, "\t") && len(gap) < 3 && (gap != wordGap || !isDash(text)) {
		return 0
	}
	return w + len(gap)
}

// listGap is the length of the dash, bullet or point label at the start
// of text and the run of spaces or tabs after it, or 0 and "".
func listGap(text string) (int, string) {
	w := pointLabel(text)
	if w == 0 {
		if !isDash(text) {
			return 0, ""
		}
		_, w = utf8.DecodeRuneInString(text)
	}
	return w, text[w:][:len(text[w:])-len(strings.TrimLeft(text[w:], " \t"))]
}

// isDash tells whether text starts with a list's dash or bullet.
func isDash(text string) bool {
	r, _ := utf8.DecodeRuneInString(text)
	return strings.ContainsRune("-–—+•*", r)
}

// wordListGap is the gap of two spaces or more that every dash of the
// body (not Nơi nhận) has after it, two dashes at least ("-  Nhằm", "-  Thời hạn"), or
// "": a Word list's dash and tab as a page renders them, the same on
// every item, is the list's layout. A gap on one dash among dashes
// spaced once is a slip of the space bar.
func wordListGap(segs []*Seg) string {
	gap, n := "", 0
	for _, seg := range segs {
		if seg.Role >= RoleNote || !isDash(seg.Text) {
			continue
		}
		_, g := listGap(seg.Text)
		if len(g) < 2 || n > 0 && g != gap {
			return ""
		}
		gap, n = g, n+1
	}
	if n < 2 {
		return ""
	}
	return gap
}

// pointLabel is the length of a point's label at the start of text: a
// number, a small letter or a Roman numeral, then "." or ")" ("1.",
// "2)", "a)", "II."), or 0.
func pointLabel(text string) int {
	i := 0
	for i < len(text) && i < 4 && (text[i] >= '0' && text[i] <= '9' || strings.IndexByte("IVX", text[i]) >= 0) {
		i++
	}
	if i == 0 {
		if r, n := utf8.DecodeRuneInString(text); isLowerRune(r) {
			i = n
		}
	}
	if i == 0 || i >= len(text) || text[i] != '.' && text[i] != ')' {
		return 0
	}
	return i + 1
}

// sectionLabel is the length of a point label (pointLabel) or a
// section's capital letter and its period ("A.", "B.") at the start of
// text, or 0.
func sectionLabel(text string) int {
	if len(text) >= 2 && text[0] >= 'A' && text[0] <= 'Z' && text[1] == '.' {
		return 2
	}
	return pointLabel(text)
}

// spaceBeforeEnd is the offset of a space typed before the period that
// ends text ("trường ngành .") or before a stray "./" that ends it
// ("cuối năm ./"), or -1: the space stands after a letter, a digit or a
// closing bracket or quote ("(phụ lục) ."). A space before "./."
// is closing-mark's.
func spaceBeforeEnd(text string) int {
	t := strings.TrimRight(text, " ")
	end := " ."
	if strings.HasSuffix(t, " ./") {
		end = " ./"
	}
	if !strings.HasSuffix(t, end) {
		return -1
	}
	r, _ := utf8.DecodeLastRuneInString(t[:len(t)-len(end)])
	if !isLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune(")]\"”’»", r) {
		return -1
	}
	return len(t) - len(end)
}

// doubleSpace is the offset of the first two spaces in a row inside text
// that are not a blank left to fill ("số       /KH-BTNMT"), or -1.
func doubleSpace(text string) int {
	lead := len(text) - len(strings.TrimLeft(text, " "))
	inner := strings.TrimSpace(text)
	for from := 0; ; {
		i := indexLit(inner[from:], "  ")
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
var placeAbbrevs = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"TP": true, "TX": true, "TT": true, "Q": true, "P": true, "H": true}
})

// bodyWords start the name of a body, not of a place: a period after an
// abbreviation before them is stray ("TT. HĐND", "TT. Đảng ủy").
var bodyWords = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"Đảng": true, "Huyện": true, "Tỉnh": true, "Thị": true, "Thành": true, "Ban": true, "Hội": true, "Ủy": true, "Mặt": true, "Văn": true, "Sở": true, "Phòng": true}
})

// strayPeriod reports a period after an abbreviation in capitals inside a
// name: "TT. HĐND xã", "UBND. huyện".
func strayPeriod(p *Pass) {
	segs := p.View.textSegs()
	if p.View.Addressee != nil {
		segs = append(segs, p.View.Addressee) // the Kính gửi's names: "VP. Ban Chỉ huy ..."
	}
	for _, seg := range segs {
		if seg.Role == RoleArchive {
			continue
		}
		unitStop(p, seg) // stray_period_unit.go: "30.phút"
		if strings.IndexByte(seg.Text, '.') < 0 {
			continue
		}
		ws := p.View.words(seg.Text)
		gluedStop(p, seg, ws) // stray_period_glued.go: "PCT.UBND"
		if !p.View.holds(seg.Text, litStop) {
			continue
		}
		wordStop(p, seg, ws) // stray_period_word.go: "cấp. huyện"
		for i := 0; i+1 < len(ws); i++ {
			w, next := ws[i], ws[i+1]
			if seg.Text[w.end:next.off] != ". " || w.off == 0 || !isAbbrev(w.text) || isRoman(w.text) {
				continue // "II. NHIỆM VỤ" is a heading's number
			}
			r, _ := utf8.DecodeRuneInString(next.text)
			stray := isAbbrev(next.text) || isLowerRune(r) || bodyWords()[next.text]
			if placeAbbrevs()[w.text] && !isAbbrev(next.text) && !bodyWords()[next.text] {
				stray = false // "TP. Hồ Chí Minh"
			}
			if degrees()[w.text] && !unicode.IsLower(r) {
				stray = false // "PGS. TS. Trần Thiên Phúc": a học hàm's and học vị's own periods
			}
			if stray && !sentenceEnd(seg.Text, ws, i) && !inCapsHeading(seg.Text, ws, i) {
				p.Report(seg, w.end, diag.Msg("dấu chấm thừa sau %q trong %q", "a stray period after %q in %q", w.text, seg.Text[w.off:next.end]),
					diag.Msg("viết %q", "write %q", w.text+" "+next.text))
			}
		}
	}
}

// inCapsHeading reports whether word i stands in a heading written in
// capitals, where every word looks like an abbreviation: the word before
// it and the two after the period are in capitals too, and word i has a
// vowel or tone mark, which no abbreviation carries ("CHƯƠNG TRÌNH HÀNH
// ĐỘNG. TRIỂN KHAI", two lines a crawler joined with a period).
func inCapsHeading(s string, ws []wordAt, i int) bool {
	if i < 1 || i+2 >= len(ws) || s[ws[i-1].end:ws[i].off] != " " {
		return false
	}
	for _, w := range ws[i-1 : i+3] {
		if strings.ToUpper(w.text) != w.text || strings.IndexFunc(w.text, unicode.IsLetter) < 0 {
			return false
		}
	}
	return strings.IndexFunc(ws[i].text, func(r rune) bool { return r > unicode.MaxASCII && r != 'Đ' }) >= 0
}

// sentenceEnd reports whether the period after word i ends a sentence:
// the next word is capitalised and the one after is in lower case, as in
// "... báo cáo UBND. Giao phòng ...", or the abbreviation closes a name
// its head opened ("Sở GD&ĐT", "Chủ tịch UBND") and a capital opens the
// next sentence ("... cho phép của Sở GD&ĐT. Phòng GD&ĐT thông báo ...").
// A period inside a name follows an abbreviation that opens the name
// ("TT. HĐND", "VP. Tỉnh ủy"), with nothing of the name before it.
func sentenceEnd(s string, ws []wordAt, i int) bool {
	if closesName(s, ws, i) && opensCapital(ws[i+1].text) {
		return true
	}
	if i+2 >= len(ws) {
		return false
	}
	next, after := ws[i+1].text, ws[i+2].text
	return titleCase(next) && !bodyWords()[next] && allLower(after)
}

// closesName reports whether word i, an abbreviation, ends a name whose
// head stands before it: a capitalised word parted from it by one space
// ("Sở GD&ĐT", "Phòng GD&ĐT", "Chủ tịch UBND"), not a mark ("- TT.",
// "CT,PCT.").
func closesName(s string, ws []wordAt, i int) bool {
	for i > 0 && s[ws[i-1].end:ws[i].off] == "&" {
		i-- // "GD&ĐT" is one abbreviation
	}
	if i == 0 || s[ws[i-1].end:ws[i].off] != " " {
		return false
	}
	prev := ws[i-1].text
	if isAbbrev(prev) {
		return false // "BCH TW. Đảng": abbreviations in a row open one name
	}
	if titleCase(prev) {
		return true
	}
	// "Chủ tịch UBND": the head is two words, the first capitalised
	return allLower(prev) && i >= 2 && s[ws[i-2].end:ws[i-1].off] == " " && titleCase(ws[i-2].text)
}

// opensCapital reports whether w starts with a capital: a word or an
// abbreviation that may open a sentence.
func opensCapital(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return isUpperRune(r)
}

// isRoman reports whether w is a Roman numeral: a heading's number.
func isRoman(w string) bool {
	return strings.Trim(w, "IVXLC") == ""
}

// afterMark reports a sentence's period, a comma or a semicolon with no
// space before the next word: "kèm theo.Thủ tướng", "phường,xã". Numbers
// ("0,93", "516.614"), abbreviations with periods ("P.T.T.Huyền",
// "TP.HCM") and a drafter's initials ("M.Hùng") are left alone: the mark
// must follow a word in lower case of two letters or more (or, for a
// semicolon, a number: "2016-2017;Căn cứ"), and the next word be a word,
// not a number. The marks are read from the text index's places of its
// marks, not searched for.
func afterMark(p *Pass, seg *Seg) {
	text := seg.Text
	for _, at := range p.View.markOffsets(text) { // the text's marks in order, of which its '.', ',' and ';'
		i := int(at)
		c := text[i]
		if c != '.' && c != ',' && c != ';' || i < 1 {
			continue
		}
		if i+1 >= len(text) {
			break
		}
		r, _ := utf8.DecodeRuneInString(text[i+1:])
		if !isLetter(r) || unicode.Is(unicode.Lm, r) {
			continue // "ⁱ", "ᵃ": a note's mark printed raised after the mark (an endnote of Word's i, ii, iii)
		}
		if n := numberClause(c, text[:i]); n != "" {
			p.Report(seg, i+1, diag.Msg("thiếu dấu cách sau dấu %q trong %q", "a space is missing after %q in %q", string(c), n+text[i:i+1+len(string(r))]),
				diag.Msg("thêm dấu cách sau dấu %q", "add a space after %q", string(c)))
			continue
		}
		if n := dateStopped(c, text[:i], text[i+1:]); n != "" {
			p.Report(seg, i+1, diag.Msg("thiếu dấu cách sau dấu %q trong %q", "a space is missing after %q in %q", string(c), n+text[i:i+1+len(string(r))]),
				diag.Msg("thêm dấu cách sau dấu %q", "add a space after %q", string(c)))
			continue
		}
		ws := wordsWithOffsets(text[:i])
		if len(ws) == 0 || ws[len(ws)-1].end != i || utf8.RuneCountInString(ws[len(ws)-1].text) < 2 {
			continue
		}
		if c == '.' && webAddressDot(text, i) {
			continue // "www.Thanhhoa.gov.vn": a dot of the address, no sentence's
		}
		if c == ',' && inMailAddress(text[:i], text[i+1:]) {
			continue // "vanthu@laocai,gov.vn": a comma typed for the address's dot, which a space would not mend
		}
		quoteEnd := i + 1 + len(string(r))
		if c == ',' && fieldsAbbrev(text[i+1:]) && !spacedElsewhere(p.View, text[:i], text[i+1:]) {
			continue // "VH,TT&DL": one abbreviation of a name of fields (fields_abbrev.go)
		}
		if !allLower(ws[len(ws)-1].text) && !capsList(c, ws[len(ws)-1].text, r) && !namesList(c, ws[len(ws)-1].text, r) {
			if !placeGlued(c, text[:ws[len(ws)-1].off], ws[len(ws)-1].text, text[i+1:]) {
				continue
			}
			quoteEnd = i + 1 + strings.IndexFunc(text[i+1:]+" ", func(r rune) bool { return !isLetter(r) }) // the name's first word: "TP.Tân"
		}
		if c == '.' && !isUpperRune(r) && !markedWordsAround(ws[len(ws)-1].text, text[i+1:]) {
			continue // "v.v", a domain, a file's name
		}
		p.Report(seg, i+1, diag.Msg("thiếu dấu cách sau dấu %q trong %q", "a space is missing after %q in %q", string(c), ws[len(ws)-1].text+text[i:quoteEnd]),
			diag.Msg("thêm dấu cách sau dấu %q", "add a space after %q", string(c)))
	}
}

// inMailAddress reports whether a comma between before and after stands
// inside an e-mail address: the run of text before it, up to a space or a
// bracket, holds an "@", and the run after it is the rest of a domain
// (ASCII letters, figures, "-" and ".", with a dot or a top-level name:
// "laocai,gov.vn", "gmail,com"), not a word of the sentence.
func inMailAddress(before, after string) bool {
	k := strings.LastIndexAny(before, " \t(<:;")
	if !strings.Contains(before[k+1:], "@") {
		return false
	}
	n := 0
	for n < len(after) && (('a' <= after[n] && after[n] <= 'z') || isDigit(after[n]) || after[n] == '-' || after[n] == '.') {
		n++
	}
	if n < len(after) && !strings.ContainsRune(" \t).,;>", rune(after[n])) {
		return false // "@laocai.gov.vn,bản": a word of the sentence glued on
	}
	rest := strings.TrimRight(after[:n], ".")
	switch {
	case strings.Contains(rest, "."):
		return true
	case rest == "com", rest == "vn", rest == "net", rest == "org", rest == "edu":
		return true
	}
	return false
}

// numberClause is the number that before ends with, when c is a
// semicolon and it does ("2016-2017" of "2016-2017;Căn cứ"): a clause ends
// there, and the next one takes a space as after a word; "" otherwise.
func numberClause(c byte, before string) string {
	if c != ';' || before == "" || !isDigit(before[len(before)-1]) {
		return ""
	}
	i := len(before)
	for i > 0 && (isDigit(before[i-1]) || before[i-1] == '-' || before[i-1] == '/') {
		i--
	}
	if i > 0 && before[i-1] != ' ' && before[i-1] != '(' {
		return "" // inside a word or a code: "QĐ-UB2;"
	}
	return strings.TrimLeft(before[i:], "-/")
}

// stoppedDateRe is a date that ends before, and stoppedWordRe a word
// from a capital that opens after: "05/02/2020.Trong thời gian".
var (
	stoppedDateRe = lazyre.New(`(?:^|[\s(])\d{1,2}/\d{1,2}/\d{4}$`)
	stoppedWordRe = lazyre.New(`^\p{Lu}\p{Ll}+\s`)
)

// dateStopped is the date that before ends with, when c is the full stop
// that ends its sentence and a word from a capital opens the next with no
// space ("05/02/2020.Trong thời gian ..."); "" otherwise. A code after a
// dot ("2020.QĐ") opens with no word in small letters.
func dateStopped(c byte, before, after string) string {
	if c != '.' || before == "" || !isDigit(before[len(before)-1]) || !stoppedWordRe().MatchString(after) {
		return ""
	}
	m := stoppedDateRe().FindString(before)
	return strings.TrimLeft(m, " \t(")
}

// innerSpaces reports a space inside a bracket or quotation marks and
// before the hyphen of a name with its number. A closing mark typed to
// open a quotation ("tại Cổng thông tin ”https://...") takes the space
// before it as an opening mark does: unbalanced says the mark.
func innerSpaces(p *Pass, seg *Seg) {
	text := seg.Text
	for _, m := range straightQuoteSpaces(text) {
		at := m[0] + strings.Index(text[m[0]:m[1]], " ")
		p.Report(seg, at, diag.Msg("dấu cách thừa trong ngoặc kép ở “%s”", "a stray space inside quotation marks in “%s”", text[m[0]:m[1]]),
			diag.Msg("xóa dấu cách ngay sau dấu mở ngoặc kép hoặc ngay trước dấu đóng ngoặc kép", "delete the space right after the opening quotation mark or right before the closing one"))
	}
	for _, m := range bracketSpaces(text) {
		if opensQuote(text, m[1]) {
			continue
		}
		at := m[0] + strings.Index(text[m[0]:m[1]], " ")
		p.Report(seg, at, diag.Msg("dấu cách thừa trong ngoặc ở %q", "a stray space inside brackets or quotation marks in %q", strings.TrimSpace(text[m[0]:m[1]])),
			diag.Msg("xóa dấu cách ngay sau dấu mở ngoặc hoặc ngay trước dấu đóng ngoặc", "delete the space right after the opening bracket or right before the closing one"))
	}
	spacedCompounds(p, seg)
}

// spacedCompounds reports a space before the hyphen of a name with its
// number ("Covid -19").
func spacedCompounds(p *Pass, seg *Seg) {
	text := seg.Text
	for _, m := range compoundDashes(text) {
		at := m[0] + indexLit(text[m[0]:m[1]], " -")
		p.Report(seg, at, diag.Msg("dấu cách trước dấu gạch nối trong %q", "a space before the hyphen in %q", text[m[0]:m[1]]),
			diag.Msg("viết liền, không có dấu cách: %q", "write it without the space: %q", strings.Replace(text[m[0]:m[1]], " -", "-", 1)))
	}
}

// capsList: abbreviations in capitals listed with commas and no space,
// "MN,TH,THCS". A code's letters joined by "," stay out: the Lưu line is
// not read here, and a word in capitals before "," then a capital starts
// a list only when it has two to six letters.
// namesList tells a comma or a semicolon glued between two names of a list ("Vĩnh
// Phúc,Bắc Giang", "Đà Bắc;Kim Bôi"): the word before it has one capital, at its start, and
// the word after it starts with a capital.
func namesList(c byte, word string, next rune) bool {
	first, w := utf8.DecodeRuneInString(word)
	return (c == ',' || c == ';') && isUpperRune(first) && allLower(word[w:]) && isUpperRune(next)
}

// placeGlued reports whether word, before a full stop, is the short
// "TP" or "TX" of a thành phố or thị xã run onto its name in title case
// ("TP.Đà Nẵng", "Tp.Hồ Chí Minh", "TP.Tân An"): the short form takes a
// space before the name ("TP. Đà Nẵng"). The city's own short code
// ("TP.HCM", "Tp.HCM", or in title case "Tp.Hcm", a word with no vowel
// no Vietnamese syllable is), and a word glued
// inside a code or a path ("QĐ-TP.Hà", "/TP.Hue") are left.
func placeGlued(c byte, before, word, after string) bool {
	if c != '.' || word != "TP" && word != "Tp" && word != "TX" && word != "Tx" {
		return false
	}
	if before != "" {
		p, _ := utf8.DecodeLastRuneInString(before)
		if p != ' ' && p != '(' && p != '\t' {
			return false
		}
	}
	r, n := utf8.DecodeRuneInString(after)
	if !isUpperRune(r) {
		return false
	}
	q, _ := utf8.DecodeRuneInString(after[n:])
	if !isLowerRune(q) {
		return false
	}
	name := after
	if k := strings.IndexFunc(after, func(r rune) bool { return !isLetter(r) }); k >= 0 {
		name = after[:k]
	}
	return hasVowel(name) // "Tp.Hcm": the city's code in title case, no syllable
}

// webAddressDot reports whether the full stop at text[at] stands inside a
// web address: the run of text without spaces around it opens with
// "www." or holds "://" ("www.Thanhhoa.gov.vn", "http://Sonla.gov.vn"),
// and the letters after the stop, up to the next mark, carry no
// Vietnamese mark (a domain's never do). A sentence run on after an
// address ("www.abc.gov.vn.Thí sinh ...") keeps its finding.
func webAddressDot(text string, at int) bool {
	run := text[:at]
	if k := strings.LastIndexAny(run, " \t(\"“"); k >= 0 {
		_, n := utf8.DecodeRuneInString(run[k:])
		run = run[k+n:]
	}
	run += text[at:]
	if k := strings.IndexAny(run, " \t"); k >= 0 {
		run = run[:k]
	}
	low := strings.ToLower(run)
	if !strings.HasPrefix(low, "www.") && !containsLit(low, "://") {
		return false
	}
	next, rest := text[at+1:], ""
	if k := strings.IndexFunc(next, func(r rune) bool { return !isLetter(r) }); k >= 0 {
		next, rest = next[:k], next[k:]
	}
	if marked(next) {
		return false
	}
	if rest != "" && strings.IndexByte("./:-_?=&#%~@", rest[0]) >= 0 {
		return true // the address goes on: "www.Thanhhoa.gov.vn"
	}
	return topLevelDomain(next) // its last part: "...gov.Vn"; "vn.Danh sách", "vn.Sau khi" open a sentence
}

// topLevelDomain reports whether w, a short word after an address's dot,
// is a domain's last part ("Vn", "Com"), not a sentence's first word
// typed with no mark ("Sau", "Do", "Tin").
func topLevelDomain(w string) bool {
	switch strings.ToLower(w) {
	case "vn", "com", "net", "org", "edu", "gov", "info", "biz":
		return true
	}
	return false
}

func capsList(c byte, word string, next rune) bool {
	n := utf8.RuneCountInString(word)
	return c == ',' && n <= 6 && isUpper(word) && isUpperRune(next)
}

// markedWordsAround reports whether the word before a full stop and the
// word after it both carry a Vietnamese mark ("gia súc.động vật"): no
// domain, file name or "v.v" is written so, and the full stop wants its
// space as before a capital.
func markedWordsAround(before, after string) bool {
	end := strings.IndexFunc(after, func(r rune) bool { return !isLetter(r) })
	if end < 0 {
		end = len(after)
	}
	return hasDiacritic(before) && hasDiacritic(after[:end])
}

// litStop: a full stop and a space.
var litStop = newLiteral(". ")

// spacedMarks are the marks a space must not stand before.
var spacedMarks = []string{" ;", " ,", " :", " !", " ?"}

// spaceBeforeMarks reports a space typed before a mark of spacedMarks
// ("xã A , xã B") after a word.
func spaceBeforeMarks(p *Pass, seg *Seg) {
	text := seg.Text
	for _, mark := range spacedMarks {
		for from := 0; ; {
			i := strings.Index(text[from:], mark)
			if i < 0 {
				break
			}
			i += from
			from = i + len(mark)
			if i > 0 && text[i-1] != ' ' {
				p.Report(seg, i, diag.Msg("dấu cách trước dấu %q sau %q", "a space before %q after %q", mark[1:], before(text, i)),
					diag.Msg("xóa dấu cách trước dấu %q", "delete the space before %q", mark[1:]))
			}
		}
	}
}
