package plain

import (
	"strings"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// tailViewsRe is a post's view count as a page prints it under the post,
// the last line of the text: "Lượt xem: 602", "Số lượt xem: 602", or a
// theme's in English, "# of Views: 602" (its "#" taken for a Markdown
// heading's mark, "of Views: 602" left) or "Views: 602". No sentence of a
// notice is a label and a bare count.
var tailViewsRe = lazyre.New(`(?i)^(?:#\s*)?(?:(?:of\s+)?views?|(?:số\s+)?lượt (?:xem|đọc))\s*:\s*\d[\d.,]*$`)

// dropTailViews blanks the text's last line of text, out[last], when it
// is a post's view count (tailViewsRe), so that it is neither joined to
// the body's last paragraph nor read as its last sentence. The look is
// literal first: the line names views ("view", "lượt").
func dropTailViews(out []line, last int) {
	if last < 0 || out[last].cells != nil {
		return
	}
	t := strings.TrimSpace(out[last].text)
	low := strings.ToLower(t)
	if !strings.Contains(low, "view") && !strings.Contains(low, "lượt") {
		return
	}
	if tailViewsRe().MatchString(t) {
		out[last] = line{num: out[last].num}
	}
}
