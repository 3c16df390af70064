package plain

import (
	"strings"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// A site prints its footer under every page: its copyright ("Bản Quyền
// @2018 Văn phòng HĐND- UBND thành phố Dĩ An", "Copyright © 2020 ..."),
// then its address, mail and telephone. No notice claims a copyright:
// markFooter marks the copyright line and every line under it as the
// page's (line.page), when no more than footerLines lines of text stand
// under it.

// copyrightRe is a site's copyright line: "Bản quyền" or "Copyright"
// and a year or the owner ("thuộc ..."), or "©" opening the line.
var copyrightRe = lazyre.New(`(?i)^(?:(?:bản quyền|copyright)\s*(?:©|@|\(c\))?\s*(?:\d{4}|thuộc\b)|©)`)

// footerLines is how many lines of text a site's footer holds at most
// under its copyright line: an address, mail, web and telephone lines.
const footerLines = 6

func markFooter(out []line) {
	for i, l := range out {
		if l.cells != nil || l.page || !copyrightRe().MatchString(strings.TrimSpace(l.text)) {
			continue
		}
		under := 0
		for _, n := range out[i+1:] {
			if n.cells != nil || strings.TrimSpace(n.text) != "" {
				under++
			}
		}
		if under > footerLines {
			return
		}
		for k := i; k < len(out); k++ {
			if out[k].cells != nil || strings.TrimSpace(out[k].text) != "" {
				out[k].page = true
			}
		}
		return
	}
}
