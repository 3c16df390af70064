package plain

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// footCreditRe is the author field a portal prints at the foot of each
// post, its label and perhaps the name after it: "Thực hiện: Ban VHTT",
// "Người thực hiện: Mai Hương", "Đăng bởi: admin", "Biên tập:" (the name
// on the line under it), as the Hà Nội ward and commune sub-sites and
// many others print it. Only at the foot, under the post's last line:
// at a text's head "Thực hiện:" may open a ground.
var footCreditRe = lazyre.New(`(?i)^(?:thực hiện|người thực hiện|người đăng|đăng bởi|người đưa tin|biên tập|người biên tập|tin|ảnh|tin, ảnh|tin và ảnh|tin bài|bài, ảnh|bài và ảnh|tác giả|người viết)\s*:\s*(.*)$`)

// creditNameWords is how many words the name after a foot credit's label
// holds at most ("Ban Văn hóa - Thông tin phường").
const creditNameWords = 8

// footCredit reports whether out[i], at a text's foot (every line under it
// the page's already, or none), is a post's author field (footCreditRe):
// the label and a short name on one line, or the label alone with the
// name on the next line of text, the page's already (markTail's author
// line, "Thực hiện:" over "Ban VHTT" over "Viết bình luận") or the text's
// last line, which is then the page's too. No notice ends on a label and
// a name: its end is the signature.
func footCredit(out []line, i int) bool {
	t := strings.TrimSpace(out[i].text)
	if t == "" || !mayOpenCredit(t) {
		return false
	}
	m := footCreditRe().FindStringSubmatch(t)
	if m == nil {
		return false
	}
	if name := strings.TrimSpace(m[1]); name != "" {
		return creditName(name)
	}
	j := nextText(out, i+1)
	if j < 0 || out[j].cells != nil {
		return false
	}
	if out[j].page {
		return true
	}
	if nextText(out, j+1) < 0 && creditName(strings.TrimSpace(out[j].text)) {
		out[j].page = true // "Thực hiện:" over "Mai Hương", the text's last line
		return true
	}
	return false
}

// mayOpenCredit reports whether t opens as every match of footCreditRe
// does ("thực", "người", "đăng", "biên", "tin", "ảnh", "bài", "tác").
func mayOpenCredit(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	switch unicode.ToLower(r) {
	case 't', 'n', 'đ', 'b', 'ả', 'a':
		return true
	}
	return false
}

// creditName reports whether s is a name a credit gives: a few words
// from a capital, no figure and no mark of a sentence ("Ban VHTT", "Mai
// hương", "Trần Thị Lan").
func creditName(s string) bool {
	w := strings.Fields(s)
	if len(w) == 0 || len(w) > creditNameWords || strings.ContainsAny(s, ".,;:!?()/\"“”") || strings.IndexFunc(s, unicode.IsDigit) >= 0 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
