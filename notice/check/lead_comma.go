package check

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
)

func init() {
	register(&Rule{ID: "lead-comma", Severity: diag.Warning, Ref: diag.Practice, Run: leadComma,
		Title: diag.Msg("trạng ngữ chỉ thời gian đứng đầu câu có dấu phẩy ngăn với chủ ngữ", "a time phrase that opens a sentence is parted from the subject by a comma"),
		Help:  diag.Msg("thêm dấu phẩy sau trạng ngữ: \"Ngày 05/12/2011, Bộ Y tế ...\"", "add the comma after the time phrase: \"Ngày 05/12/2011, Bộ Y tế ...\"")})
}

// placedOn are the words after "thời gian trên" that make "trên" a
// place something is on, not the time named above: "Trong thời gian
// trên Cổng Dịch vụ công quốc gia có lỗi", "... trên Hệ thống ..." (rv60).
var placedOn = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"Cổng": true, "Hệ": true, "Trang": true, "Website": true, "Ứng": true, "Phần": true, "Mạng": true, "Báo": true, "Đài": true, "Zalo": true, "Facebook": true, "Fanpage": true, "Kênh": true}
})

// leadWords are the words leadTime's and leadStop's phrases start with.
var leadWords = []string{"Ngày ", "Sáng ", "Chiều ", "Tối ", "Trưa ", "Từ ngày ", "Đến ngày ", "Trước ngày ", "Trong ", "Thời gian ", "Hiện nay", "Vừa qua", "Những năm qua", "Sau thời ", "Hết thời ", "Quá thời "}

// leadWord reports whether s starts with one of leadWords: most
// sentences do not, and need not be tried.
func leadWord(s string) bool {
	for _, w := range leadWords {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// notSubject are capitalised words that may follow a date without a
// comma and start no subject: a day of the week ("Ngày 17/5/2024 Thứ
// sáu"), "Chủ nhật", the calendar ("ngày 10/3 Âm lịch").
var notSubject = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"Thứ": true, "Chủ": true, "Âm": true, "Dương": true}
})

// leadComma finds a time phrase that opens a sentence of the body run
// into its subject.
func leadComma(p *Pass) {
	for _, seg := range p.View.textSegs() {
		heading := seg.Role == RoleHeading // "3. Hết thời hạn niêm yết nếu ...": a point that is a sentence
		switch seg.Role {
		case RoleBody, RoleOpening, RoleHinge, RoleItem, RoleClosing, RoleHeading:
		default:
			continue
		}
		s := seg.Text
		for at := afterMarker(s); at >= 0; at = nextSentence(s, at) {
			if lead, end := leadIf(s[at:]); end >= 0 {
				if heading && at != afterMarker(s) {
					continue
				}
				p.Report(seg, at+end, diag.Msg("%q đứng đầu câu mà không có dấu phẩy ngăn với \"nếu\"", "%q opens the sentence with no comma before \"nếu\"", lead),
					diag.Msg("viết \"%s, nếu ...\"", "write \"%s, nếu ...\"", lead))
				continue
			}
			if heading || !leadWord(s[at:]) {
				continue
			}
			if e := leadStop(s[at:]); e >= 0 {
				lead := s[at : at+e]
				p.Report(seg, at+e, diag.Msg("%q đứng đầu câu bị dấu chấm tách khỏi phần câu sau", "%q, which opens the sentence, is cut off from it by a full stop", lead),
					diag.Msg("thay dấu chấm bằng dấu phẩy: \"%s, ...\"", "put a comma for the full stop: \"%s, ...\"", lead))
				continue
			}
			end, subject := leadTime(s[at:])
			if end < 0 {
				continue
			}
			word := s[at+subject:]
			if i := strings.IndexFunc(word, func(r rune) bool { return !isLetter(r) }); i >= 0 {
				word = word[:i]
			}
			if notSubject()[word] {
				continue
			}
			lead := s[at : at+end]
			if strings.HasSuffix(lead, " trên") && placedOn()[word] {
				continue // "Trong thời gian trên Cổng Dịch vụ công có lỗi": "trên" the place, no time above
			}
			p.Report(seg, at+end, diag.Msg("%q đứng đầu câu mà không có dấu phẩy ngăn với %q", "%q opens the sentence with no comma before %q", lead, word),
				diag.Msg("viết \"%s, %s ...\"", "write \"%s, %s ...\"", lead, word))
		}
	}
}

// afterMarker is where the text of s starts after a list marker ("- ",
// "1. ", "a) ", "II. "); 0 when s has none.
func afterMarker(s string) int {
	i := strings.IndexByte(s, ' ')
	if i <= 0 || i > 5 {
		return 0
	}
	if head := s[:i]; head != "-" && head != "+" && head != "–" && head != "*" && !strings.HasSuffix(head, ".") && !strings.HasSuffix(head, ")") {
		return 0
	}
	for i < len(s) && s[i] == ' ' {
		i++
	}
	return i
}

// sentenceMarkFrom is where the first '.', '!' or '?' of s at or after i
// stands, len(s) when none: strings.IndexAny(s[i:], ".!?") as three
// IndexByte, which read many bytes at a time, the question and
// exclamation marks only before the period.
func sentenceMarkFrom(s string, i int) int {
	end := len(s)
	if k := strings.IndexByte(s[i:], '.'); k >= 0 {
		end = i + k
	}
	if k := strings.IndexByte(s[i:end], '!'); k >= 0 {
		end = i + k
	}
	if k := strings.IndexByte(s[i:end], '?'); k >= 0 {
		end = i + k
	}
	return end
}

// nextSentence is where the sentence after the one at byte at of s
// starts: after a period, "!" or "?" and a space, before a capital; -1
// when none.
func nextSentence(s string, at int) int {
	for i := at; i+2 < len(s); i++ {
		i = sentenceMarkFrom(s, i)
		if i == len(s) {
			return -1
		}
		if i+2 < len(s) && s[i+1] == ' ' {
			j := i + 1
			for j < len(s) && s[j] == ' ' {
				j++
			}
			if r, _ := utf8.DecodeRuneInString(s[j:]); isUpperRune(r) {
				return j
			}
		}
	}
	return -1
}
