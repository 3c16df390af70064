package check

import (
	"strings"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
)

// gluedColon reports a colon with no space before the word after it
// ("phản ánh:Thời gian", "hình thức:Hình"): the colon follows a word in
// small letters of two letters or more and a letter follows it. A time
// ("7:30"), a ratio, a web address ("https://"), a label in capitals
// ("Email:", "Lưu:VT") and a word run into its colon after a figure are
// left alone.
func gluedColon(p *Pass, seg *Seg) {
	text := seg.Text
	for off := 0; ; {
		i := strings.IndexByte(text[off:], ':')
		if i < 0 {
			return
		}
		i += off
		off = i + 1
		r, _ := utf8.DecodeRuneInString(text[i+1:])
		if dashRunOn(text, i) {
			w := wordBefore(text, i)
			p.Report(seg, i+1, diag.Msg("dấu gạch đầu dòng viết liền sau dấu \":\" trong %q", "a list dash glued to the \":\" in %q", w+":- "+lettersAhead(text[i+3:])),
				diag.Msg("xuống dòng trước dấu gạch đầu dòng", "start the dashed item on a line of its own"))
			continue
		}
		if !isLetter(r) {
			continue
		}
		w := wordBefore(text, i)
		if utf8.RuneCountInString(w) < 2 || !allLower(w) || inAddress(text, i) && !addressAfter(text[i+1:]) {
			continue
		}
		p.Report(seg, i+1, diag.Msg("thiếu dấu cách sau dấu \":\" trong %q", "a space is missing after \":\" in %q", w+":"+lettersAhead(text[i+1:])),
			diag.Msg("thêm dấu cách sau dấu \":\"", "add a space after \":\""))
	}
}

// gluedQuote reports an opening quotation mark glued to the word before
// it ("Lễ phát động“Tết trồng cây”"): "“" right after a letter, which a
// closing "”" follows before any other "“". A text that closes its
// quotations with "“" too is left alone.
func gluedQuote(p *Pass, seg *Seg) {
	text := seg.Text
	for off := 0; ; {
		i := strings.Index(text[off:], "“")
		if i < 0 {
			return
		}
		i += off
		off = i + len("“")
		r, _ := utf8.DecodeLastRuneInString(text[:i])
		if i == 0 || !isLetter(r) {
			continue
		}
		rest := text[off:]
		closeAt, nextOpen := strings.Index(rest, "”"), strings.Index(rest, "“")
		if closeAt < 0 || nextOpen >= 0 && nextOpen < closeAt {
			continue
		}
		w := wordBefore(text, i)
		p.Report(seg, i, diag.Msg("thiếu dấu cách trước dấu mở ngoặc kép trong %q", "a space is missing before the opening quotation mark in %q", w+text[i:min(len(text), off+len(lettersAhead(rest)))]),
			diag.Msg("thêm dấu cách trước dấu \"“\"", "add a space before \"“\""))
	}
}

// wordBefore is the run of letters that ends at byte i of s.
func wordBefore(s string, i int) string {
	start := i
	for start > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:start])
		if !isLetter(r) {
			break
		}
		start -= n
	}
	return s[start:i]
}

// lettersAhead is the run of letters s starts with.
func lettersAhead(s string) string {
	for i, r := range s {
		if !isLetter(r) {
			return s[:i]
		}
	}
	return s
}

// addressAfter reports whether s opens with a web address ("https://",
// "www."): the colon before it ends a label glued to the address ("theo
// đường dẫn sau:https://..."), not a part of it.
func addressAfter(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://") || strings.HasPrefix(l, "www.")
}

// inAddress reports whether the colon at byte i of s belongs to a web or
// mail address: the word it stands in holds "/", "@" or "www".
func inAddress(s string, i int) bool {
	start := strings.LastIndexAny(s[:i], " \t") + 1
	end := strings.IndexAny(s[i:], " \t")
	if end < 0 {
		end = len(s) - i
	}
	w := s[start : i+end]
	return strings.ContainsAny(w, "/@") || containsLit(strings.ToLower(w), "www")
}

// dashRunOn reports whether the ":" at byte i of s, after a word in small
// letters, is glued to a list dash that opens an item ("Cụ thể:- Chiều
// 11/3 ..."): the item runs on after the colon, with no space or line
// break.
func dashRunOn(s string, i int) bool {
	if !strings.HasPrefix(s[i+1:], "- ") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i+3:])
	w := wordBefore(s, i)
	return isLetter(r) && utf8.RuneCountInString(w) >= 2 && allLower(w)
}
