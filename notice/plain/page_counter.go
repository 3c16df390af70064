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
