package plain

import (
	"strings"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// A page served as text often gives its menu or its trail to the post one
// item a line above the post: "Trang chủ" over "Tin tức - Sự kiện" over
// "Thông báo". siteMenu marks the "Trang chủ" line among the first lines,
// and the short items right under it, as the page's, so that none is read
// as the issuer of a header.

// homeRe is a site's link to its home page, alone on its line.
var homeRe = lazyre.New(`(?i)^(?:trang chủ|trang chính|home)$`)

// menuItems is how many items under "Trang chủ" siteMenu marks at most;
// menuWords is how many words an item holds at most.
const (
	menuItems = 4
	menuWords = 5
)

// siteMenu marks a site's "Trang chủ" line among the first lines of a
// text, and the menu items right under it: short lines of no sentence,
// none a header's line, no issuer's name, no tên loại in capitals.
func siteMenu(out []line) {
	top := topIndexes(out, topLines)
	for k, i := range top {
		if !homeRe().MatchString(strings.TrimSpace(out[i].text)) {
			continue
		}
		out[i].page = true
		for _, j := range top[k+1:] {
			if j-i > 2*menuItems || !menuItem(out[j].text) {
				break
			}
			out[j].page = true
		}
		return
	}
}

// menuItem reports whether t may be an item of a site's menu: a few
// words, no mark of a sentence, no digit, not in capitals, no header's
// line and no issuer's name.
func menuItem(t string) bool {
	t = strings.TrimSpace(t)
	return t != "" && len(strings.Fields(t)) <= menuWords && utf8.RuneCountInString(t) <= 40 &&
		!strings.ContainsAny(t, ".,;:!?()0123456789") && !isUpper(t) && !headerShaped(t) &&
		!issuerStartRe().MatchString(t+" ")
}
