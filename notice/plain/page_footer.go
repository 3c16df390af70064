package plain

import (
	"strings"
	"unicode/utf8"

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
// A site's credit line ("Design by Trung tâm CNTT&TT Quảng Trị",
// "Powered by ...", "Thiết kế bởi ...") or its translation widget's
// link ("Translate by Google »") opens its footer as its copyright does.
const footerLines = 6

func markFooter(out []line) {
	for i, l := range out {
		if t := strings.TrimSpace(l.text); l.cells != nil || l.page || !copyrightRe().MatchString(t) && !siteCredit(t) {
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

// siteCreditRe is a site's credit line: who designed, built or runs the site,
// or the translation widget's link, the whole line in a few words.
var siteCreditRe = lazyre.New(`(?i)^(?:(?:web(?:site)?|site|thiết kế web(?:site)?)\s*:?\s*)?(?:designed|design|developed|powered|hosted|built|translated?|thiết kế(?: và phát triển)?|phát triển|vận hành)\s+(?:by|bởi)\s+\S[^.;!?]{0,80}$`)

// siteCredit reports whether t is a site's credit line (siteCreditRe). Only a
// line holding " by " or " bởi " is tried: markFooter asks of every line, so
// a line too long to hold 100 characters (more than 4 bytes each) is
// turned away before its bytes are scanned.
func siteCredit(t string) bool {
	return len(t) <= 4*maxCreditRunes && (strings.Contains(t, " by ") || strings.Contains(t, " bởi ")) && utf8.RuneCountInString(t) <= maxCreditRunes && siteCreditRe().MatchString(t)
}

// maxCreditRunes is the longest credit line siteCredit takes, in characters.
const maxCreditRunes = 100
