package check

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
)

func init() {
	register(&Rule{ID: "sentence-end", Severity: diag.Warning, Ref: diag.Practice, Run: sentenceEndRule,
		Title: diag.Msg("câu văn kết thúc bằng dấu chấm trước khi sang đoạn mới", "a sentence ends with a full stop before a new paragraph"),
		Help: diag.Msg("một đoạn văn là câu trọn vẹn thì kết thúc bằng dấu chấm; dấu chấm phẩy chỉ ngăn các ý trong một câu",
			"a paragraph that is a whole sentence ends with a full stop; a semicolon only separates the parts of one sentence")})
}

// A paragraph of running prose that says something (an office announces,
// asks, grants, has done) is a sentence, and a sentence ends with a full
// stop. One left with no mark, or closed with ";" as a point of a list
// is, while the next paragraph opens a new sentence in a capital, is a
// slip of typing the reader sees at once: "... được nghỉ lễ 2 ngày 30/4 và
// 01/5" then "Đề nghị ...".

// sentenceEndRule reports, in the body of a text not laid out in columns,
// a paragraph of running prose (no list mark, no table cell, on one line
// of the source) of eight words or more that holds a verb of a clause and
// ends with a letter, a figure or ")" (or with ";" when neither the
// paragraph before nor the one after ends so), when the next paragraph is
// prose or a numbered heading that opens in a capital. Left alone: a
// paragraph that leads into what follows ("... như sau", "gồm"), a ground
// ("Căn cứ", "Thực hiện": the grounds rule's), a paragraph whose last
// word is a name's (nameWord), a title, a label ("Thời
// gian: ..."), a note in brackets, a caption ("Bảng ...", "Danh sách
// ..."), a link ("tại đây", "http"), and a portal post's short lead lines
// before its first closed paragraph when the text has no header.
// The finding quotes the paragraph's last sentence, the one with no mark.
func sentenceEndRule(p *Pass) {
	body := sentenceBody(p.View)
	for i := 0; i+1 < len(body); i++ {
		seg, next := body[i], body[i+1]
		if !runningProse(seg) || pointKind(seg) != "" || !seg.oneLine || next.Role == RoleCell || !headingOrProse(next) {
			continue
		}
		end := len(strings.TrimRight(seg.Text, " \t\u00a0"))
		t := strings.TrimLeft(seg.Text[:end], " \t\u00a0")
		if t == "" {
			continue
		}
		last, _ := utf8.DecodeLastRuneInString(t)
		semi := last == ';'
		switch {
		case semi:
			if i > 0 && strings.HasSuffix(strings.TrimSpace(body[i-1].Text), ";") || strings.HasSuffix(strings.TrimSpace(next.Text), ";") {
				continue // a run of points or grounds
			}
			t = strings.TrimRight(t[:len(t)-1], " ")
		case !unicode.IsLetter(last) && !unicode.IsDigit(last) && last != ')':
			continue
		}
		words := strings.Fields(t)
		if len(words) < 8 || !unclosedSentence(t, words) || nameWord(words[len(words)-1]) || capitalsTail(t) {
			continue
		}
		if len(words) < 20 && p.View.Title == nil && p.View.Addressee == nil && len(p.View.Header) == 0 && beforeFirstClosed(body, i) {
			continue // a post's title or lead line
		}
		nt := strings.TrimLeft(strings.TrimPrefix(strings.TrimLeft(next.Text, " \t\u00a0"), next.Marker), " \t\u00a0")
		if r, _ := utf8.DecodeRuneInString(nt); !isUpperRune(r) {
			continue
		}
		reportSentenceEnd(p, seg, end-1, lastSentence(t), semi, firstPoint(next))
	}
}

// reportSentenceEnd says the sentence q, the last of seg, ends at off with
// ";" (semi) or with no mark. Before the first point of a numbered list
// (lead) the sentence leads into the points: its mark is a colon.
func reportSentenceEnd(p *Pass, seg *Seg, off int, q string, semi, lead bool) {
	var msg, fix diag.Text
	switch {
	case semi:
		msg = diag.Msg("câu %q kết thúc bằng dấu chấm phẩy, đoạn sau là câu mới", "the sentence %q ends with a semicolon and the next paragraph is a new sentence", short(q))
		fix = diag.Msg("thay dấu \";\" bằng dấu chấm", "put a full stop for the \";\"")
	default:
		msg = diag.Msg("câu %q kết thúc không có dấu chấm", "the sentence %q ends with no full stop", short(q))
		fix = diag.Msg("đặt dấu chấm ở cuối câu", "put a full stop at the end of the sentence")
	}
	if lead {
		msg = diag.Msg("câu %q dẫn vào các mục đánh số bên dưới mà không có dấu hai chấm ở cuối", "the sentence %q leads into the numbered parts below and has no colon at its end", short(q))
		fix = diag.Msg("kết thúc câu bằng dấu hai chấm: \"... như sau:\"", "end the sentence with a colon: \"... như sau:\" (\"as follows:\")")
	}
	p.Report(seg, off, msg, fix)
}

// lastSentence is the last sentence of t, a paragraph: what follows its
// last full stop (sentenceStops), or t whole.
func lastSentence(t string) string {
	return t[eachSentence(t, func(int, int) {}):]
}

// firstPoint reports whether s opens the first point of a numbered list,
// "1." or "I.".
func firstPoint(s *Seg) bool {
	return s.Marker == "1." || s.Marker == "I."
}

// sentenceEndHeads open a paragraph that is no sentence of the body to
// close: a title, a cited document standing as a heading, an addressee, a
// ground (the grounds rule's), an article or part heading, a note in
// brackets, a page's line.
var sentenceEndHeads = []string{"Thông báo", "THÔNG BÁO", "Về việc", "V/v", "Kế hoạch", "Công văn", "Hướng dẫn", "Kết luận", "Lịch", "Kính gửi", "(", "Căn cứ", "Thực hiện", "Xét", "Theo", "Điều ", "Chương", "Mục", "Nơi nhận", "Trang", "Tin ", "Chi tiết", "Xuất bản"}

// captionHeads open a caption or a list of attachments, a noun phrase
// with no full stop: "Bảng danh sách các hộ ...", "Danh sách ...".
var captionHeads = []string{"Bảng ", "Danh sách ", "Phụ lục ", "Biểu ", "Mẫu ", "Sơ đồ ", "Hình ", "Ảnh ", "Tài liệu ", "Tệp "}

// sentenceVerbs are verbs of a clause; one of them, not a noun's use
// ("theo yêu cầu"), makes a paragraph a sentence rather than a heading.
var sentenceVerbs = []string{"thông báo", "đề nghị", "yêu cầu", "sẽ", "đã", "được", "phải", "cần", "mong", "tiếp tục", "ban hành", "thuộc", "nghỉ", "là", "có", "chủ động", "thực hiện"}

// unclosedSentence reports whether t, a paragraph of words that ends with
// no mark, reads as a sentence of the body: it opens in a capital with
// none of sentenceEndHeads or captionHeads, has no label (a colon in its
// first five words), no link, does not lead into what follows, is not in
// capitals, and holds a verb of a clause. A post's lead line, "[cơ quan]
// thông báo về ..." in fewer than twenty words, is a title.
func unclosedSentence(t string, words []string) bool {
	if f, _ := utf8.DecodeRuneInString(t); !isUpperRune(f) || strings.ToUpper(t) == t {
		return false
	}
	for _, h := range sentenceEndHeads {
		if strings.HasPrefix(t, h) {
			return false
		}
	}
	for _, h := range captionHeads {
		if strings.HasPrefix(t, h) {
			return false
		}
	}
	for _, w := range words[:5] {
		if strings.Contains(w, ":") {
			return false
		}
	}
	if strings.Contains(t, "http") || strings.HasSuffix(t, "tại đây") || strings.HasSuffix(t, "đính kèm") || strings.HasSuffix(t, "kèm theo") {
		return false
	}
	if leadsIn(t) {
		return false
	}
	low := strings.ToLower(t)
	if len(words) < 20 && strings.Contains(low, "thông báo về") {
		return false
	}
	return holdsClauseVerb(low)
}

// holdsClauseVerb reports whether low, a text in small letters, holds one
// of sentenceVerbs used as a verb, not as a noun ("theo yêu cầu").
func holdsClauseVerb(low string) bool {
	padded := " " + low + " "
	for _, v := range sentenceVerbs {
		if strings.Contains(padded, " "+v+" ") && !nounUse(padded, v) {
			return true
		}
	}
	return false
}

// nameWord reports whether w is a word of a name, a capital then small
// letters ("An", "Hồng"): a paragraph that ends on one may be a name the
// export broke across two lines ("nước sông An" / "Lão đang lớn nhanh."),
// its next line opening in the name's capital.
func nameWord(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	if !isUpperRune(r) || n == len(w) {
		return false
	}
	r2, _ := utf8.DecodeRuneInString(w[n:])
	return isLowerRune(r2)
}

// capitalsTail reports whether what follows the last full stop of t is
// written in capitals: a line such as "TRƯỜNG THPT VÕ GIỮ THÔNG BÁO" that a
// reading joined to the sentence before it, no sentence of its own.
func capitalsTail(t string) bool {
	i := strings.LastIndex(t, ". ")
	if i < 0 {
		return false
	}
	tail := t[i+2:]
	return strings.ToUpper(tail) == tail
}

// headingOrProse reports whether s, the paragraph after one that ends
// with no mark, opens a new sentence or a numbered heading ("2. Về phương
// pháp dạy học", "II. ..."), not a point of a list ("-", "a)").
func headingOrProse(s *Seg) bool {
	if s.Marker == "" {
		return pointKind(s) == ""
	}
	k := markerKind(s.Marker)
	return k == "1." || k == ""
}

// beforeFirstClosed reports whether no paragraph of body before body[i]
// ends with a mark: the lines a post opens with, its title and lead.
func beforeFirstClosed(body []*Seg, i int) bool {
	for _, s := range body[:i] {
		t := strings.TrimSpace(s.Text)
		if strings.HasSuffix(t, ".") || strings.HasSuffix(t, ":") || strings.HasSuffix(t, ";") {
			return false
		}
	}
	return true
}
