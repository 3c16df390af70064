package plain

import "strings"

// postCounter reports whether t, the second line of text, is a post's
// view count the page prints bare under the post's title ("THÔNG BÁO Về
// việc ..." / "41"): figures only, under a title of counterTitleWords
// words at least that ends with no colon (no label "Số:" or "Ngày:" whose
// value the next line holds) and is no line of a header (headerShaped: an
// issuer in capitals, a number, a place and date, the Quốc hiệu). No line
// of a notice's head is a bare count.
func postCounter(title, t string) bool {
	t = strings.TrimSpace(t)
	if t == "" || len(t) > 7 || strings.Trim(t, "0123456789") != "" {
		return false
	}
	title = strings.TrimSpace(title)
	if strings.HasSuffix(title, ":") || len(strings.Fields(title)) < counterTitleWords {
		return false
	}
	return !headerShaped(title)
}

// counterTitleWords is how many words a post's title holds at least for
// a bare count under it to be taken for the post's.
const counterTitleWords = 6

// postTitleOverCount reports whether the title over a post's bare count
// (postCounter) is the post's, kept as the page's (dropChrome): a line in
// sentence case that opens with no kind ("Lịch chi trả hỗ trợ do ảnh
// hưởng dịch Covid-19" over "1187"), or with a kind and a colon, as a
// portal labels its posts ("Thông báo: tặng quà cho Người có công ..."
// over "3"); no tên loại is followed by a colon. A title in capitals
// ("THÔNG BÁO Về việc ...") or opening with a kind ("Thông Báo về việc
// ...") may be the notice's own tên loại and trích yếu that the post
// serves from its body, and is left to be read so.
func postTitleOverCount(t string) bool {
	t = strings.TrimSpace(t)
	if t == "" || !smallKind(t) {
		return false
	}
	m := kindFirstRe().FindString(t)
	return m == "" || strings.HasSuffix(m, ":")
}
