package plain

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// ownParagraphRe opens a paragraph that never goes on from the one above,
// even where that one ends with a comma (a ground closed by "," instead
// of ";" or "."): the decision's verb in capitals on its own line
// ("QUYẾT ĐỊNH:", "QUYẾT NGHỊ:", "CHỈ THỊ:"), or the next ground ("Căn cứ
// ...", "Theo đề nghị của ...", "Xét đề nghị của ..."), which a writer
// opens afresh and no sentence carries in its middle with a capital.
var ownParagraphRe = lazyre.New(`^(?:(?:QUYẾT ĐỊNH|QUYẾT NGHỊ|CHỈ THỊ|NGHỊ QUYẾT|BAN HÀNH|THÔNG QUA)\s*:\s*$|Căn cứ\s|Theo đề nghị\s|Xét đề nghị\s|Xét (?:tờ trình|báo cáo|văn bản|Tờ trình|Báo cáo)\s)`)

// ownParagraph reports whether next opens a paragraph of its own
// (ownParagraphRe), or an item of a list marked as a web page renders a
// Word list ("– Lãnh đạo các sở, ban, ngành;", "• ...", listMarks): never
// joined to the one above across a blank line, even one that ends with a
// comma, as an item marked "-" is not.
func ownParagraph(next string) bool {
	if listMarked(next) {
		_, n := utf8.DecodeRuneInString(next)
		r, _ := utf8.DecodeRuneInString(next[n:])
		return unicode.IsSpace(r)
	}
	return ownParagraphRe().MatchString(next)
}

// groundOpenRe opens a ground: "Căn cứ ...", "Theo đề nghị ...", "Xét
// ...".
var groundOpenRe = lazyre.New(`^(?:Căn cứ|Theo đề nghị|Xét)\s`)

// groundEnded reports whether above, a ground closed by a comma, has
// ended before next: a ground is a paragraph of its own, and a page
// break inside one goes on with the next document it cites ("Luật ...",
// "Nghị định số ...") or with small letters, never with a sentence of
// its own ("Ủy ban nhân dân huyện đã ban hành ..."), unless that is the
// main clause the ground leads to ("Bệnh viện Mắt thông báo ...",
// announcesRe).
func groundEnded(above, next string) bool {
	if !groundOpenRe().MatchString(above) || !strings.HasSuffix(above, ",") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(next)
	return unicode.IsUpper(r) && !citesDocument(next) && !announcesRe().MatchString(next)
}

// citesDocument reports whether s opens with the name of a kind of
// document ("Nghị định số ...", "Luật Đất đai").
func citesDocument(s string) bool {
	low := strings.ToLower(s)
	for _, name := range cite.TypeNames() {
		if strings.HasPrefix(low, strings.ToLower(name)+" ") {
			return true
		}
	}
	return false
}

// groundHeadRe opens a ground as a Thông báo's căn cứ block writes it,
// after a list's dash if any: "Căn cứ ...", "Thực hiện ...", "Theo đề
// nghị ...", "Xét ...".
var groundHeadRe = lazyre.New(`^(?:[-–+•]\s*)?(?:Căn cứ|Thực hiện|Theo đề nghị|Xét)\s`)

// groundAnew reports whether l, in Blank text right under the line before
// it, opens a paragraph of its own: the paragraph above is a ground
// closed by ";" and l opens with a capital, the next ground or the
// statement the grounds lead to ("Căn cứ Công văn số ...;" over "Căn cứ
// ...;" over "Nay trường ... thông báo ..."), as a copy that lost the
// blank lines of its căn cứ block writes it. A ground's ";" is followed
// in its own sentence by small letters, or by the next document it cites
// ("...; Luật Giáo dục ..."), which goes on with it.
func (r *reader) groundAnew(l line) bool {
	if r.layout != Blank || !r.last(Body) {
		return false
	}
	p := strings.TrimSpace(r.paras[len(r.paras)-1].Text)
	if !strings.HasSuffix(p, ";") || !groundHeadRe().MatchString(p) {
		return false
	}
	t := strings.TrimSpace(l.text)
	c, _ := utf8.DecodeRuneInString(t)
	return unicode.IsUpper(c) && !citesDocument(t)
}
