package plain

import (
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// dropRepeatedTitles blanks the lines at a text's top that a later line
// there repeats whole: a portal's post stands under its title, and the
// page writes the title two or three times (the browser's title as a
// Markdown heading "# [ĐTĐH] THÔNG BÁO VỀ LỊCH HỌC BÙ ...", the post's
// heading, its heading again over the body). The last of them stays, as
// the post's heading; the copies above it are no text of the notice. A
// document writes no heading in capitals that starts with its tên loại
// ("THÔNG BÁO VỀ ...") twice among its first lines; an issuer's name
// ("THỦ TƯỚNG CHÍNH PHỦ") stands twice at a Quyết định's top, and stays.
func dropRepeatedTitles(out []line) {
	var top []int // the top's lines with words
	for i, l := range out {
		if l.cells == nil && strings.TrimSpace(l.text) != "" {
			if top = append(top, i); len(top) == topLines {
				break
			}
		}
	}
	keys := make([]string, len(top)) // titleKey of each line of the top, made once
	keyOf := func(m int) string {
		if keys[m] == "" {
			keys[m] = titleKey(out[top[m]].text)
		}
		return keys[m]
	}
	for k, i := range top {
		t := strings.TrimSpace(out[i].text)
		t = t[len(titleTagRe().FindString(t)):]
		if !isUpper(t) || titlePrefix(t) == 0 {
			continue
		}
		key := titleKey(t)
		if len(strings.Fields(key)) < echoWords {
			continue
		}
		for m := k + 1; m < len(top); m++ {
			if keyOf(m) == key {
				out[i] = line{num: out[i].num}
				break
			}
		}
	}
}

// titleTagRe is what a page puts before a post's title: a Markdown
// heading's hashes and a bracketed tag of its category ("[ĐTĐH]").
var titleTagRe = lazyre.New(`^(?:#+\s*)?(?:\[[^\]]{1,20}\]\s*)?`)

// titleKey is a line's text without the page's heading marks and tag,
// folded.
func titleKey(s string) string {
	t := strings.TrimSpace(s)
	return cite.Fold(strings.TrimSpace(t[len(titleTagRe().FindString(t)):]))
}
