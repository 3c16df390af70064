package check

import (
	"strings"
	"unicode"

	"github.com/thongbao/thongbao/notice/diag"
)

func init() {
	register(&Rule{ID: "announce-line", Only: []DocType{ThongBao}, Severity: diag.Warning, Ref: diag.RefMau14, Run: announceLine,
		Title: diag.Msg("thông báo không có dòng chữ in hoa \"... THÔNG BÁO\" trước phần nội dung", "a Thông báo has no line in capitals \"... THÔNG BÁO\" before its body"),
		Help:  diag.Msg("bỏ dòng này: phần nội dung đứng ngay dưới trích yếu; nếu cần, câu mở đầu viết \"Trường ... thông báo ...\"", "drop the line: the body follows the trích yếu; the opening sentence may say \"Trường ... thông báo ...\"")})
}

// announceLine finds the issuer's name and "THÔNG BÁO" set in capitals
// as a line of the body ("TRƯỜNG THPT VÕ GIỮ THÔNG BÁO"), the way a
// Quyết định sets "QUYẾT ĐỊNH:" before its articles: Mẫu 1.4 has no such
// line, its body following the trích yếu. The line may close a
// paragraph the reading joined it to; it is said where it starts. A
// text whose tên loại was not found is left alone.
func announceLine(p *Pass) {
	v := p.View
	if v.FromTOML || v.Title == nil {
		return // the tên loại not found: a caps line may be the header's
	}
	title := v.Title.LineAt(0)
	for i := range v.Body {
		seg := &v.Body[i]
		if at := capsAnnounce(seg.Text); at >= 0 && seg.LineAt(at) > title {
			p.Report(seg, at, diag.Msg("dòng %q không có trong thể thức thông báo", "the line %q is no part of a Thông báo's form", strings.TrimSpace(seg.Text[at:])))
		}
	}
}

// capsAnnounce is where a run of two or more words in capitals, ending
// with "THÔNG BÁO" (and maybe ":") at the end of s, starts: at the start
// of s or after a sentence's mark; -1 when there is none.
func capsAnnounce(s string) int {
	t := strings.TrimRight(s, " :")
	if !strings.HasSuffix(t, " THÔNG BÁO") {
		return -1
	}
	words := strings.Fields(t[:len(t)-len(" THÔNG BÁO")])
	n := 0
	for k := len(words) - 1; k >= 0; k-- {
		if !capsWord(words[k]) {
			break
		}
		n++
	}
	if n < 2 {
		return -1
	}
	head := strings.Join(words[len(words)-n:], " ")
	at := strings.LastIndex(t[:len(t)-len(" THÔNG BÁO")], head)
	if at < 0 {
		return -1
	}
	before := strings.TrimRight(s[:at], " ")
	if before != "" && !strings.ContainsAny(before[len(before)-1:], ".:;") {
		return -1
	}
	return at
}

// capsWord reports whether w is a word in capitals with a letter ("TRƯỜNG",
// "ĐHQG-HCM", "NHIÊN,"), marks of a name allowed.
func capsWord(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case isLetter(r):
			if !isUpperRune(r) {
				return false
			}
			letters++
		case unicode.IsDigit(r) || strings.ContainsRune("-.,&()/", r):
		default:
			return false
		}
	}
	return letters > 0
}
