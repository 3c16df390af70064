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

// gluedViewsRe is a post's view count served on the body's last line with
// no break after its closing mark ("... nghiêm túc thực hiện./.Lượt xem:
// 832 views"): the closing "./.", then the count to the line's end, or
// a sentence's mark and a count a site labels in English ("views"). A
// notice's own count of views after a sentence ("... tháng 5. Lượt xem:
// 832") is left.
var gluedViewsRe = lazyre.New(`(?i)(?:\./\.\s*((?:số\s+)?lượt (?:xem|đọc)\s*:\s*\d[\d.,]*(?:\s*(?:views?|lượt))?)|[.!?]\s*((?:số\s+)?lượt (?:xem|đọc)\s*:\s*\d[\d.,]*\s*views?))\s*$`)

// cutGluedViews cuts a post's view count off the end of the line it was
// glued to after a closing mark (gluedViewsRe): the count is the page's,
// and the sentence ends at its mark. The look is literal first.
func cutGluedViews(out []line) {
	for i := range out {
		l := &out[i]
		if l.cells != nil || !strings.Contains(strings.ToLower(l.text), "lượt") {
			continue
		}
		if m := gluedViewsRe().FindStringSubmatchIndex(l.text); m != nil {
			at := m[2]
			if at < 0 {
				at = m[4]
			}
			l.text, l.src = l.text[:at], l.src[:at]
		}
	}
}
