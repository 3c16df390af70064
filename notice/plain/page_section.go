package plain

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// postNumberRe is what follows the kind in a post's title that names the
// document it serves by its number: "số 361/UBND-CTTDT ngày ...".
var postNumberRe = lazyre.New(`^\s*(?i:số)\s*:?\s*\d`)

// sectionWords is how many words a portal's section name holds at most.
const sectionWords = 6

// portalSection marks the text's first line as the page's when it is a
// portal's section name in capitals that opens with a tên loại and has
// words after it ("THÔNG CÁO BÁO CHÍ"), over a post's title that names
// the document the page serves by another kind and its number ("Công
// văn số 361/UBND-CTTDT ngày 14/01/2020 của UBND tỉnh về việc ..."). A
// notice's tên loại stands over its own trích yếu, never over a document
// of another kind cited by its number.
func portalSection(out []line) {
	top := topIndexes(out, 2)
	if len(top) < 2 {
		return
	}
	head := strings.TrimSpace(out[top[0]].text)
	if !isUpper(head) || len(strings.Fields(head)) > sectionWords || strings.ContainsAny(head, "0123456789:/") {
		return
	}
	k := titleWords(head)
	if k == 0 {
		return
	}
	section, _ := cite.TitleType(head[:k])
	post := strings.TrimSpace(out[top[1]].text)
	if kind := postKind(post); kind != "" && !strings.EqualFold(kind, section.Name) {
		out[top[0]].page = true
	}
}

// postKind is the kind of document a post's title opens with when the
// document's number follows it ("Công văn số 361/..." gives "Công văn"),
// or "".
func postKind(post string) string {
	low := strings.ToLower(post)
	for _, name := range cite.TypeNames() { // longest first
		n := strings.ToLower(name)
		if strings.HasPrefix(low, n) && postNumberRe().MatchString(low[len(n):]) {
			return name
		}
	}
	return ""
}

// smallSection marks the text's first line as the page's when it is a
// portal's section name written wholly in small letters ("thông báo",
// "hỗ trợ trực tuyến", as a Liferay portal prints its portlet's title)
// over a longer line opening with a capital, the post's title: a few
// words, no figure and no mark. No line of a notice opens it in small
// letters: its header and tên loại are in capitals, its trích yếu and
// body open with a capital.
func smallSection(out []line) {
	top := topWithRows(out, 2)
	if len(top) < 2 || out[top[0]].cells != nil || out[top[1]].cells != nil {
		return
	}
	head, post := strings.TrimSpace(out[top[0]].text), strings.TrimSpace(out[top[1]].text)
	if head == "" || head != strings.ToLower(head) || len(strings.Fields(head)) > labelWords || !sectionLabelRe().MatchString(head) ||
		strings.IndexFunc(head, unicode.IsDigit) >= 0 || strings.IndexFunc(head, unicode.IsLetter) < 0 {
		return
	}
	r, _ := utf8.DecodeRuneInString(post)
	if unicode.IsUpper(r) && len(strings.Fields(post)) > len(strings.Fields(head)) {
		out[top[0]].page = true
	}
}
