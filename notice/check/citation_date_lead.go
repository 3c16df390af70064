package check

import (
	"strings"
	"unicode"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// sentenceHead returns the words of a citation's sentence before it: the
// text after the last ";" or "." that ends a sentence ("23.12" is no end).
func sentenceHead(c cited) string {
	head := c.seg.Text[:c.Start()]
	for i := len(head) - 1; i >= 0; i-- {
		if head[i] == ';' || periodEndsSentence(head, i) {
			return head[i+1:]
		}
	}
	return head
}

// periodEndsSentence reports whether the "." at i of text ends a sentence: a
// space or the text's end follows it, and it does not close the
// abbreviation of a unit before a place's name ("UBND TP. Đà Nẵng", "TX.
// Đồng Xoài": placeAbbrevs of more than one letter, a capital after).
// "23.12" and "TP.Đà Nẵng" are no end.
func periodEndsSentence(text string, i int) bool {
	if text[i] != '.' || i+1 < len(text) && text[i+1] != ' ' {
		return false
	}
	word := text[:i]
	if j := strings.LastIndexAny(word, " (\t"); j >= 0 {
		word = word[j+1:]
	}
	if len(word) < 2 || !placeAbbrevs()[strings.ToUpper(word)] {
		return true
	}
	next := []rune(strings.TrimLeft(text[i+1:], " "))
	return len(next) == 0 || !unicode.IsUpper(next[0])
}

// leadDated reports whether the sentence gives the date and the issuer
// before the number: "Ngày 23/12/2015, Thủ tướng Chính phủ có Quyết định
// số 2367/QĐ-TTg ...", "Ngày 05/12/2011 Bộ Y tế đã ban hành Thông tư số
// ...", or after a comma: "Triển khai Nghị định ..., ngày 17 tháng 6 năm
// 2025 Bộ trưởng Bộ ... đã ban hành Thông tư số ...", "ngày 15/02/2021,
// UBND TP Hà Nội đã gửi Công văn số ..." (a year short of a digit is
// date-style's to say; the date is told).
func leadDated(c cited) bool {
	head := sentenceHead(c)
	return mayLeadDate(head) && leadDateRe().MatchString(head) || leadDatedList(c) || leadDatedStopped(c, head)
}

// leadDatedStopped reports whether the date leads the sentence but a full
// stop cuts it off: "Ngày 11/03/2022. Sở Y tế Bình Phước ban hành Công văn
// số ...". The date is given, in the wrong place; lead-comma says the stop.
func leadDatedStopped(c cited, head string) bool {
	before := strings.TrimRight(c.seg.Text[:c.Start()-len(head)], " ")
	if !strings.HasSuffix(before, ".") {
		return false // every match of dateSentenceRe ends the text with its stop
	}
	date, ok := dateSentence(before)
	return ok && mayLeadDate(date+","+head) && leadDateRe().MatchString(date+","+head)
}

// dateSentence is dateSentenceRe().FindStringSubmatch(s)[1], ok false
// where the expression finds none in s. The date holds no "gày", so the
// group starts one byte before the last "gày" of s, and the match at the
// stop or sign before the spaces before it, or at s's start: the
// expression is tried from that byte on, where on the whole text it
// stepped through every byte of what came before the citation (0.04M
// instructions a seed). TestDateSentenceAsExpression holds it to the
// expression.
func dateSentence(s string) (string, bool) {
	i := strings.LastIndex(s, "gày")
	if i < 1 {
		return "", false
	}
	j := len(strings.TrimRight(s[:i-1], " \t\n\f\r")) // \s: the spaces before "Ngày"
	if j > 0 {
		j-- // the byte before them, the stop or sign where [.;:] stands
	}
	m := dateSentenceRe().FindStringSubmatch(s[j:])
	if m == nil {
		return "", false
	}
	return m[1], true
}

// dateSentenceRe is a sentence that is a date alone, at the end of the
// text before a citation's sentence: "Ngày 11/03/2022.".
var dateSentenceRe = lazyre.New(`(?:^|[.;:]\s+)((?:Ngày|ngày)\s+(?:\d{1,2}/\d{1,2}/\d{3,4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}))\s*\.$`)

// leadDatedList reports whether the citation is an item of a list that
// a sentence opens with the date and the issuer before a colon, given
// once for every document of the list: "Ngày 01 tháng 7 năm 2022, Kiểm
// toán Nhà nước có: Thông báo số 397/TB-KTNN, ...; Công văn số
// 396/KTNN-TH, ...". The list runs to the sentence's end; its items may
// part with ";", and no other colon stands between the lead and the
// citation.
func leadDatedList(c cited) bool {
	head := c.seg.Text[:c.Start()]
	for i := len(head) - 1; i >= 0; i-- {
		if head[i] == '.' && (i+1 >= len(head) || head[i+1] == ' ') {
			head = head[i+1:]
			break
		}
	}
	if !mayLeadDateList(head) {
		return false
	}
	m := leadDateListRe().FindStringIndex(head)
	return m != nil && !strings.Contains(head[m[1]:], ":")
}

// leadDateListRe is leadDateRe's lead closed by a colon that opens a
// list: "Ngày 01 tháng 7 năm 2022, Kiểm toán Nhà nước có:".
var leadDateListRe = lazyre.New(`(?:^|,)\s*(?:Ngày|ngày)\s+(?:\d{1,2}/\d{1,2}/\d{3,4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})\s*,?\s*\p{Lu}[^,;:]{1,80}?\s(?:đã\s+)?(?:có|ban hành|ký|gửi)\s*:`)

// mayLeadDate reports whether head holds what every match of leadDateRe
// does: "ngày" or "Ngày", and "có", "ban hành" or "ký" at its end, before
// white space (\s) only. Most citations' sentences do not, and the
// expression need not be run over them.
func mayLeadDate(head string) bool {
	end := strings.TrimRight(head, " \t\n\f\r")
	return containsLit(head, "gày") && (strings.HasSuffix(end, "có") || strings.HasSuffix(end, "ban hành") || strings.HasSuffix(end, "ký") || strings.HasSuffix(end, "gửi"))
}

// leadDateRe is a sentence or clause opening "Ngày <date>(,) <Issuer>
// (đã) có|ban hành|ký" that ends where the citation starts. The issuer's
// name may hold a comma before a capital, a list of fields in a name
// ("Ban tổ chức Hội chợ Quốc tế Thương mại, Du lịch và Đầu tư ... đã ban
// hành"), never one before a word in small letters (a clause of its own).
var leadDateRe = lazyre.New(`(?:^|,)\s*(?:Ngày|ngày)\s+(?:\d{1,2}/\d{1,2}/\d{3,4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})\s*,?\s*\p{Lu}(?:[^,;:]|,\s+\p{Lu}){1,160}?\s(?:đã\s+)?(?:có|ban hành|ký|gửi)\s*$`)

// bareDateAfter reports whether a date follows the number without the
// word "ngày": "Công văn số 770/BTP-VP 20/3/2008 của Bộ Tư pháp".
func bareDateAfter(c cited) bool {
	return bareCitedDateRe().MatchString(c.seg.Text[c.End:])
}

var bareCitedDateRe = lazyre.New(`^\s+\d{1,2}/\d{1,2}/\d{4}\b`)

// issuerAfterBare reports whether "của <Issuer>" follows a bare date:
// "770/BTP-VP 20/3/2008 của Bộ Tư pháp".
func issuerAfterBare(c cited) bool {
	return issuerBareRe().MatchString(c.seg.Text[c.End:])
}

var issuerBareRe = lazyre.New(`^\s+\d{1,2}/\d{1,2}/\d{4}\s+(?:của|do)\s+\p{Lu}`)
