package plain

import (
	"strings"
	"unicode"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// blogStampRe is a blog's stamp under a post's title, its date in words
// and "bởi" (by) with the author's name perhaps after it ("17 tháng 2,
// 2017 bởi", "5 tháng 10, 2019 bởi Quản trị"), the whole line.
var blogStampRe = lazyre.New(`^\d{1,2} tháng \d{1,2},? \d{4} bởi(?:\s+[^.,;:!?\d]{1,40})?$`)

// authorNameWords is how many words a blog's author's name holds at most.
const authorNameWords = 3

// markBlogByline marks a blog's byline among a text's first lines as the
// page's: its stamp (blogStampRe), the post's title over it, the title
// again under it, and, when the stamp names nobody after "bởi", the
// author's name on the next line ("Administrator"): a few words, no mark
// and no figure. No notice dates itself "bởi" anyone.
func markBlogByline(out []line) {
	top := topIndexes(out, leadLines)
	for k, i := range top {
		t := strings.TrimSpace(out[i].text)
		if !blogStampRe().MatchString(t) {
			continue
		}
		out[i].page = true
		var title string
		if k > 0 && !headerShaped(strings.TrimSpace(out[top[k-1]].text)) {
			title = strings.TrimSpace(out[top[k-1]].text)
			out[top[k-1]].page = true
		}
		rest := top[k+1:]
		if len(rest) > 0 && title != "" && strings.TrimSpace(out[rest[0]].text) == title {
			out[rest[0]].page = true
			rest = rest[1:]
		}
		if strings.HasSuffix(t, "bởi") && len(rest) > 0 && authorName(strings.TrimSpace(out[rest[0]].text)) {
			out[rest[0]].page = true
		}
		return
	}
}

// authorName reports whether t may be a blog's author's name: one to
// authorNameWords words of letters, from a capital.
func authorName(t string) bool {
	w := strings.Fields(t)
	if len(w) == 0 || len(w) > authorNameWords || !unicode.IsUpper([]rune(t)[0]) {
		return false
	}
	return strings.IndexFunc(t, func(r rune) bool { return !unicode.IsLetter(r) && r != ' ' }) < 0
}
